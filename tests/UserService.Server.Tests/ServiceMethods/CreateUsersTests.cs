using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Services;
using UserService.Server.Storage;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.ServiceMethods;

/// <summary>CreateUsers against a real (temporary) SQLite database, so that rollbacks are real too.</summary>
public sealed class CreateUsersTests : IAsyncLifetime
{
    private const int SeededCount = 5;
    private TempDatabase _database = null!;
    private SqliteUserRepository _repository = null!;
    private UserGrpcService _service = null!;

    public async Task InitializeAsync()
    {
        (_database, _repository) = await TempDatabase.CreateInitializedAsync();
        _service = ServiceFactory.Create(_repository);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stores_every_user_and_returns_the_count()
    {
        var response = await CreateAsync(Users.Many(3));

        Assert.Equal(3, response.CreatedCount);
        Assert.Equal(SeededCount + 3, await CountAsync());
        var list = new TestStreamWriter<User>();
        await _service.ListUsers(new GetUserRequest { UserId = SeededCount }, list, CallContexts.Create());
        Assert.Equal(["user 0", "user 1", "user 2"], list.Written.Select(user => user.Name));
        Assert.Equal([6, 7, 8], list.Written.Select(user => user.Id));
    }

    [Fact]
    public async Task Empty_stream_creates_nothing()
    {
        var response = await CreateAsync([]);

        Assert.Equal(0, response.CreatedCount);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Theory]
    [InlineData(7, "Ada", "ada2@example.com", 30, "users[3].id: must be 0 (the server assigns ids), got 7")]
    [InlineData(0, "", "ada2@example.com", 30, "users[3].name: must not be empty")]
    [InlineData(0, "   ", "ada2@example.com", 30, "users[3].name: must not be empty")]
    [InlineData(0, "Ada", "x", 30, "users[3].email: 'x' is not a valid email address")]
    [InlineData(0, "Ada", "", 30, "users[3].email: '' is not a valid email address")]
    [InlineData(0, "Ada", "Ada <ada2@example.com>", 30, "users[3].email: 'Ada <ada2@example.com>' is not a valid email address")]
    [InlineData(0, "Ada", "ada2@example.com", -1, "users[3].age: -1 is out of range (0 to 150)")]
    [InlineData(0, "Ada", "ada2@example.com", 151, "users[3].age: 151 is out of range (0 to 150)")]
    public async Task Invalid_field_is_INVALID_ARGUMENT_naming_position_and_field_and_nothing_is_stored(
        int id, string name, string email, int age, string expected)
    {
        var users = Users.Many(3);
        users.Add(new User { Id = id, Name = name, Email = email, Age = age });
        users.AddRange(Users.Many(2, "later"));

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(users));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(expected, error.Status.Detail);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public async Task Age_limits_are_accepted(int age)
    {
        var response = await CreateAsync([Users.New("Baby or elder", "limit@example.com", age)]);

        Assert.Equal(1, response.CreatedCount);
    }

    [Fact]
    public async Task Email_already_in_the_database_is_ALREADY_EXISTS_and_rolls_back_the_whole_stream()
    {
        // 50 good users, then one whose email a seed user already has (in another letter case).
        var users = Users.Many(50);
        users.Add(Users.New("Not Ada", "ADA@example.com"));

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(users));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("users[50].email: 'ADA@example.com' already exists", error.Status.Detail);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Fact]
    public async Task Email_twice_in_the_same_stream_is_ALREADY_EXISTS_and_nothing_is_stored()
    {
        var users = Users.Many(4);
        users.Add(Users.New("Copy", "USER2@example.com"));

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(users));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("users[4].email: 'USER2@example.com' appears earlier in the same stream", error.Status.Detail);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Fact]
    public async Task Nothing_is_stored_before_the_client_completes_the_stream()
    {
        var requests = new TestStreamReader<User>();
        requests.Push(Users.New("Early", "early@example.com"));
        using var cancellation = new CancellationTokenSource();
        var call = _service.CreateUsers(requests, CallContexts.Create(cancellation.Token));

        await Task.Delay(100);
        Assert.Equal(SeededCount, await CountAsync());

        // The client gives up instead of completing: nothing was stored, nothing will be.
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Fact]
    public async Task Stream_longer_than_the_limit_is_RESOURCE_EXHAUSTED()
    {
        var service = ServiceFactory.Create(new InMemoryUserRepository());
        var users = Enumerable.Range(0, UserGrpcService.MaxUsersPerStream + 1)
            .Select(i => Users.New("u", $"u{i}@example.com"));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            service.CreateUsers(TestStreamReader<User>.From(users), CallContexts.Create()));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.StartsWith($"users[{UserGrpcService.MaxUsersPerStream}]:", error.Status.Detail, StringComparison.Ordinal);
    }

    private Task<long> CountAsync() => _repository.CountUsersAsync(CancellationToken.None);

    private Task<CreateUsersResponse> CreateAsync(IEnumerable<User> users) =>
        _service.CreateUsers(TestStreamReader<User>.From(users), CallContexts.Create());
}

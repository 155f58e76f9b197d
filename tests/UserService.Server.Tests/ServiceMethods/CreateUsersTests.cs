using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using UserService.Contracts;
using UserService.Server.Configuration;
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
        var users = Enumerable.Range(0, new UserServiceOptions().MaxUsersPerStream + 1)
            .Select(i => Users.New("u", $"u{i}@example.com"));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            service.CreateUsers(TestStreamReader<User>.From(users), CallContexts.Create()));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.StartsWith($"users[{new UserServiceOptions().MaxUsersPerStream}]:", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result_and_stores_nothing_new()
    {
        var batch = Users.Many(3);

        var first = await CreateAsync(batch, idempotencyKey: "5f0c7d9e-retry");
        var retry = await CreateAsync(batch, idempotencyKey: "5f0c7d9e-retry");

        Assert.Equal(3, first.CreatedCount);
        Assert.Equal(3, retry.CreatedCount);
        Assert.Equal(SeededCount + 3, await CountAsync());
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_batch_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        await CreateAsync(Users.Many(3), idempotencyKey: "key-1");

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(Users.Many(2, "other"), idempotencyKey: "key-1"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("stored 3 users", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(SeededCount + 3, await CountAsync());
    }

    [Fact]
    public async Task A_retry_whose_stream_starts_with_the_users_the_first_call_stored_returns_that_count()
    {
        // What a grpc-js client that cancelled after 2 of 5 users leaves behind: the server saw a clean
        // end of stream after 2 users and stored them under the key.
        var batch = Users.Many(5);
        await CreateAsync(batch.Take(2), idempotencyKey: "partial");

        var retry = await CreateAsync(batch, idempotencyKey: "partial");

        Assert.Equal(2, retry.CreatedCount);
        Assert.Equal(SeededCount + 2, await CountAsync());
    }

    [Fact]
    public async Task An_attempt_that_started_before_a_cut_short_attempt_with_its_key_committed_returns_that_count()
    {
        // Two attempts of one grpc-js batch overlap: the cancelled first one commits the 2 users it got
        // after the retry looked the key up and found nothing. The retry must not be FAILED_PRECONDITION.
        var service = ServiceFactory.Create(new InMemoryUserRepository { FindMissesKeys = true });
        var batch = Users.Many(5);
        await CreateAsync(service, batch.Take(2), idempotencyKey: "overlapping");

        var retry = await CreateAsync(service, batch, idempotencyKey: "overlapping");

        Assert.Equal(2, retry.CreatedCount);
    }

    [Fact]
    public async Task An_overlapping_attempt_with_a_different_batch_under_the_key_is_still_FAILED_PRECONDITION()
    {
        var service = ServiceFactory.Create(new InMemoryUserRepository { FindMissesKeys = true });
        await CreateAsync(service, Users.Many(2), idempotencyKey: "overlapping");

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(service, Users.Many(5, "other"), idempotencyKey: "overlapping"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task A_retry_is_replayed_until_its_key_expires_and_is_then_ALREADY_EXISTS_without_storing_twice()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero));
        var service = ServiceFactory.Create(_database.CreateRepository(time, TimeSpan.FromHours(1)));
        var batch = Users.Many(3);
        await CreateAsync(service, batch, idempotencyKey: "hourly");

        time.Advance(TimeSpan.FromMinutes(59));
        var replayed = await CreateAsync(service, batch, idempotencyKey: "hourly");
        time.Advance(TimeSpan.FromMinutes(2));
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(service, batch, idempotencyKey: "hourly"));

        Assert.Equal(3, replayed.CreatedCount);
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("users[0].email: 'user0@example.com' already exists", error.Status.Detail);
        Assert.Equal(SeededCount + 3, await CountAsync());
    }

    [Fact]
    public async Task An_expired_key_is_accepted_with_a_new_batch()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero));
        var service = ServiceFactory.Create(_database.CreateRepository(time, TimeSpan.FromHours(1)));
        await CreateAsync(service, Users.Many(3), idempotencyKey: "reused");

        time.Advance(TimeSpan.FromHours(2));
        var second = await CreateAsync(service, Users.Many(2, "other"), idempotencyKey: "reused");

        Assert.Equal(2, second.CreatedCount);
        Assert.Equal(SeededCount + 5, await CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("caf\u00e9")]
    public async Task A_malformed_idempotency_key_is_INVALID_ARGUMENT(string key)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(Users.Many(1), idempotencyKey: System.Text.RegularExpressions.Regex.Unescape(key)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("idempotency-key:", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Fact]
    public async Task A_name_longer_than_the_limit_is_INVALID_ARGUMENT_naming_the_setting_and_nothing_is_stored()
    {
        var users = Users.Many(2);
        users.Add(Users.New(new string('n', 201), "long@example.com"));

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(users));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("users[2].name: 201 characters is more than the limit UserService:MaxNameLength = 200", error.Status.Detail);
        Assert.Equal(SeededCount, await CountAsync());
    }

    [Fact]
    public async Task An_email_longer_than_the_limit_is_INVALID_ARGUMENT_without_echoing_it()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync([Users.New("Ada", new string('e', 100_000))]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("users[0].email: 100000 characters is more than the limit UserService:MaxEmailLength = 254", error.Status.Detail);
    }

    [Fact]
    public async Task An_invalid_email_is_echoed_shortened_and_with_control_characters_escaped()
    {
        var email = "\u001b[31m" + new string('x', 200);

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync([Users.New("Ada", System.Text.RegularExpressions.Regex.Unescape(email))]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal($@"users[0].email: '\u001B[31m{new string('x', 35)}…' (205 characters) is not a valid email address", error.Status.Detail);
    }

    [Fact]
    public async Task A_name_with_a_control_character_is_INVALID_ARGUMENT()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync([Users.New("Ada\u001b[2J", "ada2@example.com")]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(@"users[0].name: 'Ada\u001B[2J' contains a control character", error.Status.Detail);
    }

    [Fact]
    public async Task A_stream_larger_than_the_byte_limit_is_RESOURCE_EXHAUSTED_naming_the_setting_and_nothing_is_stored()
    {
        var service = ServiceFactory.Create(_repository, options: new UserServiceOptions { MaxStreamBytes = 2048 });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            service.CreateUsers(TestStreamReader<User>.From(Users.Many(200)), CallContexts.Create()));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Matches(@"^users\[\d+\]: the stream is larger than UserService:MaxStreamBytes = 2048 bytes$", error.Status.Detail);
        Assert.Equal(SeededCount, await CountAsync());
    }

    private Task<long> CountAsync() => _repository.CountUsersAsync(CancellationToken.None);

    private Task<CreateUsersResponse> CreateAsync(IEnumerable<User> users, string? idempotencyKey = null) =>
        CreateAsync(_service, users, idempotencyKey);

    private static Task<CreateUsersResponse> CreateAsync(UserGrpcService service, IEnumerable<User> users, string? idempotencyKey = null) =>
        service.CreateUsers(
            TestStreamReader<User>.From(users),
            CallContexts.Create(requestHeaders: idempotencyKey is null ? null : new Metadata { { UserGrpcService.IdempotencyKeyHeader, idempotencyKey } }));
}

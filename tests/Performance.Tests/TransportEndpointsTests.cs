using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Performance.Core.Data;
using Performance.Core.Json;
using Performance.Core.Pages;
using UserService.Contracts;

namespace Performance.Tests;

public sealed class TransportEndpointsTests(TransportServerFixture server) : IClassFixture<TransportServerFixture>
{
    public static TheoryData<int> PayloadUserIds => [.. TransportPayloads.All.Select(p => p.UserId)];

    [Theory]
    [MemberData(nameof(PayloadUserIds))]
    public async Task Grpc_and_both_rest_endpoints_return_the_same_user(int userId)
    {
        var viaGrpc = (await server.Grpc.GetUserAsync(new GetUserRequest { UserId = userId })).User;
        using var post = await server.Http.PostAsJsonAsync("/api/users/get", new GetUserRequestDto(userId), ShapesJsonContext.Default.GetUserRequestDto);
        post.EnsureSuccessStatusCode();
        var viaPost = await post.Content.ReadFromJsonAsync(ShapesJsonContext.Default.UserDto);
        var viaGet = await server.Http.GetFromJsonAsync($"/api/users/{userId}", ShapesJsonContext.Default.UserDto);

        Assert.Equal(userId, viaGrpc.Id);
        Assert.Equal(viaGrpc.ToDto(), viaPost);
        Assert.Equal(viaGrpc.ToDto(), viaGet);
    }

    [Fact]
    public async Task Large_payload_users_have_names_of_the_advertised_length()
    {
        foreach (var payload in TransportPayloads.All.Where(p => p.NameLength is not null))
        {
            var user = (await server.Grpc.GetUserAsync(new GetUserRequest { UserId = payload.UserId })).User;
            Assert.Equal(payload.NameLength, user.Name.Length);
        }
    }

    [Fact]
    public async Task Rest_post_uses_camel_case_json()
    {
        using var content = new StringContent("""{"userId":42}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Http.PostAsync("/api/users/get", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(42, json.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(UserData.CreateUser(42).Name, json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_user_is_not_found_on_both_protocols_and_counted_as_failed()
    {
        var before = await server.Http.GetFromJsonAsync("/stats", ShapesJsonContext.Default.ServerStats);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await server.Grpc.GetUserAsync(new GetUserRequest { UserId = 0 }));
        using var post = await server.Http.PostAsJsonAsync("/api/users/get", new GetUserRequestDto(0), ShapesJsonContext.Default.GetUserRequestDto);
        var after = await server.Http.GetFromJsonAsync("/stats", ShapesJsonContext.Default.ServerStats);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before!.GrpcFailed + 1, after!.GrpcFailed);
        Assert.Equal(before.RestFailed + 1, after.RestFailed);
    }

    [Fact]
    public async Task Successful_grpc_calls_are_counted_by_their_grpc_status()
    {
        var before = await server.Http.GetFromJsonAsync("/stats", ShapesJsonContext.Default.ServerStats);
        for (var id = 1; id <= 3; id++)
        {
            await server.Grpc.GetUserAsync(new GetUserRequest { UserId = id });
        }

        var after = await server.Http.GetFromJsonAsync("/stats", ShapesJsonContext.Default.ServerStats);
        Assert.Equal(before!.GrpcOk + 3, after!.GrpcOk);
        Assert.Equal(before.GrpcFailed, after.GrpcFailed);
        Assert.Equal(Environment.ProcessId, after.ProcessId);
    }

    [Fact]
    public async Task ListUsers_json_array_and_pages_carry_the_same_100000_users_in_order()
    {
        var streamed = new List<User>();
        using (var call = server.Grpc.ListUsers(new GetUserRequest { UserId = 0 }))
        {
            await foreach (var user in call.ResponseStream.ReadAllAsync())
            {
                streamed.Add(user);
            }
        }

        var array = await server.Http.GetFromJsonAsync("/api/users", ShapesJsonContext.Default.UserDtoArray);

        var paged = new List<User>();
        using (var call = new UserPages.UserPagesClient(server.Channel).ListUserPages(new ListUserPagesRequest { PageSize = 1_000 }))
        {
            await foreach (var page in call.ResponseStream.ReadAllAsync())
            {
                Assert.Equal(1_000, page.Users.Count);
                paged.AddRange(page.Users);
            }
        }

        Assert.Equal(TransportPayloads.UserCount, streamed.Count);
        Assert.NotNull(array);
        Assert.Equal(streamed.Select(u => u.ToDto()), array);
        Assert.Equal(streamed, paged);
        Assert.Equal(Enumerable.Range(1, TransportPayloads.UserCount), streamed.Select(u => u.Id));
    }

    [Fact]
    public async Task ListUsers_resumes_after_the_given_id()
    {
        using var call = server.Grpc.ListUsers(new GetUserRequest { UserId = TransportPayloads.UserCount - 2 });
        var ids = new List<int>();
        await foreach (var user in call.ResponseStream.ReadAllAsync())
        {
            ids.Add(user.Id);
        }

        Assert.Equal([TransportPayloads.UserCount - 1, TransportPayloads.UserCount], ids);
    }
}

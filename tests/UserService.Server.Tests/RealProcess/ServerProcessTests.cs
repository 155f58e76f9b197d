using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;
using UserService.Testing;
using UserServiceClient = UserService.Contracts.UserService.UserServiceClient;

namespace UserService.Server.Tests.RealProcess;

/// <summary>
/// The real executable, over a real socket: h2c on an ephemeral port, reflection, health, a
/// deadline, and a graceful shutdown. One test, because starting a process is the slow part.
/// </summary>
public sealed class ServerProcessTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Runs_on_an_ephemeral_port_over_h2c_with_reflection_and_health_and_shuts_down_gracefully()
    {
        await using var database = TempDatabase.Create();
        var (server, address) = await RealServer.StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--Database:Path={database.Path}", "--UserService:EnableReflection=true"]);
        using var _ = server;
        Assert.Equal("127.0.0.1", new Uri(address).Host);
        Assert.NotEqual(50051, new Uri(address).Port);

        // A plain http:// address: the client speaks HTTP/2 without TLS (prior knowledge).
        using var channel = GrpcChannel.ForAddress(address);
        var client = new UserServiceClient(channel);
        var ada = await client.GetUserAsync(new GetUserRequest { UserId = 1 }, deadline: DateTime.UtcNow.Add(s_timeout));
        Assert.Equal("Ada Lovelace", ada.User.Name);
        Assert.True(File.Exists(database.Path));

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(s_timeout));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        Assert.Contains("user_service.UserService", await ListServicesAsync(channel));

        // Over real HTTP/2 the server enforces deadlines too: an idle chat ends with DEADLINE_EXCEEDED.
        using (var idle = client.ChatUsers(deadline: DateTime.UtcNow.AddSeconds(1)))
        {
            var deadline = await Assert.ThrowsAsync<RpcException>(() => idle.ResponseStream.MoveNext().WaitAsync(s_timeout));
            Assert.True(deadline.StatusCode == StatusCode.DeadlineExceeded, deadline.ToString());
        }

        // Shutdown (SIGTERM, handled like Ctrl+C) while a chat stream is open: the server ends the
        // stream with UNAVAILABLE and the process exits cleanly.
        using var chat = client.ChatUsers();
        await chat.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = "still there?" });
        Assert.True(await chat.ResponseStream.MoveNext());

        server.Terminate();

        var error = await Assert.ThrowsAsync<RpcException>(() => chat.ResponseStream.MoveNext().WaitAsync(s_timeout));
        var exit = await server.WaitForExitAsync(s_timeout);
        Assert.Equal(0, exit.ExitCode);
        Assert.Contains("Application is shutting down", server.Output, StringComparison.Ordinal);

        // What the server sent, from its own log.
        Assert.Contains(
            "/user_service.UserService/ChatUsers ended with UNAVAILABLE: the server is shutting down", server.Output, StringComparison.Ordinal);

        // What the client saw. Usually exactly that status. But this call's request stream is still
        // open, and the server closes the connection right after the trailers; if .NET's HTTP/2
        // client processes the close before the waiting read wakes up, the read fails with the
        // connection's error (INTERNAL, "The HTTP/2 server closed the connection", NO_ERROR) although
        // the trailers had arrived. Measured: 4 of 40 runs on a loaded 2-core machine.
        Assert.True(
            (error.StatusCode == StatusCode.Unavailable && error.Status.Detail == ShuttingDownDetail) || IsConnectionClosedRace(error),
            $"{error}\nServer output:\n{server.Output}");
    }

    private const string ShuttingDownDetail = "The server is shutting down; try again later.";

    private static bool IsConnectionClosedRace(RpcException error) =>
        error.StatusCode == StatusCode.Internal
        && error.Status.DebugException is HttpProtocolException { ErrorCode: 0 } closed
        && closed.Message.Contains("server closed the connection", StringComparison.Ordinal);

    private static async Task<List<string>> ListServicesAsync(GrpcChannel channel)
    {
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(deadline: DateTime.UtcNow.Add(s_timeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        return [.. call.ResponseStream.Current.ListServicesResponse.Service.Select(service => service.Name)];
    }
}

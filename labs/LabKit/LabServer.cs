using Grpc.Core.Interceptors;
using GrpcTutorial.Hosting;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>Hosts the learner's service in process (no port) and hands out a client; dispose to stop.</summary>
internal sealed class LabServer : IAsyncDisposable
{
    private readonly InProcessServer _server;

    private LabServer(InProcessServer server)
    {
        _server = server;
        Client = server.CreateClient<UserServiceGrpc.UserServiceClient>();
    }

    public UserServiceGrpc.UserServiceClient Client { get; }

    public IReadOnlyList<RecordedCall> RecordedCalls => _server.RecordedCalls;

    public static async Task<LabServer> StartAsync(UserServiceGrpc.UserServiceBase? service, params Interceptor[] interceptors)
    {
        Expect.That(service is not null, "your factory to return a service", "it returned null");
        var options = new InProcessServerOptions { RecordCalls = true }.AddService(service!);
        foreach (var interceptor in interceptors)
        {
            options.ServerInterceptors.Add(interceptor);
        }

        return new LabServer(await InProcessServer.StartAsync(options).ConfigureAwait(false));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

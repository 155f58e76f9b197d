using Grpc.Core;
using Grpc.Core.Testing;

namespace UserService.Server.Tests.Fakes;

/// <summary>Builds the <see cref="ServerCallContext"/> a service method gets, without a server.</summary>
public static class CallContexts
{
    public static ServerCallContext Create(
        CancellationToken cancellationToken = default, string method = "/user_service.UserService/Test", Metadata? requestHeaders = null) =>
        TestServerCallContext.Create(
            method: method,
            host: "localhost",
            deadline: DateTime.UtcNow.AddMinutes(1),
            requestHeaders: requestHeaders ?? [],
            cancellationToken: cancellationToken,
            peer: "ipv4:127.0.0.1:5000",
            authContext: null,
            contextPropagationToken: null,
            writeHeadersFunc: _ => Task.CompletedTask,
            writeOptionsGetter: () => new WriteOptions(),
            writeOptionsSetter: _ => { });
}

using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Interceptors;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.InProcess;

public sealed class InternalErrorTests
{
    [Fact]
    public async Task Repository_failure_reaches_the_client_as_a_generic_INTERNAL()
    {
        await using var host = await UserServiceHost.StartWithRepositoryAsync(new FailingUserRepository());

        var unary = await Assert.ThrowsAsync<RpcException>(async () => await host.Client.GetUserAsync(new GetUserRequest { UserId = 1 }));
        using var list = host.Client.ListUsers(new GetUserRequest());
        var streaming = await Assert.ThrowsAsync<RpcException>(() => list.ResponseStream.MoveNext());

        foreach (var error in new[] { unary, streaming })
        {
            Assert.Equal(StatusCode.Internal, error.StatusCode);
            Assert.Equal(ExceptionInterceptor.InternalErrorMessage, error.Status.Detail);
            Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(error.Trailers, entry => entry.Value.Contains("secret", StringComparison.Ordinal));
        }
    }
}

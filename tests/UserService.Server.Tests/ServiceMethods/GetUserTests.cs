using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.ServiceMethods;

public sealed class GetUserTests
{
    [Fact]
    public async Task Returns_the_user_with_the_id()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());

        var response = await service.GetUser(new GetUserRequest { UserId = 1 }, CallContexts.Create());

        Assert.Equal(new User { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 }, response.User);
    }

    [Fact]
    public async Task Unknown_id_is_NOT_FOUND()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() => service.GetUser(new GetUserRequest { UserId = 42 }, CallContexts.Create()));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("User 42 not found", error.Status.Detail);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public async Task Id_that_is_not_positive_is_INVALID_ARGUMENT(int id)
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() => service.GetUser(new GetUserRequest { UserId = id }, CallContexts.Create()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("user_id must be positive", error.Status.Detail);
    }
}

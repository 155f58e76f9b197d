using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UserService.Server.Chat;
using UserService.Server.Configuration;
using UserService.Server.Services;
using UserService.Server.Storage;

namespace UserService.Server.Tests.Fakes;

/// <summary>Creates the service under test the way dependency injection would.</summary>
public static class ServiceFactory
{
    public static UserGrpcService Create(
        IUserRepository repository, ChatRoom? chatRoom = null, IHostApplicationLifetime? lifetime = null, UserServiceOptions? options = null) =>
        new(repository, chatRoom ?? new ChatRoom(), NullLogger<UserGrpcService>.Instance, lifetime, Options.Create(options ?? new UserServiceOptions()));

    /// <summary>The five users a new database is seeded with, ids 1 to 5.</summary>
    public static InMemoryUserRepository SeededRepository() =>
        new(SeedUsers.All.Select((user, index) =>
        {
            var copy = user.Clone();
            copy.Id = index + 1;
            return copy;
        }));
}

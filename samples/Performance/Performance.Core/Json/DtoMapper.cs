using Performance.Core.Shapes;
using UserService.Contracts;

namespace Performance.Core.Json;

/// <summary>Copies protobuf messages into their JSON mirrors, so both formats carry exactly the same data.</summary>
public static class DtoMapper
{
    /// <summary>Maps a <see cref="User"/>.</summary>
    /// <param name="user">The protobuf user.</param>
    /// <returns>The JSON mirror.</returns>
    public static UserDto ToDto(this User user) => new(user.Id, user.Name, user.Email, user.Age);

    /// <summary>Maps a <see cref="RichUser"/>.</summary>
    /// <param name="user">The protobuf user.</param>
    /// <returns>The JSON mirror.</returns>
    public static RichUserDto ToDto(this RichUser user) => new(
        user.Id,
        user.Name,
        user.Email,
        user.Age,
        new AddressDto(user.Address.Street, user.Address.City, user.Address.PostalCode, user.Address.Country),
        [.. user.Phones.Select(p => new PhoneNumberDto(p.Number, (PhoneKindDto)(int)p.Kind))],
        [.. user.Tags],
        [.. user.Scores],
        user.CreatedUnixMs,
        user.Active);

    /// <summary>Maps a <see cref="UserList"/>.</summary>
    /// <param name="list">The protobuf list.</param>
    /// <returns>The JSON mirror.</returns>
    public static UserListDto ToDto(this UserList list) => new([.. list.Users.Select(u => u.ToDto())]);

    /// <summary>Maps a <see cref="FileChunk"/>.</summary>
    /// <param name="blob">The protobuf blob.</param>
    /// <returns>The JSON mirror.</returns>
    public static FileChunkDto ToDto(this FileChunk blob) => new(blob.Id, blob.Name, blob.Data.ToByteArray());
}

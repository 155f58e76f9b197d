using Google.Protobuf;
using Performance.Core.Data;
using Performance.Core.Json;
using Performance.Core.Results;
using UserService.Contracts;

namespace Performance.Core.Shapes;

/// <summary>Builds the benchmark's message shapes, always with the same content.</summary>
/// <example>
/// <code>
/// foreach (var size in ShapeSamples.Sizes())
///     Console.WriteLine($"{size.Shape}: {size.ProtobufBytes} vs {size.JsonBytes} bytes");
/// </code>
/// </example>
public static class ShapeSamples
{
    /// <summary>Size of the <see cref="ShapeKind.Blob64K"/> payload.</summary>
    public const int BlobSize = 64 * 1024;

    /// <summary>Number of users in <see cref="ShapeKind.UserList1000"/>.</summary>
    public const int ListSize = 1_000;

    /// <summary>Creates the sample of one shape.</summary>
    /// <param name="kind">The shape.</param>
    /// <returns>The protobuf message and its JSON mirror.</returns>
    public static ShapeSample Create(ShapeKind kind)
    {
        switch (kind)
        {
            case ShapeKind.TinyUser:
                var user = CreateTinyUser();
                return new ShapeSample(kind, user, User.Parser, user.ToDto(), ShapesJsonContext.Default.UserDto);
            case ShapeKind.RichUser:
                var rich = CreateRichUser();
                return new ShapeSample(kind, rich, RichUser.Parser, rich.ToDto(), ShapesJsonContext.Default.RichUserDto);
            case ShapeKind.UserList1000:
                var list = new UserList { Users = { UserData.CreateUsers(ListSize) } };
                return new ShapeSample(kind, list, UserList.Parser, list.ToDto(), ShapesJsonContext.Default.UserListDto);
            case ShapeKind.Blob64K:
                var blob = CreateBlob();
                return new ShapeSample(kind, blob, FileChunk.Parser, blob.ToDto(), ShapesJsonContext.Default.FileChunkDto);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown shape.");
        }
    }

    /// <summary>Creates the samples of every shape, in <see cref="ShapeKind"/> order.</summary>
    /// <returns>One sample per shape.</returns>
    public static IReadOnlyList<ShapeSample> CreateAll() => [.. Enum.GetValues<ShapeKind>().Select(Create)];

    /// <summary>The encoded sizes of every shape, as sent and gzipped. Exact: the same on every machine.</summary>
    /// <returns>One size per shape, in <see cref="ShapeKind"/> order.</returns>
    public static IReadOnlyList<ShapeSize> Sizes() => [.. CreateAll().Select(s => s.Size)];

    /// <summary>The course's example user: 33 bytes as protobuf, 66 as JSON.</summary>
    /// <returns>The user <c>{ 12345, "John Doe", "john@example.com", 30 }</c>.</returns>
    public static User CreateTinyUser() => new() { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 };

    /// <summary>A user with nested and repeated data.</summary>
    /// <returns>The rich user.</returns>
    public static RichUser CreateRichUser() => new()
    {
        Id = 12345,
        Name = "John Doe",
        Email = "john@example.com",
        Age = 30,
        Address = new Address { Street = "221B Baker Street", City = "London", PostalCode = "NW1 6XE", Country = "GB" },
        Phones =
        {
            new PhoneNumber { Number = "+44 20 7946 0018", Kind = PhoneKind.Mobile },
            new PhoneNumber { Number = "+44 20 7946 0019", Kind = PhoneKind.Home },
            new PhoneNumber { Number = "+44 20 7946 0020", Kind = PhoneKind.Work },
        },
        Tags = { "admin", "beta-tester", "newsletter", "premium", "verified" },
        Scores = { Enumerable.Range(0, 20).Select(i => i * 37 % 1000) },
        CreatedUnixMs = 1_700_000_000_000,
        Active = true,
    };

    /// <summary>A blob of <see cref="BlobSize"/> pseudo-random (so incompressible) bytes.</summary>
    /// <returns>The blob.</returns>
    public static FileChunk CreateBlob()
    {
        var data = new byte[BlobSize];
        new Random(42).NextBytes(data);
        return new FileChunk { Id = 1, Name = "chunk-0001.bin", Data = ByteString.CopyFrom(data) };
    }
}

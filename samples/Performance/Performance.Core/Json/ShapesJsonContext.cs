using System.Text.Json.Serialization;
using Performance.Core.Data;

namespace Performance.Core.Json;

/// <summary>
/// System.Text.Json source-generated metadata for every JSON shape of the sample (camelCase names,
/// enums as strings), so that JSON is measured at its fastest: no reflection at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(UserDto))]
[JsonSerializable(typeof(UserDto[]))]
[JsonSerializable(typeof(GetUserRequestDto))]
[JsonSerializable(typeof(ServerStats))]
[JsonSerializable(typeof(RichUserDto))]
[JsonSerializable(typeof(UserListDto))]
[JsonSerializable(typeof(FileChunkDto))]
public sealed partial class ShapesJsonContext : JsonSerializerContext;

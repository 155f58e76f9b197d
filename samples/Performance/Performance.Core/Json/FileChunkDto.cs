namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.FileChunk</c>. JSON has no binary type, so <see cref="Data"/> travels as base64 text.</summary>
/// <param name="Id">Id of the blob.</param>
/// <param name="Name">Name of the blob.</param>
/// <param name="Data">The payload.</param>
public sealed record FileChunkDto(int Id, string Name, byte[] Data);

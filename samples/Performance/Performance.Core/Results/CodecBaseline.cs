namespace Performance.Core.Results;

/// <summary>
/// The codecs alone on the streaming data: the same 100,000 users serialized and parsed in memory,
/// with no HTTP/2 and no gRPC or ASP.NET Core in the way. Comparing these with the downloads shows
/// how much of a download is encoding and how much is transport and per-message overhead.
/// </summary>
/// <param name="ProtobufSerializeMs">Writing every user as a length-prefixed protobuf message into one buffer.</param>
/// <param name="ProtobufParseMs">Parsing those messages back, one at a time.</param>
/// <param name="JsonSerializeMs">Writing every user as one JSON array to a memory stream (JsonSerializer.SerializeAsync).</param>
/// <param name="JsonParseMs">Reading the array back with JsonSerializer.DeserializeAsyncEnumerable, as the download does.</param>
public sealed record CodecBaseline(double ProtobufSerializeMs, double ProtobufParseMs, double JsonSerializeMs, double JsonParseMs);

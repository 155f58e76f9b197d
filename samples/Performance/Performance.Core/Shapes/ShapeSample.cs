using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Google.Protobuf;
using Performance.Core.Results;

namespace Performance.Core.Shapes;

/// <summary>
/// One message shape in both formats: the protobuf message and its JSON mirror holding the same
/// data, with what is needed to serialize and parse each.
/// </summary>
/// <example>
/// <code>
/// var sample = ShapeSamples.Create(ShapeKind.RichUser);
/// Console.WriteLine($"{sample.ProtobufBytes.Length} bytes as protobuf, {sample.JsonBytes.Length} as JSON");
/// </code>
/// </example>
public sealed class ShapeSample
{
    /// <summary>Creates a sample.</summary>
    /// <param name="kind">Which shape this is.</param>
    /// <param name="message">The protobuf message.</param>
    /// <param name="parser">The parser of the message's type.</param>
    /// <param name="dto">The JSON mirror, holding the same data.</param>
    /// <param name="jsonTypeInfo">Source-generated metadata of the mirror's type.</param>
    public ShapeSample(ShapeKind kind, IMessage message, MessageParser parser, object dto, JsonTypeInfo jsonTypeInfo)
    {
        Kind = kind;
        Message = message;
        Parser = parser;
        Dto = dto;
        JsonTypeInfo = jsonTypeInfo;
        ProtobufBytes = message.ToByteArray();
        JsonBytes = JsonSerializer.SerializeToUtf8Bytes(dto, jsonTypeInfo);
    }

    /// <summary>Which shape this is.</summary>
    public ShapeKind Kind { get; }

    /// <summary>The protobuf message.</summary>
    public IMessage Message { get; }

    /// <summary>The parser of the message's type.</summary>
    public MessageParser Parser { get; }

    /// <summary>The JSON mirror (a record from <see cref="Json"/>).</summary>
    public object Dto { get; }

    /// <summary>Source-generated System.Text.Json metadata of <see cref="Dto"/>'s type.</summary>
    public JsonTypeInfo JsonTypeInfo { get; }

    /// <summary>The message encoded as protobuf.</summary>
    public byte[] ProtobufBytes { get; }

    /// <summary>The mirror encoded as UTF-8 JSON.</summary>
    public byte[] JsonBytes { get; }

    /// <summary>The encoded sizes, as sent and after gzip (optimal level), as REST APIs often compress responses.</summary>
    public ShapeSize Size => new(Kind.ToString(), ProtobufBytes.Length, JsonBytes.Length, GzipLength(ProtobufBytes), GzipLength(JsonBytes));

    /// <summary>Serializes the protobuf message to a new array.</summary>
    /// <returns>The encoded bytes.</returns>
    public byte[] SerializeProtobuf() => Message.ToByteArray();

    /// <summary>Serializes the JSON mirror to a new UTF-8 array.</summary>
    /// <returns>The encoded bytes.</returns>
    public byte[] SerializeJson() => JsonSerializer.SerializeToUtf8Bytes(Dto, JsonTypeInfo);

    /// <summary>Serializes the protobuf message into <paramref name="output"/>, without allocating an output array.</summary>
    /// <param name="output">Where the bytes go, such as a reused <see cref="ArrayBufferWriter{T}"/>.</param>
    public void WriteProtobuf(IBufferWriter<byte> output) => Message.WriteTo(output);

    /// <summary>Serializes the JSON mirror through <paramref name="writer"/>, without allocating an output array.</summary>
    /// <param name="writer">A writer over the output, such as one reset onto a reused <see cref="ArrayBufferWriter{T}"/>.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, Dto, JsonTypeInfo);
        writer.Flush();
    }

    /// <summary>Parses <see cref="ProtobufBytes"/> into a new message.</summary>
    /// <returns>The parsed message.</returns>
    public IMessage ParseProtobuf() => Parser.ParseFrom(ProtobufBytes);

    /// <summary>Parses <see cref="JsonBytes"/> into a new mirror object.</summary>
    /// <returns>The parsed object.</returns>
    public object? ParseJson() => JsonSerializer.Deserialize(JsonBytes, JsonTypeInfo);

    private static int GzipLength(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}

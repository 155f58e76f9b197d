using Google.Protobuf;
using Google.Protobuf.Reflection;
using GrpcTutorial.Wire.Decoding;
using GrpcTutorial.Wire.Rendering;

namespace GrpcTutorial.Wire;

/// <summary>
/// Decodes protobuf bytes field by field and explains every byte: tags, lengths, varints, ZigZag,
/// fixed-width numbers, strings, nested messages, packed fields, maps and unknown fields.
/// </summary>
/// <example>
/// <code>
/// var user = new User { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 };
/// Console.WriteLine(WireInspector.Inspect(user).ToText());
/// Console.WriteLine(WireInspector.InspectHex("08 96 01").ToDecodeRawText()); // 1: 150
/// </code>
/// </example>
public static class WireInspector
{
    /// <summary>How many messages and groups may nest inside each other before decoding stops with an error (protoc's default limit).</summary>
    public const int MaxDepth = 100;

    /// <summary>Decodes bytes, with the field names and types of a descriptor if one is given.</summary>
    /// <param name="bytes">The serialized message. The dump keeps its own copy.</param>
    /// <param name="descriptor">The message type, e.g. <c>User.Descriptor</c>; null decodes like <c>protoc --decode_raw</c>.</param>
    /// <returns>The annotated fields.</returns>
    /// <exception cref="WireFormatException">The bytes are not valid protobuf; the message names the offset.</exception>
    public static WireDump Inspect(byte[] bytes, MessageDescriptor? descriptor = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var copy = (byte[])bytes.Clone();
        var fields = new WireDecoder(copy).DecodeMessage(0, copy.Length, descriptor, 0);
        return new WireDump(copy, descriptor, fields);
    }

    /// <summary>Serializes a message and decodes the bytes with its own descriptor.</summary>
    /// <param name="message">Any generated message, e.g. a <c>User</c>.</param>
    /// <returns>The annotated fields.</returns>
    public static WireDump Inspect(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Inspect(message.ToByteArray(), message.Descriptor);
    }

    /// <summary>Decodes bytes given as hex text such as <c>"08 96 01"</c>.</summary>
    /// <param name="hex">Hex digits, optionally separated by spaces.</param>
    /// <param name="descriptor">The message type, or null for a schema-less decode.</param>
    /// <returns>The annotated fields.</returns>
    /// <exception cref="FormatException">The text is not hex.</exception>
    /// <exception cref="WireFormatException">The bytes are not valid protobuf.</exception>
    public static WireDump InspectHex(string hex, MessageDescriptor? descriptor = null) =>
        Inspect(Wire.Hex.Parse(hex), descriptor);

    /// <summary>Prints bytes exactly as <c>protoc --decode_raw</c> does, e.g. <c>1: 150</c>.</summary>
    /// <param name="bytes">The serialized message.</param>
    /// <returns>The text; empty for no bytes.</returns>
    /// <exception cref="WireFormatException">The bytes are not valid protobuf (protoc says "Failed to parse input.").</exception>
    public static string DecodeRaw(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return DecodeRawPrinter.Print(bytes);
    }
}

using System.Globalization;
using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// What the body of a LEN field means: a string, bytes, a nested message or map entry (whose fields the
/// caller has decoded), or, without a schema, a guess made the way <c>protoc --decode_raw</c> makes it.
/// </summary>
internal static class LenValues
{
    /// <summary>A <c>string</c> field: UTF-8 text, or a note that a proto3 parser would reject it.</summary>
    public static DecodedValue Text(ReadOnlySpan<byte> body)
    {
        var text = TextEscaping.TryDecodeUtf8(body);
        return text is null
            ? new(Hex.Format(body), $"{Count(body.Length)} that are not valid UTF-8: a proto3 parser rejects this string", body.ToArray())
            : new(TextEscaping.Quote(text), $"{Count(body.Length)} of UTF-8 text", text);
    }

    /// <summary>A <c>bytes</c> field, shown in hex.</summary>
    public static DecodedValue Bytes(ReadOnlySpan<byte> body) =>
        new(body.Length == 0 ? "(empty)" : Hex.Format(body), $"{Count(body.Length)}, shown in hex", body.ToArray());

    /// <summary>An embedded message (or map entry) whose fields are <paramref name="children"/>.</summary>
    public static DecodedValue Message(FieldDescriptor field, int length, IReadOnlyList<WireField> children)
    {
        if (field.IsMap)
        {
            var key = children.LastOrDefault(c => c.FieldNumber == 1 && !c.IsUnknown)?.Value ?? "(default key)";
            var value = children.LastOrDefault(c => c.FieldNumber == 2 && !c.IsUnknown)?.Value ?? "(default value)";
            return new($"{key} => {value}", $"map entry in {Count(length)}: a nested message with the key as field 1 and the value as field 2", null, children);
        }

        return new(
            $"{field.MessageType.Name} ({Count(length)})",
            $"embedded {field.MessageType.FullName} message: {Count(length)}, {children.Count} fields",
            null,
            children);
    }

    /// <summary>An empty body without a schema: it could be any of the LEN types.</summary>
    public static DecodedValue Empty() =>
        new("\"\"", "empty: an empty string, empty bytes or a message with every field at its default", "");

    /// <summary>A body without a schema that parsed completely as a message, whose fields are <paramref name="children"/>.</summary>
    public static DecodedValue GuessedMessage(ReadOnlySpan<byte> body, IReadOnlyList<WireField> children)
    {
        var text = PrintableText(body);
        var alsoText = text is null ? "" : $"; the same bytes are also the text {TextEscaping.Quote(text)}";
        return new(
            $"message? ({Count(body.Length)})",
            $"guessed: the bytes parse completely as a message, so they are shown nested, as protoc --decode_raw does{alsoText}",
            null,
            children);
    }

    /// <summary>A body without a schema that is not a message: text if it is printable UTF-8, bytes otherwise.</summary>
    public static DecodedValue GuessedScalar(ReadOnlySpan<byte> body) =>
        PrintableText(body) is { } text
            ? new(TextEscaping.Quote(text), $"guessed: {Count(body.Length)} that are not a message but valid UTF-8 text, so probably a string", text)
            : new(Hex.Format(body), $"guessed: {Count(body.Length)} that are neither a message nor text, so probably bytes", body.ToArray());

    private static string? PrintableText(ReadOnlySpan<byte> body) =>
        TextEscaping.TryDecodeUtf8(body) is { } text && TextEscaping.IsPrintable(text) ? text : null;

    private static string Count(int length) =>
        length == 1 ? "1 byte" : $"{length.ToString(CultureInfo.InvariantCulture)} bytes";
}

using System.Globalization;
using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire;

/// <summary>
/// Decodes LEN fields: strings, bytes, nested messages, map entries and packed repeated scalars with a
/// descriptor; without one (or for an unknown field) it guesses the way protoc --decode_raw does.
/// </summary>
internal sealed class LenDecoder
{
    private readonly WireDecoder _decoder;
    private readonly byte[] _buffer;

    public LenDecoder(WireDecoder decoder, byte[] buffer)
    {
        _decoder = decoder;
        _buffer = buffer;
    }

    public WireField Decode(WireReader reader, WireTag tag, FieldContext context, int depth)
    {
        var lengthOffset = reader.Position;
        var length = reader.ReadLength();
        var body = new LenBody(lengthOffset, reader.Position, length);
        reader.Skip(length);

        DecodedBody decoded;
        if (context.IsPacked(tag))
        {
            decoded = PackedDecoder.Decode(_buffer, tag, body, context.Field!);
        }
        else if (context.Typed(tag) is { } field)
        {
            decoded = field.FieldType switch
            {
                FieldType.String => Text(body),
                FieldType.Bytes => BytesValue(body),
                _ => Message(tag, body, field, depth),
            };
        }
        else
        {
            decoded = Guess(tag, body, depth);
        }

        return new WireField
        {
            Offset = tag.Offset,
            Length = body.End - tag.Offset,
            TagBytes = _buffer.AsMemory(tag.Offset, tag.Length),
            TagExplanation = TagText.Explain(_buffer, tag),
            FieldNumber = tag.FieldNumber,
            WireType = tag.WireType,
            Name = context.Field?.Name,
            TypeName = context.TypeName,
            IsUnknown = context.IsUnknown(tag),
            LengthBytes = _buffer.AsMemory(lengthOffset, body.Start - lengthOffset),
            ValueOffset = body.Start,
            ValueBytes = _buffer.AsMemory(body.Start, body.Length),
            Value = decoded.Text,
            DecodedValue = decoded.Value,
            Explanation = context.Note(tag) + decoded.Explanation,
            Children = decoded.Children,
        };
    }

    private DecodedBody Text(LenBody body)
    {
        var bytes = _buffer.AsSpan(body.Start, body.Length);
        var text = TextEscaping.TryDecodeUtf8(bytes);
        return text is null
            ? new(Hex.Format(bytes), $"{Count(body.Length)} that are not valid UTF-8: a proto3 parser rejects this string", bytes.ToArray(), [])
            : new(TextEscaping.Quote(text), $"{Count(body.Length)} of UTF-8 text", text, []);
    }

    private DecodedBody BytesValue(LenBody body)
    {
        var bytes = _buffer.AsSpan(body.Start, body.Length);
        return new(body.Length == 0 ? "(empty)" : Hex.Format(bytes), $"{Count(body.Length)}, shown in hex", bytes.ToArray(), []);
    }

    private DecodedBody Message(WireTag tag, LenBody body, FieldDescriptor field, int depth)
    {
        WireDecoder.CheckDepth(tag, depth + 1);
        var children = _decoder.DecodeMessage(body.Start, body.End, field.MessageType, depth + 1);
        if (field.IsMap)
        {
            var key = children.LastOrDefault(c => c.FieldNumber == 1 && !c.IsUnknown)?.Value ?? "(default key)";
            var value = children.LastOrDefault(c => c.FieldNumber == 2 && !c.IsUnknown)?.Value ?? "(default value)";
            return new($"{key} => {value}", $"map entry in {Count(body.Length)}: a nested message with the key as field 1 and the value as field 2", null, children);
        }

        return new(
            $"{field.MessageType.Name} ({Count(body.Length)})",
            $"embedded {field.MessageType.FullName} message: {Count(body.Length)}, {children.Count} fields",
            null,
            children);
    }

    private DecodedBody Guess(WireTag tag, LenBody body, int depth)
    {
        var bytes = _buffer.AsSpan(body.Start, body.Length);
        if (body.Length == 0)
        {
            return new("\"\"", "empty: an empty string, empty bytes or a message with every field at its default", "", []);
        }

        var text = TextEscaping.TryDecodeUtf8(bytes);
        var isText = text is not null && TextEscaping.IsPrintable(text);
        var groupLimit = Math.Max(0, WireInspector.MaxDepth - depth - 1);
        if (RawParser.TryParse(_buffer, body.Start, body.End, groupLimit, ParseRules.Spec, out _))
        {
            WireDecoder.CheckDepth(tag, depth + 1);
            var children = _decoder.DecodeMessage(body.Start, body.End, null, depth + 1);
            var alsoText = isText ? $"; the same bytes are also the text {TextEscaping.Quote(text!)}" : "";
            return new(
                $"message? ({Count(body.Length)})",
                $"guessed: the bytes parse completely as a message, so they are shown nested, as protoc --decode_raw does{alsoText}",
                null,
                children);
        }

        return isText
            ? new(TextEscaping.Quote(text!), $"guessed: {Count(body.Length)} that are not a message but valid UTF-8 text, so probably a string", text, [])
            : new(Hex.Format(bytes), $"guessed: {Count(body.Length)} that are neither a message nor text, so probably bytes", bytes.ToArray(), []);
    }

    private static string Count(int length) =>
        length == 1 ? "1 byte" : $"{length.ToString(CultureInfo.InvariantCulture)} bytes";
}

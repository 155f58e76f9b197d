using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// Decodes a buffer into <see cref="WireField"/> trees, field by field, with or without a descriptor.
/// It owns the recursion: nested messages, guessed messages and groups are decoded here, never deeper
/// than <see cref="WireInspector.MaxDepth"/>. What a single value means is left to
/// <see cref="ScalarDecoder"/>, <see cref="LenValues"/> and <see cref="PackedDecoder"/>, and every
/// field is built by <see cref="FieldFactory"/>.
/// </summary>
internal sealed class WireDecoder
{
    private readonly byte[] _buffer;
    private readonly FieldFactory _fields;

    public WireDecoder(byte[] buffer)
    {
        _buffer = buffer;
        _fields = new FieldFactory(buffer);
    }

    /// <summary>Decodes the fields in a window of the buffer; <paramref name="depth"/> is 0 for the outermost message.</summary>
    public IReadOnlyList<WireField> DecodeMessage(int start, int end, MessageDescriptor? descriptor, int depth)
    {
        var reader = new WireReader(_buffer, start, end);
        return DecodeFields(reader, descriptor, depth, openGroup: null);
    }

    private List<WireField> DecodeFields(WireReader reader, MessageDescriptor? descriptor, int depth, WireTag? openGroup)
    {
        var fields = new List<WireField>();
        while (!reader.AtEnd)
        {
            var tag = reader.ReadTag();
            if (tag.WireType == WireType.EGroup)
            {
                GroupErrors.CheckEnd(tag, openGroup);
                var end = new DecodedValue("end of group", $"EGROUP closes the group of field {tag.FieldNumber}", null);
                fields.Add(_fields.Tagged(tag, default, null, reader.Position, reader.Position, end, WireFieldKind.GroupEnd));
                return fields;
            }

            var field = descriptor?.FindFieldByNumber(tag.FieldNumber);
            fields.Add(DecodeField(reader, tag, new FieldContext(descriptor, field), depth));
        }

        if (openGroup is { } group)
        {
            throw GroupErrors.Unterminated(group);
        }

        return fields;
    }

    private WireField DecodeField(WireReader reader, WireTag tag, FieldContext context, int depth)
    {
        var valueStart = reader.Position;
        switch (tag.WireType)
        {
            case WireType.Len:
                return Len(reader, tag, context, depth);
            case WireType.SGroup:
                var group = Group(reader, tag, context, depth);
                return _fields.Tagged(tag, context, null, valueStart, reader.Position, group);
            default:
                var scalar = ScalarDecoder.Read(reader, tag.WireType, context.Typed(tag), _buffer);
                return _fields.Tagged(tag, context, null, valueStart, reader.Position, scalar);
        }
    }

    private WireField Len(WireReader reader, WireTag tag, FieldContext context, int depth)
    {
        var lengthOffset = reader.Position;
        var length = reader.ReadLength();
        var body = new LenBody(lengthOffset, reader.Position, length);
        reader.Skip(length);

        var bytes = _buffer.AsSpan(body.Start, body.Length);
        DecodedValue decoded;
        if (context.IsPacked(tag))
        {
            decoded = PackedDecoder.Decode(_buffer, _fields, tag, body, context.Field!);
        }
        else if (context.Typed(tag) is { } field)
        {
            decoded = field.FieldType switch
            {
                FieldType.String => LenValues.Text(bytes),
                FieldType.Bytes => LenValues.Bytes(bytes),
                _ => LenValues.Message(field, body.Length, Nested(tag, body, field.MessageType, depth)),
            };
        }
        else
        {
            decoded = Guess(tag, body, depth);
        }

        return _fields.Tagged(tag, context, lengthOffset, body.Start, body.End, decoded);
    }

    private DecodedValue Guess(WireTag tag, LenBody body, int depth)
    {
        var bytes = _buffer.AsSpan(body.Start, body.Length);
        if (body.Length == 0)
        {
            return LenValues.Empty();
        }

        var groupLimit = Math.Max(0, WireInspector.MaxDepth - depth - 1);
        return RawParser.TryParse(_buffer, body.Start, body.End, groupLimit, ParseRules.Spec, out _)
            ? LenValues.GuessedMessage(bytes, Nested(tag, body, null, depth))
            : LenValues.GuessedScalar(bytes);
    }

    private DecodedValue Group(WireReader reader, WireTag tag, FieldContext context, int depth)
    {
        CheckDepth(tag, depth + 1);
        var typed = context.Typed(tag);
        var children = DecodeFields(reader, typed?.MessageType, depth + 1, tag);
        return new(
            typed is null ? "group" : $"group {typed.MessageType.Name}",
            $"group: the fields up to the EGROUP tag of field {tag.FieldNumber} ({children.Count - 1} fields)",
            null,
            children);
    }

    private IReadOnlyList<WireField> Nested(WireTag tag, LenBody body, MessageDescriptor? descriptor, int depth)
    {
        CheckDepth(tag, depth + 1);
        return DecodeMessage(body.Start, body.End, descriptor, depth + 1);
    }

    private static void CheckDepth(WireTag tag, int newDepth)
    {
        if (newDepth > WireInspector.MaxDepth)
        {
            throw GroupErrors.TooDeep(tag, WireInspector.MaxDepth);
        }
    }
}

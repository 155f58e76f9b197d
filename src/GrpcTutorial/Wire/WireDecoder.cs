using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire;

/// <summary>
/// Decodes a buffer into <see cref="WireField"/> trees, field by field, with or without a descriptor.
/// Recursion follows nested messages and groups only, and never deeper than <see cref="WireInspector.MaxDepth"/>.
/// </summary>
internal sealed class WireDecoder
{
    private readonly byte[] _buffer;
    private readonly LenDecoder _len;

    public WireDecoder(byte[] buffer)
    {
        _buffer = buffer;
        _len = new LenDecoder(this, buffer);
    }

    /// <summary>Decodes the fields in a window of the buffer; <paramref name="depth"/> is 0 for the outermost message.</summary>
    public IReadOnlyList<WireField> DecodeMessage(int start, int end, MessageDescriptor? descriptor, int depth)
    {
        var reader = new WireReader(_buffer, start, end);
        return DecodeFields(reader, descriptor, depth, openGroup: null);
    }

    /// <summary>Throws if opening one more level of nesting at this tag would exceed the limit.</summary>
    public static void CheckDepth(WireTag tag, int newDepth)
    {
        if (newDepth > WireInspector.MaxDepth)
        {
            throw GroupErrors.TooDeep(tag, WireInspector.MaxDepth);
        }
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
                fields.Add(GroupEnd(tag));
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
        switch (tag.WireType)
        {
            case WireType.Varint:
                var varintStart = reader.Position;
                var varint = reader.ReadVarint();
                return Scalar(tag, context, varintStart, reader.Position, ScalarDecoder.Varint(context.Typed(tag), varint, Span(varintStart, reader.Position)));
            case WireType.I32:
                var i32Start = reader.Position;
                var i32 = reader.ReadFixed32();
                return Scalar(tag, context, i32Start, reader.Position, ScalarDecoder.Fixed32(context.Typed(tag), i32, Span(i32Start, reader.Position)));
            case WireType.I64:
                var i64Start = reader.Position;
                var i64 = reader.ReadFixed64();
                return Scalar(tag, context, i64Start, reader.Position, ScalarDecoder.Fixed64(context.Typed(tag), i64, Span(i64Start, reader.Position)));
            case WireType.Len:
                return _len.Decode(reader, tag, context, depth);
            default:
                return Group(reader, tag, context, depth);
        }
    }

    private WireField Group(WireReader reader, WireTag tag, FieldContext context, int depth)
    {
        CheckDepth(tag, depth + 1);
        var typed = context.Typed(tag);
        var children = DecodeFields(reader, typed?.MessageType, depth + 1, tag);
        return new WireField
        {
            Offset = tag.Offset,
            Length = reader.Position - tag.Offset,
            TagBytes = Bytes(tag.Offset, tag.Offset + tag.Length),
            TagExplanation = TagText.Explain(_buffer, tag),
            FieldNumber = tag.FieldNumber,
            WireType = tag.WireType,
            Name = context.Field?.Name,
            TypeName = context.TypeName,
            IsUnknown = context.IsUnknown(tag),
            ValueOffset = tag.Offset + tag.Length,
            ValueBytes = Bytes(tag.Offset + tag.Length, reader.Position),
            Value = typed is null ? "group" : $"group {typed.MessageType.Name}",
            Explanation = $"{context.Note(tag)}group: the fields up to the EGROUP tag of field {tag.FieldNumber} ({children.Count - 1} fields)",
            Children = children,
        };
    }

    private WireField GroupEnd(WireTag tag) => new()
    {
        Kind = WireFieldKind.GroupEnd,
        Offset = tag.Offset,
        Length = tag.Length,
        TagBytes = Bytes(tag.Offset, tag.Offset + tag.Length),
        TagExplanation = TagText.Explain(_buffer, tag),
        FieldNumber = tag.FieldNumber,
        WireType = tag.WireType,
        ValueOffset = tag.Offset + tag.Length,
        Value = "end of group",
        Explanation = $"EGROUP closes the group of field {tag.FieldNumber}",
    };

    private WireField Scalar(WireTag tag, FieldContext context, int valueStart, int valueEnd, DecodedScalar decoded) => new()
    {
        Offset = tag.Offset,
        Length = valueEnd - tag.Offset,
        TagBytes = Bytes(tag.Offset, tag.Offset + tag.Length),
        TagExplanation = TagText.Explain(_buffer, tag),
        FieldNumber = tag.FieldNumber,
        WireType = tag.WireType,
        Name = context.Field?.Name,
        TypeName = context.TypeName,
        IsUnknown = context.IsUnknown(tag),
        ValueOffset = valueStart,
        ValueBytes = Bytes(valueStart, valueEnd),
        Value = decoded.Text,
        DecodedValue = decoded.Value,
        Explanation = context.Note(tag) + decoded.Explanation,
    };

    private ReadOnlySpan<byte> Span(int start, int end) => _buffer.AsSpan(start, end - start);

    private ReadOnlyMemory<byte> Bytes(int start, int end) => _buffer.AsMemory(start, end - start);
}

using System.Globalization;
using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// The one place that builds <see cref="WireField"/>s: every field, group end and packed element gets
/// its offsets, bytes, names and explanation here, so all kinds stay consistent.
/// </summary>
/// <param name="buffer">The whole buffer being decoded.</param>
internal sealed class FieldFactory(byte[] buffer)
{
    /// <summary>A field that starts with a tag: a scalar, a LEN field or a group (or, with <paramref name="kind"/>, a group's end).</summary>
    /// <param name="tag">The field's tag.</param>
    /// <param name="context">What the schema says about the field.</param>
    /// <param name="lengthOffset">Where a LEN field's length prefix starts; null for other wire types.</param>
    /// <param name="valueStart">The offset of the value (for LEN, the body).</param>
    /// <param name="valueEnd">The offset just past the value.</param>
    /// <param name="decoded">What the value decoded to.</param>
    /// <param name="kind">A field, or the end of a group.</param>
    public WireField Tagged(WireTag tag, FieldContext context, int? lengthOffset, int valueStart, int valueEnd, DecodedValue decoded, WireFieldKind kind = WireFieldKind.Field) => new()
    {
        Kind = kind,
        Offset = tag.Offset,
        Length = valueEnd - tag.Offset,
        TagBytes = Bytes(tag.Offset, tag.Offset + tag.Length),
        TagExplanation = TagText.Explain(buffer, tag),
        FieldNumber = tag.FieldNumber,
        WireType = tag.WireType,
        Name = context.Field?.Name,
        TypeName = context.TypeName,
        IsUnknown = context.IsUnknown(tag),
        LengthBytes = lengthOffset is { } start ? Bytes(start, valueStart) : default,
        ValueOffset = valueStart,
        ValueBytes = Bytes(valueStart, valueEnd),
        Value = decoded.Text,
        DecodedValue = decoded.Value,
        Explanation = context.Note(tag) + decoded.Explanation,
        Children = decoded.Children,
    };

    /// <summary>One value inside a packed repeated field: no tag of its own.</summary>
    /// <param name="tag">The packed field's tag.</param>
    /// <param name="field">The packed field's descriptor.</param>
    /// <param name="index">The element's position in the field.</param>
    /// <param name="wireType">The wire type the value would have alone.</param>
    /// <param name="start">The offset of the value.</param>
    /// <param name="end">The offset just past the value.</param>
    /// <param name="decoded">What the value decoded to.</param>
    public WireField PackedElement(WireTag tag, FieldDescriptor field, int index, WireType wireType, int start, int end, DecodedValue decoded) => new()
    {
        Kind = WireFieldKind.PackedElement,
        Offset = start,
        Length = end - start,
        FieldNumber = tag.FieldNumber,
        WireType = wireType,
        Name = $"{field.Name}[{index.ToString(CultureInfo.InvariantCulture)}]",
        TypeName = DeclaredTypes.ScalarName(field),
        ValueOffset = start,
        ValueBytes = Bytes(start, end),
        Value = decoded.Text,
        DecodedValue = decoded.Value,
        Explanation = decoded.Explanation,
    };

    private ReadOnlyMemory<byte> Bytes(int start, int end) => buffer.AsMemory(start, end - start);
}

using System.Globalization;
using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire;

/// <summary>Decodes a packed repeated field: one LEN body holding the values back to back, without tags.</summary>
internal static class PackedDecoder
{
    public static DecodedBody Decode(byte[] buffer, WireTag tag, LenBody body, FieldDescriptor field)
    {
        var reader = new WireReader(buffer, body.Start, body.End);
        var elementWireType = DeclaredTypes.WireTypeOf(field.FieldType);
        var elements = new List<WireField>();
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            var decoded = ReadElement(reader, elementWireType, field, buffer);
            elements.Add(new WireField
            {
                Kind = WireFieldKind.PackedElement,
                Offset = start,
                Length = reader.Position - start,
                FieldNumber = tag.FieldNumber,
                WireType = elementWireType,
                Name = $"{field.Name}[{elements.Count.ToString(CultureInfo.InvariantCulture)}]",
                TypeName = DeclaredTypes.ScalarName(field),
                ValueOffset = start,
                ValueBytes = buffer.AsMemory(start, reader.Position - start),
                Value = decoded.Text,
                DecodedValue = decoded.Value,
                Explanation = decoded.Explanation,
            });
        }

        var text = $"[{string.Join(", ", elements.Select(e => e.Value))}]";
        var explanation = $"packed repeated {DeclaredTypes.ScalarName(field)}: {elements.Count} values in {body.Length} bytes, each {WireTypeNames.Of(elementWireType)} without a tag";
        return new(text, explanation, elements.Select(e => e.DecodedValue).ToArray(), elements);
    }

    private static DecodedScalar ReadElement(WireReader reader, WireType wireType, FieldDescriptor field, byte[] buffer)
    {
        var start = reader.Position;
        switch (wireType)
        {
            case WireType.I32:
                var fixed32 = reader.ReadFixed32();
                return ScalarDecoder.Fixed32(field, fixed32, buffer.AsSpan(start, 4));
            case WireType.I64:
                var fixed64 = reader.ReadFixed64();
                return ScalarDecoder.Fixed64(field, fixed64, buffer.AsSpan(start, 8));
            default:
                var varint = reader.ReadVarint();
                return ScalarDecoder.Varint(field, varint, buffer.AsSpan(start, reader.Position - start));
        }
    }
}

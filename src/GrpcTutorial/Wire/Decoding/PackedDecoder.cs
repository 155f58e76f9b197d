using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>Decodes a packed repeated field: one LEN body holding the values back to back, without tags.</summary>
internal static class PackedDecoder
{
    public static DecodedValue Decode(byte[] buffer, FieldFactory fields, WireTag tag, LenBody body, FieldDescriptor field)
    {
        var reader = new WireReader(buffer, body.Start, body.End);
        var elementWireType = DeclaredTypes.WireTypeOf(field.FieldType);
        var elements = new List<WireField>();
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            var decoded = ScalarDecoder.Read(reader, elementWireType, field, buffer);
            elements.Add(fields.PackedElement(tag, field, elements.Count, elementWireType, start, reader.Position, decoded));
        }

        var text = $"[{string.Join(", ", elements.Select(e => e.Value))}]";
        var explanation = $"packed repeated {DeclaredTypes.ScalarName(field)}: {elements.Count} values in {body.Length} bytes, each {WireTypeNames.Of(elementWireType)} without a tag";
        return new(text, explanation, elements.Select(e => e.DecodedValue).ToArray(), elements);
    }
}

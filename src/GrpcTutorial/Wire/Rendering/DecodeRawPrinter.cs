using System.Globalization;
using System.Text;
using GrpcTutorial.Wire.Decoding;

namespace GrpcTutorial.Wire.Rendering;

/// <summary>
/// Prints bytes exactly as <c>protoc --decode_raw</c> does: varints as unsigned decimals, I32 and I64
/// values as zero-padded hex, LEN fields as nested blocks when their bytes parse completely as a
/// message (protoc tries that first, at most ten levels deep) and as C-escaped strings otherwise.
/// </summary>
internal static class DecodeRawPrinter
{
    /// <summary>How many LEN levels protoc is willing to print as nested messages.</summary>
    private const int LenNestingBudget = 10;

    public static string Print(byte[] buffer)
    {
        var fields = RawParser.Parse(buffer, 0, buffer.Length, WireInspector.MaxDepth, ParseRules.ProtocTopLevel);
        var text = new StringBuilder();
        PrintFields(buffer, fields, LenNestingBudget, 0, text);
        return text.ToString();
    }

    private static void PrintFields(byte[] buffer, IReadOnlyList<RawField> fields, int budget, int indent, StringBuilder text)
    {
        foreach (var field in fields)
        {
            text.Append(' ', indent * 2).Append(field.Tag.FieldNumber.ToString(CultureInfo.InvariantCulture));
            switch (field.Tag.WireType)
            {
                case WireType.Varint:
                    text.Append(": ").Append(field.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case WireType.I32:
                    text.Append(": 0x").Append(field.Number.ToString("x8", CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case WireType.I64:
                    text.Append(": 0x").Append(field.Number.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case WireType.SGroup:
                    PrintBlock(buffer, field.GroupFields, budget, indent, text);
                    break;
                default:
                    PrintLen(buffer, field, budget, indent, text);
                    break;
            }
        }
    }

    private static void PrintLen(byte[] buffer, RawField field, int budget, int indent, StringBuilder text)
    {
        var end = field.BodyOffset + field.BodyLength;
        if (field.BodyLength > 0 && budget > 0 && RawParser.TryParse(buffer, field.BodyOffset, end, budget, ParseRules.ProtocNested, out var inner))
        {
            PrintBlock(buffer, inner, budget - 1, indent, text);
            return;
        }

        text.Append(": \"")
            .Append(TextEscaping.CEscape(buffer.AsSpan(field.BodyOffset, field.BodyLength)))
            .Append("\"\n");
    }

    private static void PrintBlock(byte[] buffer, IReadOnlyList<RawField> fields, int budget, int indent, StringBuilder text)
    {
        text.Append(" {\n");
        PrintFields(buffer, fields, budget, indent + 1, text);
        text.Append(' ', indent * 2).Append("}\n");
    }
}

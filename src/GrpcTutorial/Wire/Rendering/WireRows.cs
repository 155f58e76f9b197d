using System.Globalization;

namespace GrpcTutorial.Wire.Rendering;

/// <summary>Flattens a field tree into table rows: for each field a tag row, a length row for LEN, then the value or the children.</summary>
internal static class WireRows
{
    public static List<WireRow> Flatten(IReadOnlyList<WireField> fields)
    {
        var rows = new List<WireRow>();
        foreach (var field in fields)
        {
            Add(field, 0, rows);
        }

        return rows;
    }

    private static void Add(WireField field, int depth, List<WireRow> rows)
    {
        if (field.Kind == WireFieldKind.PackedElement)
        {
            rows.Add(new("element", field.Offset, field.ValueBytes, depth, field.Name ?? "", field.TypeName ?? "", "", field.Value, field.Explanation));
            return;
        }

        var label = field.Name is null ? Number(field.FieldNumber) : $"{Number(field.FieldNumber)} {field.Name}";
        if (field.Kind == WireFieldKind.GroupEnd)
        {
            rows.Add(new("end", field.Offset, field.TagBytes, depth, label, "", field.WireTypeName, field.Value, $"{field.TagExplanation}; {field.Explanation}"));
            return;
        }

        var valueOnHeader = field.Children.Count > 0 || field.ValueBytes.IsEmpty;
        if (field.WireType == WireType.Len)
        {
            rows.Add(new("tag", field.Offset, field.TagBytes, depth, label, field.TypeName ?? "", field.WireTypeName, "tag", field.TagExplanation));
            var lengthRow = LengthRow(field, depth);
            rows.Add(valueOnHeader ? lengthRow with { Value = field.Value, Explanation = $"{lengthRow.Explanation}; {field.Explanation}" } : lengthRow);
        }
        else if (valueOnHeader)
        {
            rows.Add(new("tag", field.Offset, field.TagBytes, depth, label, field.TypeName ?? "", field.WireTypeName, field.Value, $"{field.TagExplanation}; {field.Explanation}"));
        }
        else
        {
            rows.Add(new("tag", field.Offset, field.TagBytes, depth, label, field.TypeName ?? "", field.WireTypeName, "tag", field.TagExplanation));
        }

        if (!valueOnHeader)
        {
            rows.Add(new("value", field.ValueOffset, field.ValueBytes, depth, "", "", "", field.Value, field.Explanation));
        }

        foreach (var child in field.Children)
        {
            Add(child, depth + 1, rows);
        }
    }

    private static WireRow LengthRow(WireField field, int depth)
    {
        var length = field.ValueBytes.Length;
        var steps = field.LengthBytes.Length > 1 ? $"{Varint.Explain(field.LengthBytes.Span)}: " : "";
        var explanation = $"{steps}{(length == 1 ? "1 byte follows" : $"{Number(length)} bytes follow")}";
        return new("length", field.ValueOffset - field.LengthBytes.Length, field.LengthBytes, depth, "", "", "", $"length {Number(length)}", explanation);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

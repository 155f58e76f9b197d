using GrpcTutorial.Presentation;

namespace Performance.Core.Quick;

/// <summary>The outcome of <see cref="QuickComparison.Run"/>: one row per message shape, shown as a table.</summary>
/// <param name="Rows">One row per shape.</param>
/// <param name="Iterations">Timed iterations per operation.</param>
/// <example>
/// <code>
/// var result = QuickComparison.Run(iterations: 2_000);
/// display(result);   // an HTML table in a notebook; result.ToString() is the same table as text
/// </code>
/// </example>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record QuickComparisonResult(IReadOnlyList<QuickComparisonRow> Rows, int Iterations) : IHtmlRenderable
{
    /// <summary>The rows as a table: sizes, time per operation in µs, and JSON time ÷ protobuf time.</summary>
    /// <returns>A new table.</returns>
    public HtmlTable ToTable()
    {
        var table = new HtmlTable(
            "Shape", "Protobuf bytes", "JSON bytes", "Protobuf serialize (µs)", "JSON serialize (µs)",
            "Protobuf parse (µs)", "JSON parse (µs)", "Serialize: JSON ÷ protobuf", "Parse: JSON ÷ protobuf");
        foreach (var row in Rows)
        {
            table.AddRow(
                row.Shape,
                row.ProtobufSize,
                row.JsonSize,
                Micros(row.ProtobufSerialize),
                Micros(row.JsonSerialize),
                Micros(row.ProtobufParse),
                Micros(row.JsonParse),
                Math.Round(row.SerializeSpeedup, 2),
                Math.Round(row.ParseSpeedup, 2));
        }

        table.Caption = $"Quick in-process comparison, {Iterations:N0} timed iterations per operation";
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml() => ToTable().ToHtml();

    /// <inheritdoc/>
    public override string ToString() => ToTable().ToString();

    private static double Micros(OperationCost cost) => Math.Round(cost.NanosecondsPerOperation / 1000, 3);
}

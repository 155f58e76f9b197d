using GrpcTutorial.Presentation;

namespace Performance.Core.Results;

/// <summary>The suite's results as <see cref="HtmlTable"/>s, for the console and for lesson 13.</summary>
/// <example>
/// <code>
/// display(ResultTables.Sizes(ShapeSamples.Sizes()));
/// </code>
/// </example>
public static class ResultTables
{
    /// <summary>Encoded sizes per shape, as sent and gzipped, with protobuf as a percentage of JSON.</summary>
    /// <param name="sizes">The sizes.</param>
    /// <returns>A new table.</returns>
    public static HtmlTable Sizes(IEnumerable<ShapeSize> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var table = new HtmlTable("Shape", "Protobuf", "JSON", "Protobuf as % of JSON", "Protobuf gzipped", "JSON gzipped", "Gzipped: protobuf as % of JSON");
        foreach (var size in sizes)
        {
            table.AddRow(
                size.Shape,
                size.ProtobufBytes,
                size.JsonBytes,
                Math.Round(size.ProtobufPercentOfJson, 1),
                size.ProtobufGzipBytes,
                size.JsonGzipBytes,
                Math.Round(size.GzipProtobufPercentOfJson, 1));
        }

        table.Caption = "Sizes in bytes";
        return table;
    }

    /// <summary>The popular claims next to the measurements.</summary>
    /// <param name="claims">Verdicts from <see cref="Verdicts.Claims"/>.</param>
    /// <returns>A new table.</returns>
    public static HtmlTable Claims(IEnumerable<ClaimVerdict> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var table = new HtmlTable("Claim", "Measured", "Verdict");
        foreach (var claim in claims)
        {
            table.AddRow(claim.Claim, claim.Measured, claim.Verdict);
        }

        return table;
    }

    /// <summary>The suite's targets for its own server.</summary>
    /// <param name="targets">Verdicts from <see cref="Verdicts.Targets"/>.</param>
    /// <returns>A new table.</returns>
    public static HtmlTable Targets(IEnumerable<TargetVerdict> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var table = new HtmlTable("Target", "Met", "Measured");
        foreach (var target in targets)
        {
            table.AddRow(target.Name, target.Met ? "yes" : "no", target.Detail);
        }

        return table;
    }
}

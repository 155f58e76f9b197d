using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// How long a lesson takes. A notebook declares it in its metadata,
/// <c>"course": { "duration_minutes": 45 }</c>; without that, the time is estimated from the notebook
/// (reading at <see cref="WordsPerMinute"/> words a minute plus <see cref="MinutesPerCodeCell"/> per code
/// cell to read, run and look at), rounded up to five minutes, and marked as an estimate.
/// </summary>
internal static partial class LessonDuration
{
    /// <summary>The metadata object that holds course settings.</summary>
    public const string MetadataKey = "course";

    /// <summary>The property of <see cref="MetadataKey"/> with the duration in whole minutes.</summary>
    public const string MinutesKey = "duration_minutes";

    /// <summary>Reading speed used for the estimate.</summary>
    public const int WordsPerMinute = 180;

    /// <summary>Time per code cell used for the estimate.</summary>
    public const double MinutesPerCodeCell = 1.5;

    /// <summary>The declared duration, else the estimate.</summary>
    /// <exception cref="ExportException">The metadata holds something that is not a positive whole number.</exception>
    public static (int Minutes, bool Estimated) Of(Notebook notebook)
    {
        var declared = (notebook.Root["metadata"] as JsonObject)?[MetadataKey]?[MinutesKey];
        if (declared is not null)
        {
            if (declared is JsonValue value && value.TryGetValue<int>(out var minutes) && minutes > 0)
            {
                return (minutes, false);
            }

            throw new ExportException($"metadata.{MetadataKey}.{MinutesKey} must be a positive whole number of minutes (found: {declared.ToJsonString()}).");
        }

        var words = notebook.Cells.Where(c => c.CellType == "markdown").Sum(c => WordPattern().Count(c.Source));
        var codeCells = notebook.Cells.Count(c => c.IsCode);
        var estimate = (words / (double)WordsPerMinute) + (codeCells * MinutesPerCodeCell);
        return (Math.Max(5, (int)Math.Ceiling(estimate / 5) * 5), true);
    }

    /// <summary>"45 min" or "about 45 min" for an estimate.</summary>
    public static string Describe(int minutes, bool estimated) => estimated ? $"about {minutes} min" : $"{minutes} min";

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}

using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookRunner.Execution;

/// <summary>
/// Formats displayed values and trailing-expression values with the kernel's own formatter
/// (Microsoft.DotNet.Interactive.Formatting): HTML plus plain text by default, plain text only for
/// strings, or exactly the MIME types asked for in <c>display(value, mimeTypes)</c>.
/// </summary>
internal static class ValueFormatter
{
    /// <summary>The HTML MIME type.</summary>
    public const string Html = "text/html";

    /// <summary>The plain-text MIME type.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Formats <paramref name="value"/> for the given MIME types, or for the preferred ones if none.</summary>
    public static IReadOnlyList<FormattedValue> Format(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var types = mimeTypes is { Count: > 0 } ? mimeTypes : PreferredMimeTypes(value);
        return [.. types.Distinct().Select(mimeType => new FormattedValue(mimeType, value.ToDisplayString(mimeType)))];
    }

    /// <summary>Resets the formatter's global state (registrations made by a previous notebook).</summary>
    public static void Reset() => Formatter.ResetToDefault();

    private static List<string> PreferredMimeTypes(object? value)
    {
        var preferred = Formatter.GetPreferredMimeTypesFor(value?.GetType()).ToList();
        if (preferred.Contains(Html) && !preferred.Contains(PlainText))
        {
            preferred.Add(PlainText);
        }

        return preferred;
    }
}

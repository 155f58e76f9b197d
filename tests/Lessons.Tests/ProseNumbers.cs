using System.Text.RegularExpressions;

namespace Lessons.Tests;

/// <summary>
/// The rule for numbers in prose: a markdown cell may not state a measured quantity (a time or a rate
/// qualified as measured or approximate, such as "about 100 ms" or "took 45 ms"; a decimal ratio such as
/// "1.2 times" or "0.88x"; a request rate) unless the same number appears in the output of a
/// deterministic code cell of the same notebook. Numbers that vary from run to run belong in a sentence
/// that a cell prints from the measured values. Quoted claims ("5-10x faster"), inline code and code
/// blocks are not prose and are skipped.
/// </summary>
internal static partial class ProseNumbers
{
    /// <summary>One message per measured quantity in the prose that no deterministic output backs.</summary>
    public static IEnumerable<string> Unbacked(string notebookName, IReadOnlyList<NotebookCell> cells)
    {
        var backing = string.Join("\n", cells.Where(cell => cell.Kind == "code" && cell.IsDeterministic).Select(cell => cell.OutputText));
        foreach (var cell in cells.Where(cell => cell.Kind == "markdown"))
        {
            var prose = Prose(cell.Source);
            foreach (var match in MeasuredQuantities(prose).DistinctBy(match => match.Groups["n"].Index))
            {
                var number = match.Groups["n"].Value;
                var backed = Regex.IsMatch(backing, $@"(?<![\d.,]){Regex.Escape(number)}(?![\d]|[.,]\d)");
                if (!backed)
                {
                    yield return $"{notebookName}, cell '{cell.Id}': \"{match.Value.Trim()}\" is a measured quantity that no deterministic output shows; "
                        + "print the sentence from the measured values, or word it so that it holds for any run";
                }
            }
        }
    }

    /// <summary>The measured-looking quantities in <paramref name="prose"/>.</summary>
    public static IEnumerable<Match> MeasuredQuantities(string prose) =>
        QualifiedQuantity().Matches(prose).Concat(DecimalRatio().Matches(prose)).Concat(RequestRate().Matches(prose));

    /// <summary>The text of a markdown cell without code blocks, inline code and quoted text.</summary>
    public static string Prose(string markdown)
    {
        var text = FencedCode().Replace(markdown, " ");
        text = InlineCode().Replace(text, " ");
        return Quoted().Replace(text, " ");
    }

    [GeneratedRegex(@"^```[\s\S]*?^```", RegexOptions.Multiline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("\"[^\"\\n]*\"|“[^”\\n]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(
        @"(?:\b(?:about|around|roughly|approximately|nearly|almost|took|measured(?:\s+at)?)\s+|~\s*)(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:ms|µs|us|ns|s|sec|seconds?|milliseconds?|microseconds?|req/s|requests per second|[KMG]B/s|%)(?![\w/])",
        RegexOptions.IgnoreCase)]
    private static partial Regex QualifiedQuantity();

    [GeneratedRegex(@"(?<n>\b\d+\.\d+)\s*(?:(?:to|-|–)\s*\d+(?:\.\d+)?\s*)?(?:times\b|x\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DecimalRatio();

    [GeneratedRegex(@"(?<n>\b\d[\d,]*(?:\.\d+)?)\s*(?:req/s|requests per second)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestRate();
}

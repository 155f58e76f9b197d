using System.Text;
using System.Text.RegularExpressions;

namespace NotebookRunner.Execution;

/// <summary>
/// Finds the kernel's directives in a cell. Supported: <c>#r "nuget: Name[, Version]"</c>,
/// <c>#i "nuget: source"</c>, and (passed to Roslyn) <c>#r "path-or-name"</c> and <c>#load "file.csx"</c>.
/// A <c>#!csharp</c> line naming this kernel is accepted. Every other magic command (<c>#!time</c>,
/// <c>#!fsharp</c>, <c>#!set</c>...) is rejected: the runner is stricter than the kernel rather than
/// silently different.
/// </summary>
internal static partial class SubmissionParser
{
    private static readonly string[] s_csharpKernelNames = ["#!csharp", "#!c#", "#!C#"];

    /// <summary>Parses <paramref name="source"/>, the code of one cell.</summary>
    /// <exception cref="UnsupportedDirectiveException">The cell uses an unsupported directive.</exception>
    public static Submission Parse(string source)
    {
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        var code = new StringBuilder();
        var lines = source.Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var number = i + 1;
            var keep = true;

            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                var word = trimmed.Split(' ', 2)[0];
                if (!s_csharpKernelNames.Contains(word) || trimmed != word)
                {
                    throw new UnsupportedDirectiveException(
                        word, number, $"the magic command {word} is not supported by nbrun (only #r, #i and #load are).");
                }

                keep = false;
            }
            else if (IsDirective(trimmed, "#r"))
            {
                var argument = QuotedArgument(trimmed, "#r", number);
                if (argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                {
                    packages.Add(ParsePackage(argument["nuget:".Length..], trimmed, number));
                    keep = false;
                }
            }
            else if (IsDirective(trimmed, "#i"))
            {
                var argument = QuotedArgument(trimmed, "#i", number);
                if (!argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UnsupportedDirectiveException(
                        "#i", number, $"{trimmed} is not supported: #i only takes \"nuget: <package source>\".");
                }

                sources.Add(argument["nuget:".Length..].Trim());
                keep = false;
            }

            code.Append(keep ? line : string.Empty);
            if (i < lines.Length - 1)
            {
                code.Append('\n');
            }
        }

        return new Submission(code.ToString(), packages, sources);
    }

    private static bool IsDirective(string trimmed, string name) =>
        trimmed.StartsWith(name, StringComparison.Ordinal)
        && trimmed.Length > name.Length
        && (trimmed[name.Length] == ' ' || trimmed[name.Length] == '\t' || trimmed[name.Length] == '"');

    private static string QuotedArgument(string trimmed, string name, int line)
    {
        var match = QuotedArgumentPattern().Match(trimmed[name.Length..]);
        if (!match.Success)
        {
            throw new UnsupportedDirectiveException(
                name, line, $"{trimmed} is not a valid {name} directive: expected {name} \"...\".");
        }

        return match.Groups["value"].Value.Trim();
    }

    private static PackageRequest ParsePackage(string text, string directive, int line)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !PackageIdPattern().IsMatch(parts[0])
            || (parts.Length == 2 && !PackageVersionPattern().IsMatch(parts[1])))
        {
            throw new UnsupportedDirectiveException(
                "#r", line, $"{directive} is not a valid package reference: expected #r \"nuget: Name, Version\".");
        }

        return new PackageRequest(parts[0], parts.Length == 2 ? parts[1] : null);
    }

    [GeneratedRegex("""^\s*"(?<value>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex QuotedArgumentPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")]
    private static partial Regex PackageIdPattern();

    [GeneratedRegex(@"^[0-9A-Za-z.\-+*]+$")]
    private static partial Regex PackageVersionPattern();
}

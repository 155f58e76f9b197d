using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookRunner.Notebooks;

/// <summary>
/// The record that <c>nbrun run</c> leaves in a notebook's metadata (<c>metadata.nbrun.inputs_sha256</c>):
/// a hash of what the outputs were computed from: the code cells' sources and kernels, and the bytes of every
/// file the cells load by path (<c>#r "lib/X.dll"</c>, <c>#load "x.csx"</c>, resolved against the notebook's
/// folder). The repository builds its libraries deterministically with the repository root mapped to a fixed
/// path, so a library's bytes change exactly when its code or dependencies do, on any machine.
/// <c>run --stale-only</c> skips notebooks whose hash still matches.
/// </summary>
internal static partial class RunStamp
{
    private const string MetadataKey = "nbrun";
    private const string HashKey = "inputs_sha256";

    /// <summary>The hash of the notebook's inputs.</summary>
    public static string ComputeHash(Notebook notebook)
    {
        var text = new StringBuilder();
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            text.Append(cell.KernelName ?? notebook.DefaultKernelName).Append('\u0000').Append(cell.Source).Append('\u0001');
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        foreach (var file in LoadedFiles(notebook))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0002{file.Reference}\u0000"));
            if (File.Exists(file.Path))
            {
                hash.AppendData(File.ReadAllBytes(file.Path));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The files the notebook's code cells load by path, in order of appearance.</summary>
    public static IReadOnlyList<(string Reference, string Path)> LoadedFiles(Notebook notebook) =>
        [.. notebook.Cells.Where(c => c.IsCode)
            .SelectMany(c => LoadDirective().Matches(c.Source))
            .Select(m => m.Groups["path"].Value)
            .Where(r => !r.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)
                && (r.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || r.EndsWith(".csx", StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .Select(r => (r, System.IO.Path.GetFullPath(r, notebook.Directory)))];

    /// <summary>Whether the notebook's outputs were computed from its current inputs.</summary>
    public static bool IsCurrent(Notebook notebook) =>
        Metadata(notebook)?[MetadataKey] is JsonObject stamp
        && stamp[HashKey]?.GetValue<string>() == ComputeHash(notebook)
        && notebook.Cells.Where(c => c.IsCode).All(c => c.ExecutionCount is not null);

    /// <summary>
    /// Records the hash of the notebook's inputs in its metadata after a successful run, and removes it
    /// after a failed one (so that <c>--stale-only</c> runs the notebook again).
    /// </summary>
    public static void Write(Notebook notebook, bool succeeded)
    {
        if (!succeeded)
        {
            (Metadata(notebook)?[MetadataKey] as JsonObject)?.Remove(HashKey);
            return;
        }

        if (Metadata(notebook) is not { } metadata)
        {
            metadata = [];
            notebook.Root["metadata"] = metadata;
        }

        if (metadata[MetadataKey] is not JsonObject stamp)
        {
            stamp = [];
            metadata[MetadataKey] = stamp;
        }

        stamp[HashKey] = ComputeHash(notebook);
    }

    private static JsonObject? Metadata(Notebook notebook) => notebook.Root["metadata"] as JsonObject;

    [GeneratedRegex("""^\s*#(?:r|load)\s+"(?<path>[^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex LoadDirective();
}

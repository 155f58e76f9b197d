using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// The record that <c>nbrun run</c> leaves in a notebook's metadata (<c>metadata.nbrun.inputs_sha256</c>):
/// a hash of what the outputs were computed from, the code cells' sources and kernels. <c>run --stale-only</c>
/// skips notebooks whose hash still matches. Changes to libraries a notebook loads are not seen: <c>check</c>
/// catches those.
/// </summary>
internal static class RunStamp
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

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

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
}

using System.Text.Json;
using Performance.Core.Results;

namespace Performance.LoadClient.Report;

/// <summary>Writes <c>results.json</c> and <c>results.md</c>.</summary>
public static class ResultsWriter
{
    /// <summary>Writes both files into <paramref name="directory"/>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="directory">The output directory (created if missing).</param>
    /// <returns>The paths of the JSON and the Markdown file.</returns>
    public static (string Json, string Markdown) Write(SuiteResults results, DirectoryInfo directory)
    {
        directory.Create();
        var json = Path.Combine(directory.FullName, "results.json");
        var markdown = Path.Combine(directory.FullName, "results.md");
        File.WriteAllText(json, ToJson(results) + "\n");
        File.WriteAllText(markdown, MarkdownReport.Format(results));
        return (json, markdown);
    }

    /// <summary>Serializes results as indented camelCase JSON.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(SuiteResults results) => JsonSerializer.Serialize(results, ResultsJsonContext.Default.SuiteResults);

    /// <summary>Reads a results.json file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>Its contents.</returns>
    public static SuiteResults Read(FileInfo file) =>
        JsonSerializer.Deserialize(File.ReadAllText(file.FullName), ResultsJsonContext.Default.SuiteResults)
        ?? throw new InvalidDataException($"{file.FullName} holds no results.");

    /// <summary>Reads a serialization benchmark output file.</summary>
    /// <param name="file">The file, or <see langword="null"/>.</param>
    /// <returns>Its contents, or <see langword="null"/> if there is no file.</returns>
    public static SerializationResults? ReadSerialization(FileInfo? file) =>
        file is { Exists: true }
            ? JsonSerializer.Deserialize(File.ReadAllText(file.FullName), ResultsJsonContext.Default.SerializationResults)
            : null;
}

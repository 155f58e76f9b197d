using NJsonSchema;

namespace NotebookRunner.Verification;

/// <summary>Validates notebook JSON against the nbformat 4.5 JSON schema (from the Jupyter project).</summary>
internal sealed class SchemaValidator
{
    /// <summary>The schema's file name.</summary>
    public const string SchemaFileName = "nbformat.v4.5.schema.json";

    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema)
    {
        _schema = schema;
    }

    /// <summary>Loads the schema file.</summary>
    public static async Task<SchemaValidator> LoadAsync(string schemaPath) =>
        new(await JsonSchema.FromFileAsync(schemaPath));

    /// <summary>
    /// Finds the schema: <c>shared/nbformat/</c> in <paramref name="start"/> or one of its parents
    /// (the repository sits beside <c>shared/</c>), or null.
    /// </summary>
    public static string? Locate(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "nbformat", SchemaFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Returns one line per schema violation; empty when the notebook is valid.</summary>
    public IReadOnlyList<string> Validate(string json) =>
        [.. _schema.Validate(json).Select(e => $"nbformat 4.5 schema: {e.Kind} at {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}")];
}

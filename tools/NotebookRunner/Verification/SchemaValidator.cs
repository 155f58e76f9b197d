using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

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

    /// <summary>Loads a schema file (for <c>check --schema</c>).</summary>
    public static async Task<SchemaValidator> LoadAsync(string schemaPath) =>
        await CreateAsync(await File.ReadAllTextAsync(schemaPath), schemaPath);

    /// <summary>Loads the nbformat 4.5 schema built into the runner.</summary>
    public static async Task<SchemaValidator> LoadBuiltInAsync()
    {
        await using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream(SchemaFileName)
            ?? throw new InvalidOperationException($"The runner was built without its {SchemaFileName} resource.");
        using var reader = new StreamReader(stream);
        return await CreateAsync(await reader.ReadToEndAsync(), SchemaFileName);
    }

    private static async Task<SchemaValidator> CreateAsync(string json, string documentPath)
    {
        var schema = JsonNode.Parse(json)!.AsObject();
        FlattenNestedDefinitions(schema);
        return new SchemaValidator(await JsonSchema.FromJsonAsync(schema.ToJsonString(), documentPath));
    }

    // nbformat's schema refers to definitions nested in a group ("#/definitions/misc/source"), which
    // NJsonSchema does not resolve; copy each such definition to the top level and point the $ref there.
    private static void FlattenNestedDefinitions(JsonObject schema)
    {
        const string prefix = "#/definitions/";
        var definitions = schema["definitions"]!.AsObject();
        foreach (var reference in Descendants(schema).OfType<JsonObject>().Where(o => o["$ref"] is JsonValue).ToList())
        {
            var path = reference["$ref"]!.GetValue<string>();
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path[prefix.Length..].Contains('/'))
            {
                continue;
            }

            var segments = path[prefix.Length..].Split('/');
            var flatName = string.Join("__", segments);
            if (!definitions.ContainsKey(flatName))
            {
                JsonNode target = definitions;
                foreach (var segment in segments)
                {
                    target = target[segment]!;
                }

                definitions[flatName] = target.DeepClone();
            }

            reference["$ref"] = prefix + flatName;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Returns one line per schema violation (the innermost reasons); empty when the notebook is valid.</summary>
    public IReadOnlyList<string> Validate(string json) =>
        [.. _schema.Validate(json).SelectMany(Leaves).Select(Describe).Distinct().Take(10)];

    private static IEnumerable<ValidationError> Leaves(ValidationError error) =>
        error is ChildSchemaValidationError { Errors.Count: > 0 } parent
            ? parent.Errors.SelectMany(e => e.Value).SelectMany(Leaves)
            : [error];

    private static string Describe(ValidationError error)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        var property = string.IsNullOrEmpty(error.Property) ? string.Empty : $" '{error.Property}'";
        return $"nbformat 4.5 schema: {error.Kind}{property} at {path}";
    }
}

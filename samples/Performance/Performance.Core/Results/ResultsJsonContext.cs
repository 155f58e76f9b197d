using System.Text.Json.Serialization;

namespace Performance.Core.Results;

/// <summary>Source-generated JSON metadata for the results files (camelCase, indented).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true)]
[JsonSerializable(typeof(SerializationResults))]
[JsonSerializable(typeof(SuiteResults))]
public sealed partial class ResultsJsonContext : JsonSerializerContext;

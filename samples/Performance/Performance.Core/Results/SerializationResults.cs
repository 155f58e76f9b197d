namespace Performance.Core.Results;

/// <summary>What the serialization benchmark produced.</summary>
/// <param name="Job">How BenchmarkDotNet ran (warm-up and iteration counts, toolchain).</param>
/// <param name="Sizes">Encoded sizes per shape.</param>
/// <param name="Measurements">Time and allocations per shape, format and operation.</param>
public sealed record SerializationResults(
    string Job,
    IReadOnlyList<ShapeSize> Sizes,
    IReadOnlyList<SerializationMeasurement> Measurements);

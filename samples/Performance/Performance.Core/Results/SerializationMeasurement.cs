namespace Performance.Core.Results;

/// <summary>One BenchmarkDotNet result: a format, an operation and a shape.</summary>
/// <param name="Shape">The shape's name.</param>
/// <param name="Format"><c>protobuf</c> or <c>json</c>.</param>
/// <param name="Operation"><c>serialize</c> or <c>parse</c>.</param>
/// <param name="MeanNanoseconds">Mean time per operation.</param>
/// <param name="StdDevNanoseconds">Standard deviation of the iterations.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per operation, if measured.</param>
public sealed record SerializationMeasurement(
    string Shape,
    string Format,
    string Operation,
    double MeanNanoseconds,
    double StdDevNanoseconds,
    long? AllocatedBytes);

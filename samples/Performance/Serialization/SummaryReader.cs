using BenchmarkDotNet.Reports;
using Performance.Core.Results;
using Performance.Core.Shapes;

namespace Performance.Serialization;

/// <summary>Turns a BenchmarkDotNet summary into the sample's own result records.</summary>
internal static class SummaryReader
{
    /// <summary>Reads every successful report of <paramref name="summary"/>.</summary>
    /// <param name="summary">The finished run.</param>
    /// <returns>Sizes of every shape and one measurement per report.</returns>
    public static SerializationResults Read(Summary summary)
    {
        var sizes = ShapeSamples.Sizes();

        var measurements = new List<SerializationMeasurement>();
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var shape = (ShapeKind)report.BenchmarkCase.Parameters[nameof(SerializationBenchmarks.Shape)];
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var format = method.StartsWith("Protobuf", StringComparison.Ordinal) ? "protobuf" : "json";
            var operation = method.EndsWith("Serialize", StringComparison.Ordinal) ? "serialize" : "parse";
            measurements.Add(new SerializationMeasurement(
                shape.ToString(),
                format,
                operation,
                statistics.Mean,
                statistics.StandardDeviation,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
        }

        return new SerializationResults(BenchmarkConfig.Description, sizes, measurements);
    }
}

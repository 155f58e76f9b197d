using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Performance.Serialization;

/// <summary>The BenchmarkDotNet configuration: short and in process, so the whole suite fits in ten minutes.</summary>
internal static class BenchmarkConfig
{
    /// <summary>Human-readable description of the job, copied into the results file.</summary>
    public const string Description =
        "BenchmarkDotNet, 3 warm-up + 5 measured iterations of about 200 ms each, in-process emit toolchain, Release, workstation GC. " +
        "Serialize = write into one reused buffer (ArrayBufferWriter; a reused Utf8JsonWriter for JSON), so no output array is allocated; " +
        "parse = a byte array into new objects";

    /// <summary>Creates the configuration.</summary>
    /// <returns>A config with one short in-process job and the memory diagnoser's columns.</returns>
    public static IConfig Create() =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(200))
                .WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(StatisticColumn.Median)
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
}

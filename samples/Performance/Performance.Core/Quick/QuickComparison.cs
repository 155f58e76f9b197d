using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Performance.Core.Shapes;

namespace Performance.Core.Quick;

/// <summary>
/// A short, in-process protobuf vs System.Text.Json comparison (sizes, serialize and parse time,
/// allocations) for every benchmark shape, quick enough to run live in a notebook. It times with a
/// <see cref="Stopwatch"/> after a warm-up, so its numbers are rougher than the BenchmarkDotNet run
/// of the full suite, but they point the same way. Like the suite's benchmark, serializing writes
/// into one reused buffer, so the codec is measured and not the allocation of an output array.
/// </summary>
/// <example>
/// <code>
/// QuickComparisonResult result = QuickComparison.Run(iterations: 2_000);
/// Console.WriteLine(result);
/// </code>
/// </example>
public static class QuickComparison
{
    /// <summary>How many rounds the timed calls are split into; the fastest round is reported.</summary>
    public const int Rounds = 5;

    private static readonly TimeSpan s_warmUpTime = TimeSpan.FromMilliseconds(150);

    /// <summary>Runs the comparison on a thread-pool thread.</summary>
    /// <param name="iterations">Timed iterations per operation and shape (after a warm-up of at least 150 ms).</param>
    /// <param name="cancellationToken">Stops between measurements.</param>
    /// <returns>One row per shape.</returns>
    public static Task<QuickComparisonResult> RunAsync(int iterations = 1_000, CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(iterations, cancellationToken), cancellationToken);

    /// <summary>Runs the comparison on the calling thread.</summary>
    /// <param name="iterations">Timed iterations per operation and shape (after a warm-up of at least 150 ms).</param>
    /// <param name="cancellationToken">Stops between measurements.</param>
    /// <returns>One row per shape.</returns>
    public static QuickComparisonResult Run(int iterations = 1_000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        // Serializing writes into one reused buffer, as in the full benchmark: the codec is measured,
        // not the allocation of an output array.
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        using var jsonWriter = new Utf8JsonWriter(buffer);
        var rows = new List<QuickComparisonRow>();
        foreach (var sample in ShapeSamples.CreateAll())
        {
            rows.Add(new QuickComparisonRow(
                sample.Kind,
                sample.ProtobufBytes.Length,
                sample.JsonBytes.Length,
                Measure(
                    () =>
                    {
                        buffer.ResetWrittenCount();
                        sample.WriteProtobuf(buffer);
                        return buffer.WrittenCount;
                    },
                    iterations,
                    cancellationToken),
                Measure(
                    () =>
                    {
                        buffer.ResetWrittenCount();
                        jsonWriter.Reset(buffer);
                        sample.WriteJson(jsonWriter);
                        return buffer.WrittenCount;
                    },
                    iterations,
                    cancellationToken),
                Measure(() => sample.ParseProtobuf(), iterations, cancellationToken),
                Measure(() => sample.ParseJson(), iterations, cancellationToken)));
        }

        return new QuickComparisonResult(rows, iterations);
    }

    /// <summary>
    /// Times one operation the way the comparison does: a warm-up of at least 150 ms, then
    /// <paramref name="iterations"/> calls in <see cref="Rounds"/> timed rounds, with the bytes they allocate.
    /// </summary>
    /// <typeparam name="T">What the operation returns (kept alive so the work is not optimized away).</typeparam>
    /// <param name="operation">The operation.</param>
    /// <param name="iterations">Timed calls.</param>
    /// <param name="cancellationToken">Checked before the warm-up.</param>
    /// <returns>The time per call in the fastest round, and the mean allocation per call.</returns>
    public static OperationCost Measure<T>(Func<T> operation, int iterations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        cancellationToken.ThrowIfCancellationRequested();
        // Warm up long enough for the JIT to promote the hot methods to optimized code (tiered
        // compilation waits about 100 ms before it does), otherwise the first shapes look slow.
        T? sink = default;
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < Math.Max(10, iterations / 10) || warmUp.Elapsed < s_warmUpTime; i++)
        {
            sink = operation();
        }

        // Time the calls in a few rounds and keep the fastest: other work on the machine can only make
        // a round slower, so the fastest round is the closest to the operation's own cost.
        var rounds = Math.Min(Rounds, iterations);
        var perRound = iterations / rounds;
        var best = double.MaxValue;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++)
            {
                sink = operation();
            }

            best = Math.Min(best, stopwatch.Elapsed.TotalNanoseconds / perRound);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return new OperationCost(best, (double)allocated / (rounds * perRound));
    }
}

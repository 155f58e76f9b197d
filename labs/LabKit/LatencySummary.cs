namespace GrpcTutorial.Labs;

/// <summary>What a latency measurement reports: how many calls were timed, the median and the tail.</summary>
/// <param name="Count">How many timed samples (warm-up calls excluded).</param>
/// <param name="Median">The 50th percentile of the samples, nearest rank.</param>
/// <param name="P99">The 99th percentile of the samples, nearest rank.</param>
public sealed record LatencySummary(int Count, TimeSpan Median, TimeSpan P99)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count} samples, median {Median.TotalMicroseconds:0.#} µs, p99 {P99.TotalMicroseconds:0.#} µs");
}

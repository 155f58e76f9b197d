namespace Performance.Core.Results;

/// <summary>Request latency percentiles, in milliseconds, computed from h2load's per-request log.</summary>
/// <param name="Samples">Requests in the log.</param>
/// <param name="MeanMs">Mean.</param>
/// <param name="P50Ms">Median.</param>
/// <param name="P90Ms">90th percentile.</param>
/// <param name="P99Ms">99th percentile.</param>
/// <param name="MaxMs">Slowest request.</param>
public sealed record LatencyPercentiles(long Samples, double MeanMs, double P50Ms, double P90Ms, double P99Ms, double MaxMs);

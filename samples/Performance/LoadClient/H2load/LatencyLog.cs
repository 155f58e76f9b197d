using System.Globalization;
using Performance.Core.Results;

namespace Performance.LoadClient.H2load;

/// <summary>
/// Computes latency percentiles from h2load's <c>--log-file</c>: one tab-separated line per
/// request (start time in µs since the epoch, HTTP status, µs until the end of the response).
/// h2load itself prints only min, max, mean and standard deviation.
/// </summary>
public static class LatencyLog
{
    /// <summary>Reads the latencies of a log file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Microseconds per request that got a response (status not -1), in file order.</returns>
    public static List<long> ReadMicroseconds(string path) => ParseMicroseconds(File.ReadLines(path));

    /// <summary>Parses log lines.</summary>
    /// <param name="lines">The log's lines.</param>
    /// <returns>Microseconds per request that got a response (status not -1).</returns>
    public static List<long> ParseMicroseconds(IEnumerable<string> lines)
    {
        var micros = new List<long>();
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            if (columns.Length >= 3 && columns[1] != "-1")
            {
                micros.Add(long.Parse(columns[2], CultureInfo.InvariantCulture));
            }
        }

        return micros;
    }

    /// <summary>Computes the percentiles of log lines.</summary>
    /// <param name="lines">The log's lines.</param>
    /// <returns>The percentiles, in milliseconds.</returns>
    public static LatencyPercentiles Compute(IEnumerable<string> lines) => Summarize(ParseMicroseconds(lines));

    /// <summary>Computes the percentiles of latencies.</summary>
    /// <param name="micros">Latencies in microseconds, in any order (the list is sorted in place).</param>
    /// <returns>The percentiles, in milliseconds.</returns>
    public static LatencyPercentiles Summarize(List<long> micros)
    {
        if (micros.Count == 0)
        {
            return new LatencyPercentiles(0, 0, 0, 0, 0, 0);
        }

        micros.Sort();
        return new LatencyPercentiles(
            micros.Count,
            micros.Average() / 1000,
            Percentile(micros, 50) / 1000,
            Percentile(micros, 90) / 1000,
            Percentile(micros, 99) / 1000,
            micros[^1] / 1000.0);
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value with at least <paramref name="percent"/>% of values at or below it.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="percent">The percentile, 0 to 100.</param>
    /// <returns>The value.</returns>
    public static double Percentile(IReadOnlyList<long> sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

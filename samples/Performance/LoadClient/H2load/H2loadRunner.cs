using System.Diagnostics;
using System.Globalization;

namespace Performance.LoadClient.H2load;

/// <summary>
/// Runs Debian's h2load (package nghttp2-client) with one worker thread, through bash so that
/// bash's <c>times</c> builtin reports h2load's own CPU time: on a small machine the load
/// generator competes with the server, and its CPU use shows when it is the bottleneck.
/// </summary>
public static class H2loadRunner
{
    /// <summary>
    /// Runs h2load for a fixed time (-D). When the time is up h2load abandons the requests still in
    /// flight, so the server sees up to one aborted call per stream: fine for a warm-up or a rate estimate.
    /// </summary>
    /// <param name="target">What to request.</param>
    /// <param name="level">Connections and streams per connection.</param>
    /// <param name="seconds">How long to run.</param>
    /// <param name="cancellationToken">Cancels the wait (h2load is then killed).</param>
    /// <returns>The parsed summary.</returns>
    public static Task<H2loadOutput> RunForAsync(
        H2loadTarget target, ConcurrencyLevel level, int seconds, CancellationToken cancellationToken) =>
        RunAsync(target, level, ["-D", seconds.ToString(CultureInfo.InvariantCulture)], null, cancellationToken);

    /// <summary>
    /// Runs h2load for a fixed number of requests (-n): every request completes, so the server's
    /// status counts must match h2load's exactly.
    /// </summary>
    /// <param name="target">What to request.</param>
    /// <param name="level">Connections and streams per connection.</param>
    /// <param name="requests">How many requests to send in total.</param>
    /// <param name="logFile">Where to write per-request latencies, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the wait (h2load is then killed).</param>
    /// <returns>The parsed summary.</returns>
    public static Task<H2loadOutput> RunCountAsync(
        H2loadTarget target, ConcurrencyLevel level, long requests, string? logFile, CancellationToken cancellationToken) =>
        RunAsync(target, level, ["-n", requests.ToString(CultureInfo.InvariantCulture)], logFile, cancellationToken);

    private static async Task<H2loadOutput> RunAsync(
        H2loadTarget target, ConcurrencyLevel level, string[] length, string? logFile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("h2load \"$@\"; status=$?; times >&2; exit $status");
        start.ArgumentList.Add("h2load");
        foreach (var argument in length)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-t");
        start.ArgumentList.Add("1");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(level.Clients.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("-m");
        start.ArgumentList.Add(level.Streams.ToString(CultureInfo.InvariantCulture));
        if (logFile is not null)
        {
            start.ArgumentList.Add("--log-file=" + logFile);
        }

        if (target.BodyFile is not null)
        {
            start.ArgumentList.Add("-d");
            start.ArgumentList.Add(target.BodyFile);
        }

        foreach (var header in target.Headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add(header);
        }

        start.ArgumentList.Add(target.Url);
        var (exitCode, output, error) = await ProcessRunner.RunAsync(start, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"h2load exited with {exitCode}:\n{output}\n{error}");
        }

        return H2loadOutputParser.Parse(output) with { CpuSeconds = H2loadOutputParser.ParseChildCpuSeconds(error) };
    }
}

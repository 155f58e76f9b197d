using Performance.LoadClient;
using Performance.LoadClient.H2load;
using Performance.LoadClient.Measurements;

namespace Performance.Tests;

public sealed class H2loadParsingTests
{
    // Captured from h2load nghttp2/1.52.0 (Debian 12) against the transport server.
    private const string SampleOutput = """
        starting benchmark...
        spawning thread #0: 1 total client(s). Timing-based test with 0s of warm-up time and 3s of main duration for measurements.
        Application protocol: h2c

        finished in 3.01s, 6905.33 req/s, 566.52KB/s
        requests: 20716 total, 20717 started, 20716 done, 20716 succeeded, 0 failed, 0 errored, 0 timeout
        status codes: 20716 2xx, 0 3xx, 0 4xx, 0 5xx
        traffic: 1.66MB (1740350) total, 60.83KB (62285) headers (space savings 95.77%), 1.05MB (1097948) data
                             min         max         mean         sd        +/- sd
        time for request:       40us     41.51ms       133us       603us    98.35%
        """;

    [Fact]
    public void Summary_lines_are_parsed()
    {
        var output = H2loadOutputParser.Parse(SampleOutput);

        Assert.Equal(new H2loadOutput(3.01, 6905.33, 20716, 20716, 0, 0, 1097948), output);
    }

    [Theory]
    [InlineData("830.78ms", 0.83078)]
    [InlineData("950us", 0.00095)]
    [InlineData("12.50s", 12.5)]
    public void Short_runs_print_their_duration_in_smaller_units(string duration, double seconds)
    {
        var output = H2loadOutputParser.Parse(SampleOutput.Replace("finished in 3.01s", $"finished in {duration}", StringComparison.Ordinal));

        Assert.Equal(seconds, output.Seconds, 9);
        Assert.Equal(6905.33, output.RequestsPerSecond);
    }

    [Fact]
    public void Child_cpu_time_is_read_from_bash_times()
    {
        const string times = "0m0.004s 0m0.002s\n1m2.500s 0m0.250s\n";

        Assert.Equal(62.75, H2loadOutputParser.ParseChildCpuSeconds(times), 6);
    }

    [Fact]
    public void Missing_summary_is_an_error()
    {
        Assert.Throws<FormatException>(() => H2loadOutputParser.Parse("h2load: connection refused"));
    }

    [Fact]
    public void Latency_percentiles_use_nearest_rank_and_skip_failed_streams()
    {
        // 100 requests taking 1..100 ms, plus one failed stream (status -1) that must be ignored.
        var lines = Enumerable.Range(1, 100)
            .Select(i => $"1795466405952265\t200\t{i * 1000}")
            .Append("1795466405952265\t-1\t999999999");

        var latency = LatencyLog.Compute(lines);

        Assert.Equal(100, latency.Samples);
        Assert.Equal(50.5, latency.MeanMs, 6);
        Assert.Equal(50, latency.P50Ms);
        Assert.Equal(90, latency.P90Ms);
        Assert.Equal(99, latency.P99Ms);
        Assert.Equal(100, latency.MaxMs);
    }

    [Fact]
    public void Proc_stat_cpu_is_utime_plus_stime_in_ticks_of_ten_ms()
    {
        // The command name may contain spaces and parentheses; utime = 250, stime = 50 ticks.
        const string stat = "1234 (dotnet (x) y) S 1 1234 1234 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 20 0 100 0 0";

        Assert.Equal(TimeSpan.FromSeconds(3), ProcCpu.Parse(stat));
    }

    [Fact]
    public void Machine_busy_time_excludes_idle_and_iowait()
    {
        // user nice system idle iowait irq softirq steal: busy = 100 + 5 + 50 + 3 + 2 + 40 = 200 ticks.
        const string line = "cpu  100 5 50 9000 700 3 2 40 0 0";

        Assert.Equal(TimeSpan.FromSeconds(2), ProcCpu.ParseMachineBusy(line));
    }

    [Fact]
    public void Own_process_cpu_can_be_read_from_proc()
    {
        Assert.True(ProcCpu.Read(Environment.ProcessId) >= TimeSpan.Zero);
    }

    [Theory]
    [InlineData("1x1", 1, 1)]
    [InlineData("8x8", 8, 8)]
    [InlineData("4x16", 4, 16)]
    public void Concurrency_levels_parse(string text, int clients, int streams)
    {
        var level = ConcurrencyLevel.Parse(text);

        Assert.Equal(new ConcurrencyLevel(clients, streams), level);
        Assert.Equal(clients * streams, level.Total);
        Assert.Equal(text, level.ToString());
    }

    [Theory]
    [InlineData("8")]
    [InlineData("0x4")]
    [InlineData("ax4")]
    [InlineData("-1x2")]
    public void Bad_concurrency_levels_are_rejected(string text)
    {
        Assert.Throws<FormatException>(() => ConcurrencyLevel.Parse(text));
    }
}

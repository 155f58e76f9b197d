using System.Globalization;
using System.Text.RegularExpressions;

namespace Performance.LoadClient.H2load;

/// <summary>Reads the summary that h2load prints on standard output.</summary>
public static partial class H2loadOutputParser
{
    /// <summary>Parses h2load's output.</summary>
    /// <param name="output">Everything h2load wrote to standard output.</param>
    /// <returns>The summary numbers.</returns>
    /// <exception cref="FormatException">A summary line is missing.</exception>
    public static H2loadOutput Parse(string output)
    {
        var finished = Match(FinishedLine(), output, "finished in");
        var requests = Match(RequestsLine(), output, "requests:");
        var traffic = Match(TrafficLine(), output, "traffic:");
        return new H2loadOutput(
            Seconds: DurationSeconds(finished.Groups["value"].Value, finished.Groups["unit"].Value),
            RequestsPerSecond: double.Parse(finished.Groups["rps"].Value, CultureInfo.InvariantCulture),
            Done: long.Parse(requests.Groups["done"].Value, CultureInfo.InvariantCulture),
            Succeeded: long.Parse(requests.Groups["succeeded"].Value, CultureInfo.InvariantCulture),
            Failed: long.Parse(requests.Groups["failed"].Value, CultureInfo.InvariantCulture),
            Errored: long.Parse(requests.Groups["errored"].Value, CultureInfo.InvariantCulture),
            DataBytes: long.Parse(traffic.Groups["data"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Reads the children's CPU time from the output of bash's <c>times</c> builtin: two lines of
    /// "user system" times, the shell's own and then its children's, such as <c>0m1.250s 0m0.310s</c>.
    /// </summary>
    /// <param name="times">The builtin's output.</param>
    /// <returns>The children's user plus system time, in seconds.</returns>
    /// <exception cref="FormatException">The text has no children's line.</exception>
    public static double ParseChildCpuSeconds(string times)
    {
        var lines = TimesLine().Matches(times);
        if (lines.Count < 2)
        {
            throw new FormatException($"Expected two lines from bash 'times', got: {times}");
        }

        var children = lines[^1];
        return Seconds(children.Groups["um"].Value, children.Groups["us"].Value)
            + Seconds(children.Groups["sm"].Value, children.Groups["ss"].Value);
    }

    // h2load prints a duration in the largest unit that keeps it at 1 or more: "4.01s", "830.78ms", "950us".
    private static double DurationSeconds(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) / unit switch
        {
            "s" => 1,
            "ms" => 1_000,
            _ => 1_000_000,
        };

    private static double Seconds(string minutes, string seconds) =>
        (double.Parse(minutes, CultureInfo.InvariantCulture) * 60) + double.Parse(seconds, CultureInfo.InvariantCulture);

    private static Match Match(Regex regex, string output, string line)
    {
        var match = regex.Match(output);
        return match.Success ? match : throw new FormatException($"h2load output has no '{line}' line:\n{output}");
    }

    [GeneratedRegex(@"^(?<um>\d+)m(?<us>[\d.]+)s (?<sm>\d+)m(?<ss>[\d.]+)s$", RegexOptions.Multiline)]
    private static partial Regex TimesLine();

    [GeneratedRegex(@"^finished in (?<value>[\d.]+)(?<unit>us|ms|s), (?<rps>[\d.]+) req/s", RegexOptions.Multiline)]
    private static partial Regex FinishedLine();

    [GeneratedRegex(@"^requests: \d+ total, \d+ started, (?<done>\d+) done, (?<succeeded>\d+) succeeded, (?<failed>\d+) failed, (?<errored>\d+) errored", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^traffic: .*\((?<data>\d+)\) data", RegexOptions.Multiline)]
    private static partial Regex TrafficLine();
}

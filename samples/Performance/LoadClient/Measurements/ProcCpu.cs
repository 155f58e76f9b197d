using System.Globalization;

namespace Performance.LoadClient.Measurements;

/// <summary>Reads CPU time from <c>/proc</c> (Linux): one process's, or the whole machine's.</summary>
public static class ProcCpu
{
    // USER_HZ, the unit of utime and stime: 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The process's user plus system CPU time so far.</summary>
    /// <param name="processId">The process.</param>
    /// <returns>The CPU time, with a resolution of 10 ms.</returns>
    public static TimeSpan Read(int processId) => Parse(File.ReadAllText($"/proc/{processId}/stat"));

    /// <summary>The whole machine's busy CPU time so far, all cores together.</summary>
    /// <returns>Time not idle, from the first line of <c>/proc/stat</c>.</returns>
    public static TimeSpan ReadMachineBusy() => ParseMachineBusy(File.ReadLines("/proc/stat").First());

    /// <summary>Parses the first line of <c>/proc/stat</c>.</summary>
    /// <param name="cpuLine">The line, <c>cpu  user nice system idle iowait irq softirq steal ...</c>.</param>
    /// <returns>user + nice + system + irq + softirq + steal.</returns>
    public static TimeSpan ParseMachineBusy(string cpuLine)
    {
        var fields = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int index) => fields.Length > index ? long.Parse(fields[index], CultureInfo.InvariantCulture) : 0;
        var ticks = Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Parses the contents of a <c>stat</c> file.</summary>
    /// <param name="stat">The file's single line.</param>
    /// <returns>utime + stime.</returns>
    public static TimeSpan Parse(string stat)
    {
        // Field 2, the command name, is in parentheses and may contain spaces; fields 14 and 15
        // (utime, stime) are the 12th and 13th after the closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using Performance.Core.Results;

namespace Performance.LoadClient.Report;

/// <summary>Describes the machine from <c>/proc</c> and the runtime.</summary>
public static class MachineInfoReader
{
    /// <summary>Reads the machine description.</summary>
    /// <param name="startLoadAverage">The load averages when the suite started (a /proc/loadavg line), if known.</param>
    /// <param name="gitCommit">The checkout's commit, if known.</param>
    /// <returns>The description; load average at end is read now.</returns>
    public static async Task<MachineInfo> ReadAsync(string? startLoadAverage, string? gitCommit)
    {
        // Environment.ProcessorCount honours CPU pinning; the machine's own count is in /proc/cpuinfo.
        var cpuInfo = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        var cores = cpuInfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal));
        var model = cpuInfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        return new MachineInfo(
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            cores > 0 ? cores : Environment.ProcessorCount,
            model,
            OsName(),
            RuntimeInformation.FrameworkDescription,
            await ProcessRunner.FirstLineAsync("h2load", "--version") ?? "h2load not found",
            gitCommit,
            ParseLoad(startLoadAverage),
            ParseLoad(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null));
    }

    /// <summary>Reads the first three numbers of a /proc/loadavg line.</summary>
    /// <param name="line">The line, or <see langword="null"/>.</param>
    /// <returns>The 1, 5 and 15 minute averages, or nothing.</returns>
    public static IReadOnlyList<double> ParseLoad(string? line) =>
        string.IsNullOrWhiteSpace(line)
            ? []
            : [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Select(x => double.Parse(x, CultureInfo.InvariantCulture))];

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadAllLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
            : null;
        var name = pretty?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription;
        return $"{name}, kernel {Environment.OSVersion.Version}";
    }
}

namespace NotebookRunner.Execution;

/// <summary>
/// The shared frameworks the kernel process sees: Microsoft.NETCore.App (the runtime this process runs on)
/// and Microsoft.AspNetCore.App of the same version, installed beside it.
/// </summary>
internal sealed class SharedFrameworks
{
    private SharedFrameworks(string netCoreDirectory, string? aspNetCoreDirectory)
    {
        NetCoreDirectory = netCoreDirectory;
        AspNetCoreDirectory = aspNetCoreDirectory;
    }

    /// <summary>The frameworks of the running runtime.</summary>
    public static SharedFrameworks Current { get; } = Locate();

    /// <summary>The Microsoft.NETCore.App folder.</summary>
    public string NetCoreDirectory { get; }

    /// <summary>The Microsoft.AspNetCore.App folder, or null when ASP.NET Core is not installed.</summary>
    public string? AspNetCoreDirectory { get; }

    /// <summary>Finds an assembly of either framework by simple name.</summary>
    public string? Find(string simpleName)
    {
        foreach (var directory in new[] { NetCoreDirectory, AspNetCoreDirectory })
        {
            if (directory is null)
            {
                continue;
            }

            var path = Path.Combine(directory, simpleName + ".dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Finds an ASP.NET Core framework assembly by simple name.</summary>
    public string? FindAspNetCore(string simpleName)
    {
        if (AspNetCoreDirectory is null)
        {
            return null;
        }

        var path = Path.Combine(AspNetCoreDirectory, simpleName + ".dll");
        return File.Exists(path) ? path : null;
    }

    private static SharedFrameworks Locate()
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(netCore);
        var shared = Path.GetDirectoryName(netCore)!;
        var aspNetCoreRoot = Path.Combine(Path.GetDirectoryName(shared)!, "Microsoft.AspNetCore.App");
        var aspNetCore = Path.Combine(aspNetCoreRoot, version);
        if (!Directory.Exists(aspNetCore))
        {
            // Same major and minor version, highest patch: what the host would roll forward to.
            var majorMinor = string.Join('.', version.Split('.').Take(2)) + ".";
            aspNetCore = Directory.Exists(aspNetCoreRoot)
                ? Directory.GetDirectories(aspNetCoreRoot)
                    .Where(d => Path.GetFileName(d).StartsWith(majorMinor, StringComparison.Ordinal))
                    .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
                    .LastOrDefault()!
                : null!;
        }

        return new SharedFrameworks(netCore, aspNetCore);
    }
}

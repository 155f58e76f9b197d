using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NotebookRunner.Execution;

/// <summary>
/// Restores NuGet packages as the kernel does: through a temporary project that lists every package the
/// session asked for, restored with <c>dotnet restore</c>. The result (the runtime assemblies of the whole
/// package graph) is cached per package set and sources, in <c>$NBRUN_CACHE</c> or <c>~/.cache/nbrun</c>.
/// </summary>
internal sealed class NuGetRestorer
{
    private const string TargetFramework = "net10.0";
    private readonly string _cacheRoot;

    /// <summary>Creates a restorer that caches under <paramref name="cacheRoot"/>, or the default folder.</summary>
    public NuGetRestorer(string? cacheRoot = null)
    {
        _cacheRoot = cacheRoot ?? DefaultCacheRoot();
    }

    /// <summary>The cache folder used when none is given.</summary>
    public static string DefaultCacheRoot()
    {
        if (Environment.GetEnvironmentVariable("NBRUN_CACHE") is { Length: > 0 } configured)
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "nbrun");
    }

    /// <summary>Restores <paramref name="packages"/> and returns the paths of their runtime assemblies.</summary>
    public async Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var project = ProjectText(packages, sources);
        var directory = Path.Combine(_cacheRoot, "nuget", Hash(project));
        var manifest = Path.Combine(directory, "assemblies.txt");
        if (ReadManifest(manifest) is { } cached)
        {
            return cached;
        }

        Directory.CreateDirectory(directory);
        await using var lockFile = await AcquireLockAsync(Path.Combine(directory, ".lock"), cancellationToken);
        if (ReadManifest(manifest) is { } restoredMeanwhile)
        {
            return restoredMeanwhile;
        }

        // Empty props files stop MSBuild from picking up a Directory.Build.props or central package
        // versions from the folders above the cache.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "nbrun-packages.csproj"), project);

        await RunRestoreAsync(directory, packages, cancellationToken);

        var assemblies = ReadRuntimeAssemblies(Path.Combine(directory, "obj", "project.assets.json"));
        NotebookRunner.Notebooks.NotebookWriter.WriteAllTextAtomically(manifest, string.Join('\n', assemblies) + "\n");
        return assemblies;
    }

    private static string ProjectText(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var builder = new StringBuilder();
        builder.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        builder.AppendLine("  <PropertyGroup>");
        builder.AppendLine($"    <TargetFramework>{TargetFramework}</TargetFramework>");
        builder.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        builder.AppendLine("    <DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder>");
        if (sources.Count > 0)
        {
            builder.AppendLine($"    <RestoreAdditionalProjectSources>{Escape(string.Join(';', sources))}</RestoreAdditionalProjectSources>");
        }

        builder.AppendLine("  </PropertyGroup>");
        builder.AppendLine("  <ItemGroup>");
        foreach (var package in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            builder.AppendLine($"    <PackageReference Include=\"{Escape(package.Name)}\" Version=\"{Escape(package.Version ?? "*")}\" />");
        }

        builder.AppendLine("  </ItemGroup>");
        builder.AppendLine("</Project>");
        return builder.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string[]? ReadManifest(string manifest)
    {
        if (!File.Exists(manifest))
        {
            return null;
        }

        var paths = File.ReadAllLines(manifest).Where(l => l.Length > 0).ToArray();
        return paths.All(File.Exists) ? paths : null;
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static async Task RunRestoreAsync(
        string directory, IReadOnlyList<PackageRequest> packages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", "nbrun-packages.csproj", "--nologo", "-v", "q", "--disable-build-servers" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)
            ?? throw new PackageRestoreException("Could not start 'dotnet restore'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            var messages = (await output + "\n" + await error)
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Replace(directory + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))
                .Distinct();
            throw new PackageRestoreException(
                $"Failed to restore {string.Join("; ", packages)}:\n{string.Join('\n', messages)}");
        }
    }

    private static string[] ReadRuntimeAssemblies(string assetsPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var root = document.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject().First().Value;

        var assemblies = new List<string>();
        foreach (var library in target.EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package"
                || !library.Value.TryGetProperty("runtime", out var runtime))
            {
                continue;
            }

            var libraryPath = libraries.GetProperty(library.Name).GetProperty("path").GetString()!;
            foreach (var asset in runtime.EnumerateObject())
            {
                if (asset.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    assemblies.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, asset.Name)));
                }
            }
        }

        return [.. assemblies];
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;

namespace NotebookRunner.Kernel;

/// <summary>
/// The .NET Interactive kernel, the .NET tool <c>Microsoft.dotnet-interactive</c> that Polyglot Notebooks
/// starts, as pinned by a local tool manifest (<c>.config/dotnet-tools.json</c>) and installed by
/// <c>dotnet tool restore</c> into the NuGet packages folder.
/// </summary>
/// <param name="EntryPoint">The tool's entry assembly, run as <c>dotnet EntryPoint</c> exactly as <c>dotnet tool run</c> runs it.</param>
/// <param name="Version">The pinned version.</param>
internal sealed record KernelTool(string EntryPoint, string Version)
{
    /// <summary>The tool's package id, as manifests spell it.</summary>
    public const string PackageId = "microsoft.dotnet-interactive";

    private static readonly ConcurrentDictionary<string, KernelTool> s_byManifest = new(StringComparer.Ordinal);

    /// <summary>
    /// Finds the kernel for notebooks in <paramref name="notebookDirectory"/>: the manifest that
    /// <c>dotnet tool run</c> would use there (the nearest <c>.config/dotnet-tools.json</c> or
    /// <c>dotnet-tools.json</c> above the folder that lists the tool), else the manifest of the repository
    /// nbrun was built in.
    /// </summary>
    /// <exception cref="KernelUnavailableException">No manifest pins the tool, or the pinned version is not installed.</exception>
    public static KernelTool Find(string notebookDirectory)
    {
        var manifest = FindManifest(notebookDirectory) ?? FindManifest(AppContext.BaseDirectory)
            ?? throw new KernelUnavailableException(
                $"No tool manifest (.config/dotnet-tools.json) above {notebookDirectory} pins the .NET Interactive kernel ({PackageId}).");
        return s_byManifest.GetOrAdd(manifest.Path, _ => Resolve(manifest.Path, manifest.Version));
    }

    private static KernelTool Resolve(string manifestPath, string version)
    {
        var toolFolder = Path.Combine(PackagesFolder(), PackageId, version.ToLowerInvariant(), "tools");
        var settings = Directory.Exists(toolFolder)
            ? Directory.GetFiles(toolFolder, "DotnetToolSettings.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        var entryPoint = settings is null
            ? null
            : XDocument.Load(settings).Descendants("Command").Select(c => (string?)c.Attribute("EntryPoint")).FirstOrDefault();
        if (settings is null || entryPoint is null || !File.Exists(Path.Combine(Path.GetDirectoryName(settings)!, entryPoint)))
        {
            throw new KernelUnavailableException(
                $"The .NET Interactive kernel ({PackageId} {version}, pinned in {manifestPath}) is not installed: run `dotnet tool restore`.");
        }

        return new KernelTool(Path.Combine(Path.GetDirectoryName(settings)!, entryPoint), version);
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static (string Path, string Version)? FindManifest(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, ".config", "dotnet-tools.json"), Path.Combine(directory.FullName, "dotnet-tools.json") })
            {
                if (File.Exists(candidate) && ReadVersion(candidate) is { } version)
                {
                    return (candidate, version);
                }
            }
        }

        return null;
    }

    private static string? ReadVersion(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return document.RootElement.TryGetProperty("tools", out var tools)
                && tools.EnumerateObject().FirstOrDefault(t => string.Equals(t.Name, PackageId, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Object } tool
                && tool.Value.TryGetProperty("version", out var version)
                ? version.GetString()
                : null;
        }
        catch (JsonException)
        {
            throw new KernelUnavailableException($"{manifest}: malformed JSON.");
        }
    }
}

using System.Diagnostics;

namespace NotebookRunner.Tests;

/// <summary>
/// Builds FixtureLib (a dll referencing ASP.NET Core, gRPC and Google.Protobuf) once per test run, with
/// its dependencies copied beside it, like the tutorial library in notebooks/lib.
/// </summary>
internal static class FixtureLibrary
{
    private static readonly Lazy<Task<string>> s_build = new(BuildAsync);

    /// <summary>The folder holding FixtureLib.dll and its dependencies.</summary>
    public static Task<string> GetFolderAsync() => s_build.Value;

    /// <summary>Copies the library with its dependencies to <paramref name="folder"/>.</summary>
    public static async Task CopyWithDependenciesAsync(string folder)
    {
        var source = await GetFolderAsync();
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(source, "*.dll"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Copies FixtureLib.dll alone to <paramref name="folder"/>.</summary>
    public static async Task CopyAloneAsync(string folder)
    {
        var source = await GetFolderAsync();
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(source, "FixtureLib.dll"), Path.Combine(folder, "FixtureLib.dll"), overwrite: true);
    }

    private static async Task<string> BuildAsync()
    {
        var project = Path.Combine(TestPaths.RepositoryRoot, "tests", "NotebookRunner.Tests", "FixtureLib", "FixtureLib.csproj");
        var output = Path.Combine(AppContext.BaseDirectory, "fixturelib");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", project, "-c", "Release", "-o", output, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building FixtureLib failed:\n{await stdout}\n{await stderr}");
        }

        return output;
    }
}

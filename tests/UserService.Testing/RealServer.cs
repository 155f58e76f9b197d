using System.Text.RegularExpressions;

namespace UserService.Testing;

/// <summary>
/// Starts the REAL server (the built UserService.Server.dll) as a child process and reads the address
/// it listens on from ASP.NET Core's "Now listening on:" line. The one place the tests do that.
/// </summary>
public static partial class RealServer
{
    /// <summary>How long the server may take to start listening.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Starts the server with <paramref name="arguments"/> and waits until it listens.</summary>
    /// <param name="arguments">The command line, e.g. <c>["--urls", "http://127.0.0.1:0", "--Database:Path=..."]</c>.</param>
    /// <param name="workingDirectory">The working directory; the server's build folder when null, as under <c>dotnet run</c>.</param>
    /// <param name="environment">Environment variables to set (null removes one). ASPNETCORE_ENVIRONMENT is Production unless given.</param>
    /// <returns>The running process and the address it listens on, e.g. <c>http://127.0.0.1:41234</c>.</returns>
    public static async Task<(RunningProcess Server, string Address)> StartAsync(
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var server = Run(arguments, workingDirectory, environment);
        try
        {
            var line = await server.WaitForOutputLineAsync(ListeningLine().IsMatch, StartupTimeout);
            return (server, ListeningLine().Match(line).Groups["address"].Value);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server without waiting for anything (for tests of failed starts and of --help).</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="workingDirectory">The working directory; the server's build folder when null.</param>
    /// <param name="environment">Environment variables to set (null removes one).</param>
    public static RunningProcess Run(
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return RunningProcess.Start(
            "dotnet", [BuildOutputs.ServerDll, .. arguments], workingDirectory ?? Path.GetDirectoryName(BuildOutputs.ServerDll), variables);
    }

    [GeneratedRegex(@"Now listening on: (?<address>https?://\S+)")]
    private static partial Regex ListeningLine();
}

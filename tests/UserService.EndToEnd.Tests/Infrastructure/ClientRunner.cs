using UserService.Testing;
namespace UserService.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the REAL client (the built UserService.Client.dll) as a process.</summary>
public static class ClientRunner
{
    /// <summary>How long one client run may take before it is killed and its test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Starts the client and leaves it running (for chat tests that talk to it while it runs).</summary>
    /// <param name="arguments">The command line, e.g. <c>["get", "1", "--address", address]</c>.</param>
    /// <param name="environment">Extra environment variables.</param>
    public static RunningProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        // The USERSERVICE_ADDRESS and USERSERVICE_API_KEY of the developer running the tests must not change what the client does.
        var variables = new Dictionary<string, string?> { ["USERSERVICE_ADDRESS"] = null, ["USERSERVICE_API_KEY"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return RunningProcess.Start("dotnet", [BuildOutputs.ClientDll, .. arguments], environment: variables);
    }

    /// <summary>Runs the client to its end, with <paramref name="standardInput"/> as its whole standard input.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="standardInput">The text to write to standard input before closing it.</param>
    /// <param name="environment">Extra environment variables.</param>
    public static async Task<ProcessResult> RunAsync(
        IEnumerable<string> arguments,
        string standardInput = "",
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var client = Start(arguments, environment);
        await client.StandardInput.WriteAsync(standardInput);
        client.StandardInput.Close();
        return await client.WaitForExitAsync(Timeout);
    }
}

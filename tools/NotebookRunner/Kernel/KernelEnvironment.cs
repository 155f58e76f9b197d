namespace NotebookRunner.Kernel;

/// <summary>The environment variables nbrun sets for the kernel processes it starts (the rest is inherited).</summary>
internal static class KernelEnvironment
{
    /// <summary>
    /// The .NET CLI's quiet-start settings (no telemetry, no banner, no first-run work), the kernel's own
    /// telemetry opt-out (the kernel otherwise tries to reach the network as it starts), and
    /// <c>DOTNET_TieredPGO=0</c>, which shortens start-up without changing what cells compute or print.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_TieredPGO"] = "0",
    };
}

namespace UserService.Client;

/// <summary>
/// The exit codes of the client, documented in README.md.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>The server (or the channel, for UNAVAILABLE and DEADLINE_EXCEEDED) ended the call with a non-OK status.</summary>
    public const int RpcError = 1;

    /// <summary>Bad arguments, or an input file that cannot be read or parsed. Nothing was sent.</summary>
    public const int UsageError = 2;

    /// <summary>The user pressed Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

namespace UserService.Server.Hosting;

/// <summary>
/// Checks the server's command line before the host reads it. ASP.NET Core takes any
/// <c>--key=value</c> as configuration and ignores keys nobody reads, so a mistyped option
/// (<c>--Databse:Path=...</c>) would be silently ignored. Here every option must name a known
/// setting, and <c>--help</c> prints them.
/// </summary>
public static class ServerCommandLine
{
    /// <summary>The exit code for a bad command line.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code when the server cannot start (busy port, unusable database, bad setting).</summary>
    public const int StartupFailed = 1;

    // The top-level configuration keys this server reads (the part before the first ':').
    private static readonly HashSet<string> s_knownSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName",
        "Kestrel", "Database", "UserService", "Logging", "AllowedHosts",
    };

    /// <summary>The text <c>--help</c> prints.</summary>
    public const string HelpText =
        """
        UserService.Server: the course's gRPC UserService (HTTP/2, SQLite).

        Usage: UserService.Server [--setting value | --setting=value]...

        Settings (also from appsettings.json and environment variables, for example Database__Path):
          --urls <addresses>                    where to listen (default http://127.0.0.1:50051)
          --Database:Path <file>                the SQLite file (default users.db)
          --UserService:ApiKey <key>            key for CreateUsers and ChatUsers (authorization: Bearer <key>);
                                                required when listening beyond loopback
          --UserService:EnableReflection <bool> serve gRPC reflection (default: on in Development only)
          --UserService:MaxNameLength <n>       longest name (default 200)
          --UserService:MaxEmailLength <n>      longest email (default 254)
          --UserService:MaxUsersPerStream <n>   most users per CreateUsers stream (default 100000)
          --UserService:MaxStreamBytes <n>      most bytes per CreateUsers stream (default 16777216)
          --UserService:MaxChatTextLength <n>   longest chat user or text (default 2000)
          --UserService:IdempotencyKeyLifetime <d.hh:mm:ss>
                                                how long a CreateUsers idempotency-key is honoured (default 1.00:00:00)
          --Kestrel:...                         Kestrel endpoints and certificates (see README.md)
          --environment <name>                  Development or Production (default Production)
          -h, --help                            print this text

        Exit codes: 0 stopped normally, 1 could not start, 2 bad command line.
        """;

    /// <summary>True if the arguments ask for help.</summary>
    /// <param name="args">The command line.</param>
    public static bool IsHelp(IReadOnlyList<string> args) =>
        args.Any(arg => arg is "-h" or "--help" or "-?" or "/?");

    /// <summary>Returns a one-line error for the first argument that is not a known setting, or <see langword="null"/>.</summary>
    /// <param name="args">The command line.</param>
    public static string? FindError(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..]
                : arg.StartsWith('/') ? arg[1..]
                : null;
            if (name is null)
            {
                return $"unexpected argument '{arg}': settings look like --name value or --name=value (see --help)";
            }

            var hasValue = name.Contains('=', StringComparison.Ordinal);
            var key = hasValue ? name[..name.IndexOf('=', StringComparison.Ordinal)] : name;
            var section = key.Split(':')[0];
            if (!s_knownSections.Contains(section))
            {
                return $"unknown option '--{key}' (see --help)";
            }

            if (!hasValue)
            {
                if (i + 1 >= args.Count)
                {
                    return $"option '--{key}' needs a value (see --help)";
                }

                i++;
            }
        }

        return null;
    }
}

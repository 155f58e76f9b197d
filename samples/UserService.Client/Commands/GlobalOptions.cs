using System.CommandLine;
using System.Globalization;
using UserService.Client.Output;

namespace UserService.Client.Commands;

/// <summary>
/// The options every command accepts: where the server is and how long a call may take.
/// </summary>
internal sealed class GlobalOptions
{
    /// <summary>The address used when neither <c>--address</c> nor the environment variable is set.</summary>
    public const string DefaultAddress = "http://127.0.0.1:50051";

    /// <summary>The environment variable that overrides <see cref="DefaultAddress"/>.</summary>
    public const string AddressVariable = "USERSERVICE_ADDRESS";

    /// <summary>Gets the <c>--address</c> option: the server's URL (http:// for h2c, https:// for TLS).</summary>
    public Option<string> Address { get; } = new("--address")
    {
        Description = $"Server address; ${AddressVariable}, when set, replaces the default",
        HelpName = "url",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(AddressVariable) is { Length: > 0 } address
            ? address
            : DefaultAddress,
    };

    /// <summary>The longest deadline accepted, one day: beyond it the call is better split into several.</summary>
    public const double MaxDeadlineSeconds = 86_400;

    /// <summary>
    /// Gets the <c>--deadline</c> option, in seconds. Left unset, each command uses its own default
    /// (10 s for get, list and create; 600 s for chat, which waits for a person typing).
    /// </summary>
    public Option<double?> Deadline { get; } = CreateDeadlineOption();

    private static Option<double?> CreateDeadlineOption()
    {
        // Parsed here rather than by System.CommandLine, whose conversion error ends the process with
        // an exception when the value is read, and which accepts NaN and Infinity.
        return new Option<double?>("--deadline")
        {
            Description = "Deadline of the call in seconds (default: 10; chat: 600)",
            HelpName = "seconds",
            Recursive = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                    && double.IsFinite(seconds) && seconds is > 0 and <= MaxDeadlineSeconds)
                {
                    return seconds;
                }

                result.AddError($"--deadline must be a number of seconds greater than 0 and at most {MaxDeadlineSeconds}, not '{ConsoleText.Escape(text)}'.");
                return null;
            },
        };
    }
}

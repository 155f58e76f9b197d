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

    /// <summary>The environment variable that supplies <see cref="ApiKey"/> when the option is not given.</summary>
    public const string ApiKeyVariable = "USERSERVICE_API_KEY";

    /// <summary>
    /// Gets the <c>--api-key</c> option: the key of a server that requires one for writes
    /// (<c>UserService:ApiKey</c>), sent with every call as <c>authorization: Bearer &lt;key&gt;</c>.
    /// </summary>
    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = $"The server's API key, sent as 'authorization: Bearer <key>' (needed for create and chat when the server has one); ${ApiKeyVariable} when not given",
        HelpName = "key",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null,
        CustomParser = result =>
        {
            var key = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (key.Length > 0 && key.All(character => character is > ' ' and <= '~'))
            {
                return key;
            }

            result.AddError($"--api-key must be printable ASCII characters without spaces, not '{ConsoleText.Escape(key)}'.");
            return null;
        },
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

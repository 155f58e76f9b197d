using System.CommandLine;
using UserService.Client.Output;

namespace UserService.Client.Commands;

/// <summary>
/// The <c>--idempotency-key</c> option of <c>create</c>: the key the server stores a batch under, so
/// that sending the same batch again with the same key stores it at most once.
/// </summary>
internal static class IdempotencyKeyOption
{
    /// <summary>The request header that carries the key (the server's name for it).</summary>
    public const string Header = "idempotency-key";

    /// <summary>The longest key the server accepts.</summary>
    public const int MaxLength = 128;

    /// <summary>Creates the option; a value the server would refuse is a usage error.</summary>
    public static Option<string?> Create() => new("--idempotency-key")
    {
        Description = "Key under which the server stores this batch once; repeat a run that timed out with the key it printed (default: a new key per run)",
        HelpName = "key",
        CustomParser = result =>
        {
            var key = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (IsValid(key))
            {
                return key;
            }

            result.AddError($"--idempotency-key must be 1 to {MaxLength} printable ASCII characters without spaces (a UUID, for example), not '{ConsoleText.Escape(key)}'.");
            return null;
        },
    };

    /// <summary>A new key for a run that was given none: a UUID without dashes.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>True when the server accepts <paramref name="key"/>: 1 to 128 printable ASCII characters, no space.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(character => character is > ' ' and <= '~');
}

namespace UserService.Server.Configuration;

/// <summary>
/// The <c>UserService</c> configuration section: the limits that keep one client from exhausting
/// the server's memory or storing what other clients cannot read, and the network settings.
/// </summary>
public sealed class UserServiceOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "UserService";

    /// <summary>
    /// The largest request or response message, in bytes: the 4 MiB default of every gRPC
    /// implementation. A stored user must always fit in a message a default client can read.
    /// </summary>
    public const int DefaultClientMessageLimit = 4 * 1024 * 1024;

    /// <summary>The default of <see cref="IdempotencyKeyLifetime"/>: a day, longer than any client's retries.</summary>
    public static readonly TimeSpan DefaultIdempotencyKeyLifetime = TimeSpan.FromHours(24);

    /// <summary>The longest <see cref="IdempotencyKeyLifetime"/> accepted: about ten years.</summary>
    public static readonly TimeSpan MaxIdempotencyKeyLifetime = TimeSpan.FromDays(3650);

    /// <summary>The longest <c>name</c> CreateUsers accepts, in UTF-16 characters (C# <c>string.Length</c>).</summary>
    public int MaxNameLength { get; set; } = 200;

    /// <summary>The longest <c>email</c> CreateUsers accepts, in characters. 254 is the longest usable address (RFC 5321).</summary>
    public int MaxEmailLength { get; set; } = 254;

    /// <summary>The most users one CreateUsers stream may send.</summary>
    public int MaxUsersPerStream { get; set; } = 100_000;

    /// <summary>
    /// The most bytes (the encoded size of its users) one CreateUsers stream may send. The users of a
    /// stream are held in memory until the client completes it, so this bounds the memory of one call.
    /// </summary>
    public int MaxStreamBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long a CreateUsers <c>idempotency-key</c> is honoured after the call that stored it. An older
    /// key counts as unknown, and expired keys are deleted by later writes. Written <c>d.hh:mm:ss</c>.
    /// </summary>
    public TimeSpan IdempotencyKeyLifetime { get; set; } = DefaultIdempotencyKeyLifetime;

    /// <summary>The longest <c>user</c> and <c>text</c> of a chat message, in characters.</summary>
    public int MaxChatTextLength { get; set; } = 2_000;

    /// <summary>
    /// Serve gRPC reflection. Unset means: on in the Development environment, off everywhere else.
    /// </summary>
    public bool? EnableReflection { get; set; }

    /// <summary>
    /// The key that callers of CreateUsers and ChatUsers send as <c>authorization: Bearer &lt;key&gt;</c>.
    /// Empty means no key is asked for, which the server allows only while every address it listens on
    /// is a loopback address.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Returns the first setting that is out of range, or <see langword="null"/> if all are valid.</summary>
    public string? Validate()
    {
        if (MaxNameLength is < 1 or > 100_000)
        {
            return $"{SectionName}:{nameof(MaxNameLength)} must be between 1 and 100000, not {MaxNameLength}.";
        }

        if (MaxEmailLength is < 3 or > 254)
        {
            return $"{SectionName}:{nameof(MaxEmailLength)} must be between 3 and 254, not {MaxEmailLength}.";
        }

        if (MaxUsersPerStream < 1)
        {
            return $"{SectionName}:{nameof(MaxUsersPerStream)} must be at least 1, not {MaxUsersPerStream}.";
        }

        if (MaxStreamBytes < 1024)
        {
            return $"{SectionName}:{nameof(MaxStreamBytes)} must be at least 1024, not {MaxStreamBytes}.";
        }

        if (MaxChatTextLength is < 1 or > 100_000)
        {
            return $"{SectionName}:{nameof(MaxChatTextLength)} must be between 1 and 100000, not {MaxChatTextLength}.";
        }

        if (IdempotencyKeyLifetime <= TimeSpan.Zero || IdempotencyKeyLifetime > MaxIdempotencyKeyLifetime)
        {
            return $"{SectionName}:{nameof(IdempotencyKeyLifetime)} must be more than 0 and at most {MaxIdempotencyKeyLifetime:c} (d.hh:mm:ss), not {IdempotencyKeyLifetime:c}.";
        }

        // A UTF-16 character takes at most 3 bytes in UTF-8 (a surrogate pair, 2 characters, takes 4).
        // With both limits at their maximum a user still stays far below what a default client reads.
        var largestUser = (3 * (MaxNameLength + MaxEmailLength)) + 32;
        return largestUser < DefaultClientMessageLimit
            ? null
            : $"{SectionName}:{nameof(MaxNameLength)} is too large: a user could exceed the {DefaultClientMessageLimit}-byte message limit of default clients.";
    }
}

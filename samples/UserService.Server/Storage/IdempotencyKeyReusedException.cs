namespace UserService.Server.Storage;

/// <summary>Thrown when an idempotency key comes back with a different batch than the one it was first stored with.</summary>
public sealed class IdempotencyKeyReusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="createdCount">How many users the key's first batch stored.</param>
    public IdempotencyKeyReusedException(int createdCount)
        : base($"idempotency-key was already used for a different batch (which stored {createdCount} users); send a new key with a new batch")
    {
        CreatedCount = createdCount;
    }

    /// <summary>How many users the key's first batch stored.</summary>
    public int CreatedCount { get; }
}

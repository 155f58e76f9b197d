namespace UserService.Server.Storage;

/// <summary>Thrown when an idempotency key comes back with a different batch than the one it was first stored with.</summary>
public sealed class IdempotencyKeyReusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="createdCount">How many users the key's first batch stored.</param>
    /// <param name="storedBatchHash">The hash of the batch stored under the key.</param>
    public IdempotencyKeyReusedException(int createdCount, string storedBatchHash)
        : base($"idempotency-key was already used for a different batch (which stored {createdCount} users); send a new key with a new batch")
    {
        CreatedCount = createdCount;
        StoredBatchHash = storedBatchHash;
    }

    /// <summary>How many users the key's first batch stored.</summary>
    public int CreatedCount { get; }

    /// <summary>The hash of the batch stored under the key (see <see cref="IdempotencyKey.BatchHash"/>).</summary>
    public string StoredBatchHash { get; }
}

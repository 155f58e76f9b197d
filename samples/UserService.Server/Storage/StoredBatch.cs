namespace UserService.Server.Storage;

/// <summary>The outcome of storing a batch of users.</summary>
/// <param name="CreatedCount">How many users the batch stored.</param>
/// <param name="Replayed">
/// True if the batch's idempotency key was already stored: nothing new was written and
/// <paramref name="CreatedCount"/> is the count of the first call.
/// </param>
public sealed record StoredBatch(int CreatedCount, bool Replayed);

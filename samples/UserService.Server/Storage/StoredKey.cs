namespace UserService.Server.Storage;

/// <summary>What an idempotency key was stored with.</summary>
/// <param name="BatchHash">The SHA-256 hash (hex) of the users the key's call stored.</param>
/// <param name="CreatedCount">How many users that call stored.</param>
public sealed record StoredKey(string BatchHash, int CreatedCount);

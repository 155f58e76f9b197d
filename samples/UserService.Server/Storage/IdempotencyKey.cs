namespace UserService.Server.Storage;

/// <summary>
/// The <c>idempotency-key</c> a client sent with a CreateUsers call, and a hash of the batch it came
/// with. The key is stored in the same transaction as the batch's users.
/// </summary>
/// <param name="Value">The key, as the client sent it.</param>
/// <param name="BatchHash">A SHA-256 hash (hex) of the batch's users, to tell a retry from a different batch.</param>
public sealed record IdempotencyKey(string Value, string BatchHash);

namespace Performance.Core.Data;

/// <summary>One response size of the transport benchmark: which user id to ask for to get it.</summary>
/// <param name="Name">Short name used in reports, such as <c>tiny</c> or <c>16KB</c>.</param>
/// <param name="UserId">The id to request.</param>
/// <param name="NameLength">Length of that user's name, or <see langword="null"/> for an ordinary user.</param>
public sealed record TransportPayload(string Name, int UserId, int? NameLength);

namespace Performance.Core.Results;

/// <summary>A popular claim about gRPC next to what this run measured.</summary>
/// <param name="Claim">The claim as usually stated.</param>
/// <param name="Measured">What this run measured.</param>
/// <param name="Verdict">Whether the measurement supports the claim.</param>
public sealed record ClaimVerdict(string Claim, string Measured, string Verdict);

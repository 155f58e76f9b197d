namespace Performance.Core.Results;

/// <summary>One of the suite's targets for its own server, measured.</summary>
/// <param name="Name">The target.</param>
/// <param name="Required">The ratio it asks for.</param>
/// <param name="Measured">The ratio measured (the worst case when it applies to several configurations).</param>
/// <param name="Met">Whether it was met.</param>
/// <param name="Detail">How the ratio came out in each configuration.</param>
public sealed record TargetVerdict(string Name, double Required, double Measured, bool Met, string Detail);

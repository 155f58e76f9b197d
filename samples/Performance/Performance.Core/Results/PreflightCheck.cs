namespace Performance.Core.Results;

/// <summary>A correctness check made before measuring.</summary>
/// <param name="Name">What was checked.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Detail">What was seen.</param>
public sealed record PreflightCheck(string Name, bool Passed, string Detail);

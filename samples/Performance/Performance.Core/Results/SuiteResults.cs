namespace Performance.Core.Results;

/// <summary>Everything one run of <c>run-benchmarks.sh</c> measured: the contents of <c>results.json</c>.</summary>
/// <param name="Machine">Where and when it ran.</param>
/// <param name="Settings">How the transport part ran.</param>
/// <param name="Checks">Correctness checks made before measuring.</param>
/// <param name="Serialization">The BenchmarkDotNet serialization results, if that part ran.</param>
/// <param name="Unary">Every unary h2load run.</param>
/// <param name="Streaming">The streaming comparison.</param>
/// <param name="Targets">The suite's targets, measured.</param>
/// <param name="Claims">Popular claims next to the measurements.</param>
/// <param name="SuiteSeconds">Wall time of the whole suite, build included, or 0 if unknown.</param>
public sealed record SuiteResults(
    MachineInfo Machine,
    RunSettings Settings,
    IReadOnlyList<PreflightCheck> Checks,
    SerializationResults? Serialization,
    IReadOnlyList<UnaryRun> Unary,
    StreamingResults? Streaming,
    IReadOnlyList<TargetVerdict> Targets,
    IReadOnlyList<ClaimVerdict> Claims,
    double SuiteSeconds);

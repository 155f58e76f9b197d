namespace Performance.Core.Results;

/// <summary>Where and when a suite ran.</summary>
/// <param name="DateUtc">When the run finished (UTC, ISO 8601).</param>
/// <param name="Cores">Logical processors of the machine.</param>
/// <param name="CpuModel">CPU model name, from <c>/proc/cpuinfo</c>.</param>
/// <param name="OperatingSystem">Operating system description.</param>
/// <param name="Runtime">The .NET runtime that ran the clients and the server.</param>
/// <param name="H2loadVersion">The version line of h2load.</param>
/// <param name="GitCommit">The commit of the checkout, if known.</param>
/// <param name="LoadAverageAtStart">1, 5 and 15 minute load averages when the suite started.</param>
/// <param name="LoadAverageAtEnd">1, 5 and 15 minute load averages when the suite finished.</param>
public sealed record MachineInfo(
    string DateUtc,
    int Cores,
    string CpuModel,
    string OperatingSystem,
    string Runtime,
    string H2loadVersion,
    string? GitCommit,
    IReadOnlyList<double> LoadAverageAtStart,
    IReadOnlyList<double> LoadAverageAtEnd);

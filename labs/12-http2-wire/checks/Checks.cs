using GrpcTutorial.Labs;
using Xunit;

namespace Lab12;

/// <summary>One test per step of the lab; a failing step's message says what was expected, what happened, a hint and where to read.</summary>
[TestCaseOrderer(LabStepOrderer.TypeName, LabStepOrderer.AssemblyName)]
public sealed class Checks(LabRun run) : IClassFixture<LabRun>
{
    public static TheoryData<LabStepName> Steps => [.. GrpcWireLab.StepNames.Select(name => new LabStepName(name))];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Step(LabStepName step) => (await run.Report).ThrowIfFailed(step.Name);
}

using Xunit.Abstractions;
using Xunit.Sdk;

namespace GrpcTutorial.Labs;

/// <summary>
/// Runs a lab's steps in their order (1, 2, 3, ...), so that <c>dotnet test</c> prints them in the
/// order the lab's README lists them; xunit's default order looks random. Use it on a lab's test
/// class: <c>[TestCaseOrderer(LabStepOrderer.TypeName, LabStepOrderer.AssemblyName)]</c>.
/// </summary>
public sealed class LabStepOrderer : ITestCaseOrderer
{
    /// <summary>The orderer's full type name, for <c>TestCaseOrdererAttribute</c>.</summary>
    public const string TypeName = "GrpcTutorial.Labs.LabStepOrderer";

    /// <summary>The name of the assembly that holds it, for <c>TestCaseOrdererAttribute</c>.</summary>
    public const string AssemblyName = "GrpcTutorial.LabKit";

    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases
            .OrderBy(testCase => testCase.TestMethodArguments is [LabStepName step] ? step.Number : int.MaxValue)
            .ThenBy(testCase => testCase.DisplayName, StringComparer.Ordinal);
}

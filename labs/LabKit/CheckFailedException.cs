namespace GrpcTutorial.Labs;

/// <summary>Thrown inside a check when the learner's code did not do what the step expects.</summary>
/// <param name="expected">What the step expected.</param>
/// <param name="actual">What happened instead.</param>
internal sealed class CheckFailedException(string expected, string actual) : Exception(actual)
{
    /// <summary>What the step expected.</summary>
    public string Expected { get; } = expected;

    /// <summary>What happened instead.</summary>
    public string Actual { get; } = actual;
}

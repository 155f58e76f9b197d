namespace GrpcTutorial.Labs;

/// <summary>
/// Reports a failed lab step to a test framework. Its message is the learner-facing description
/// of the step (expected, actual, hint, lesson); it carries no stack trace, because the place in
/// the checks where the step failed tells a learner nothing.
/// </summary>
public sealed class LabStepFailedException : Exception
{
    /// <summary>Creates the exception for a failed step.</summary>
    /// <param name="step">The failed step.</param>
    public LabStepFailedException(StepResult step)
        : base(Environment.NewLine + (step ?? throw new ArgumentNullException(nameof(step))).ToString())
    {
        Step = step;
    }

    /// <summary>The failed step.</summary>
    public StepResult Step { get; }

    /// <summary>Always empty: see the class remarks.</summary>
    public override string StackTrace => string.Empty;
}

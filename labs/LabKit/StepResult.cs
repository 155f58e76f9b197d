namespace GrpcTutorial.Labs;

/// <summary>The result of one step of a lab: PASS or FAIL, and for a FAIL what to look at.</summary>
/// <param name="Number">The step's number, from 1.</param>
/// <param name="Title">What the step asks for, in one sentence.</param>
/// <param name="Passed">Whether the learner's code did what the step asks.</param>
/// <param name="Expected">What the check expected (empty when the step passed).</param>
/// <param name="Actual">What the learner's code did instead (empty when the step passed).</param>
/// <param name="Hint">A hint towards the fix.</param>
/// <param name="Lesson">The lesson and section that explain the step.</param>
public sealed record StepResult(int Number, string Title, bool Passed, string Expected, string Actual, string Hint, string Lesson)
{
    /// <summary>The step's name as the labs' tests show it: its number and title.</summary>
    public string Name => $"{Number} · {Title}";

    /// <summary>A learner-facing description of the result, several lines for a FAIL.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Passed)
        {
            return $"PASS  {Name}";
        }

        return $"""
            FAIL  {Name}
              Expected: {Expected}
              Actual:   {Actual}
              Hint:     {Hint}
              Read:     {Lesson}
            """;
    }
}

using System.Net;
using System.Text;
using GrpcTutorial.Presentation;

namespace GrpcTutorial.Labs;

/// <summary>
/// The result of running a lab's checks: one <see cref="StepResult"/> per step. A notebook shows
/// it as a PASS/FAIL table; <see cref="ToString"/> gives the same as text for a terminal.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class LabReport : IHtmlRenderable
{
    /// <summary>Creates a report.</summary>
    /// <param name="title">The lab's title.</param>
    /// <param name="steps">The results, one per step, in order.</param>
    public LabReport(string title, IReadOnlyList<StepResult> steps)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(steps);
        Title = title;
        Steps = steps;
    }

    /// <summary>The lab's title.</summary>
    public string Title { get; }

    /// <summary>The results, one per step, in order.</summary>
    public IReadOnlyList<StepResult> Steps { get; }

    /// <summary>How many steps passed.</summary>
    public int PassedCount => Steps.Count(step => step.Passed);

    /// <summary>Whether every step passed.</summary>
    public bool AllPassed => PassedCount == Steps.Count;

    /// <summary>The first step that failed, or <see langword="null"/> when all passed.</summary>
    public StepResult? FirstFailure => Steps.FirstOrDefault(step => !step.Passed);

    /// <summary>Finds a step by its name (<c>"2 · title"</c>) or number.</summary>
    /// <param name="nameOrNumber">The step's <see cref="StepResult.Name"/>, or its number as text.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException">No step has that name or number.</exception>
    public StepResult Step(string nameOrNumber) =>
        Steps.FirstOrDefault(step => step.Name == nameOrNumber || step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == nameOrNumber)
        ?? throw new ArgumentException($"The lab '{Title}' has no step '{nameOrNumber}'.", nameof(nameOrNumber));

    /// <summary>
    /// Throws <see cref="LabStepFailedException"/> with the learner-facing message when the step
    /// failed; returns quietly when it passed. Test frameworks turn that into a FAIL with the message.
    /// </summary>
    /// <param name="nameOrNumber">The step's <see cref="StepResult.Name"/>, or its number as text.</param>
    public void ThrowIfFailed(string nameOrNumber)
    {
        var step = Step(nameOrNumber);
        if (!step.Passed)
        {
            throw new LabStepFailedException(step);
        }
    }

    /// <summary>The report as text: a summary line, then one line per passed step and a block per failed one.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Title).Append(": ").Append(PassedCount).Append(" of ").Append(Steps.Count).AppendLine(" steps pass");
        foreach (var step in Steps)
        {
            text.AppendLine(step.ToString());
        }

        return text.ToString();
    }

    /// <summary>The report as an HTML table: step, result, and for a failure what was expected, what happened, a hint and where to read.</summary>
    /// <returns>HTML markup.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table class=\"lab-report\"><caption>")
            .Append(Encode(Title)).Append(": ").Append(PassedCount).Append(" of ").Append(Steps.Count).Append(" steps pass</caption>")
            .Append("<thead><tr><th>Step</th><th>Result</th><th>What to look at</th></tr></thead><tbody>");
        foreach (var step in Steps)
        {
            html.Append("<tr><td>").Append(Encode(step.Name)).Append("</td>");
            if (step.Passed)
            {
                html.Append("<td class=\"lab-pass\" style=\"color:#1a7f37;font-weight:bold\">PASS</td><td></td></tr>");
                continue;
            }

            html.Append("<td class=\"lab-fail\" style=\"color:#cf222e;font-weight:bold\">FAIL</td><td>")
                .Append("<b>Expected:</b> ").Append(Encode(step.Expected)).Append("<br>")
                .Append("<b>Actual:</b> ").Append(Encode(step.Actual)).Append("<br>")
                .Append("<b>Hint:</b> ").Append(Encode(step.Hint)).Append("<br>")
                .Append("<b>Read:</b> ").Append(Encode(step.Lesson))
                .Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

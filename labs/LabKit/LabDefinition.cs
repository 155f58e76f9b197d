using Grpc.Core;

namespace GrpcTutorial.Labs;

/// <summary>Runs the steps of one lab against the learner's code and collects the results.</summary>
/// <typeparam name="TSubject">What the learner wrote (a service factory, an exercise object).</typeparam>
/// <param name="title">The lab's title.</param>
/// <param name="steps">The steps, in order.</param>
internal sealed class LabDefinition<TSubject>(string title, IReadOnlyList<LabStep<TSubject>> steps)
{
    private static readonly TimeSpan s_stepTimeout = TimeSpan.FromSeconds(10);

    public string Title { get; } = title;

    public IReadOnlyList<string> StepNames { get; } = [.. steps.Select((step, index) => $"{index + 1} · {step.Title}")];

    public async Task<LabReport> RunAsync(TSubject subject)
    {
        var results = new List<StepResult>(steps.Count);
        for (var index = 0; index < steps.Count; index++)
        {
            results.Add(await RunStepAsync(index + 1, steps[index], subject).ConfigureAwait(false));
        }

        return new LabReport(Title, results);
    }

    private static async Task<StepResult> RunStepAsync(int number, LabStep<TSubject> step, TSubject subject)
    {
        string expected;
        string actual;
        try
        {
            var check = Task.Run(() => step.Check(subject));
            var finished = await Task.WhenAny(check, Task.Delay(s_stepTimeout)).ConfigureAwait(false);
            if (finished != check)
            {
                return Fail("the step to finish within 10 seconds", "it was still running after 10 seconds (a call that never completes, or a stream that is never read to its end?)");
            }

            await check.ConfigureAwait(false);
            return new StepResult(number, step.Title, Passed: true, string.Empty, string.Empty, step.Hint, step.Lesson);
        }
        catch (CheckFailedException failure)
        {
            expected = failure.Expected;
            actual = failure.Actual;
        }
        catch (RpcException exception)
        {
            expected = "the call to succeed";
            actual = $"the call failed with {Describe.Status(exception.Status)}";
        }
        catch (NotImplementedException)
        {
            expected = "your code to do the step";
            actual = "it still throws NotImplementedException (the starter's placeholder)";
        }
        catch (Exception exception)
        {
            expected = "your code to do the step";
            actual = $"it threw {exception.GetType().Name}: {exception.Message}";
        }

        return Fail(expected, actual);

        StepResult Fail(string what, string instead) =>
            new(number, step.Title, Passed: false, what, instead, step.Hint, step.Lesson);
    }
}

namespace GrpcTutorial.Labs;

/// <summary>One step of a lab: what it asks, how to check it, and where to learn it.</summary>
/// <typeparam name="TSubject">What the learner wrote (a service factory, an exercise object).</typeparam>
/// <param name="Title">What the step asks for, in one sentence.</param>
/// <param name="Hint">A hint towards the fix.</param>
/// <param name="Lesson">The lesson and section that explain the step.</param>
/// <param name="Check">Completes when the step passes; throws <see cref="CheckFailedException"/> (or anything else) when it fails.</param>
internal sealed record LabStep<TSubject>(string Title, string Hint, string Lesson, Func<TSubject, Task> Check);

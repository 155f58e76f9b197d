using Google.Protobuf;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>Lab 02: proto design and generated code. Checks an <see cref="IGeneratedCodeExercise"/>.</summary>
public static class GeneratedCodeLab
{
    private const string Lesson = "Lesson 2 · Proto syntax";

    private static readonly LabDefinition<IGeneratedCodeExercise> s_lab = new("Lab 02 · Generated code",
    [
        new("NewUser sets all four fields",
            "Generated messages have a property per field: new User { Id = id, Name = name, ... }.",
            $"{Lesson}, section \"Using the generated C#\"",
            exercise =>
            {
                var user = exercise.NewUser(7, "Ada Lovelace", "ada@example.com", 36);
                var expected = new User { Id = 7, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 };
                Expect.Equal(expected, user, "NewUser(7, \"Ada Lovelace\", \"ada@example.com\", 36)");
                return Task.CompletedTask;
            }),
        new("WithEmail returns a changed copy and leaves the original alone",
            "Messages are mutable: call user.Clone() and change the copy.",
            $"{Lesson}, section \"Using the generated C#\"",
            exercise =>
            {
                var original = new User { Id = 1, Name = "Ada", Email = "ada@example.com", Age = 36 };
                var copy = exercise.WithEmail(original, "countess@example.com");
                Expect.Equal("countess@example.com", copy?.Email, "the copy's Email");
                Expect.Equal("ada@example.com", original.Email, "the original's Email after the call");
                Expect.That(!ReferenceEquals(copy, original), "a new User object", "the method returned the original object");
                return Task.CompletedTask;
            }),
        new("ToJson writes proto3 JSON (lowerCamelCase names, default values left out)",
            "Use JsonFormatter.Default.Format(user), not System.Text.Json: proto3 JSON has its own rules.",
            $"{Lesson}, section \"Proto3 JSON mapping\"",
            exercise =>
            {
                var user = new User { Id = 3, Name = "Grace Hopper", Email = "grace@example.com" };
                Expect.Equal(JsonFormatter.Default.Format(user), exercise.ToJson(user), "ToJson(user with Age 0)");
                return Task.CompletedTask;
            }),
        new("FromJson reads proto3 JSON and skips unknown fields",
            "JsonParser.Default rejects fields it does not know: new JsonParser(JsonParser.Settings.Default.WithIgnoreUnknownFields(true)).",
            $"{Lesson}, section \"Proto3 JSON mapping\"",
            exercise =>
            {
                var user = exercise.FromJson("""{"id": 4, "name": "Edsger", "nickname": "EWD", "age": 72}""");
                Expect.Equal(new User { Id = 4, Name = "Edsger", Age = 72 }, user, "FromJson of a JSON object with an extra \"nickname\"");
                return Task.CompletedTask;
            }),
        new("RoundTrip writes the binary format and parses it back",
            "user.ToByteArray() writes the bytes; User.Parser.ParseFrom(bytes) reads them.",
            $"{Lesson}, section \"Using the generated C#\"",
            exercise =>
            {
                var user = new User { Id = 5, Name = "Barbara Liskov", Email = "barbara@example.com", Age = 86 };
                var back = exercise.RoundTrip(user);
                Expect.Equal(user, back, "RoundTrip(user)");
                Expect.That(!ReferenceEquals(user, back), "a new User read from the bytes", "the method returned the same object");
                return Task.CompletedTask;
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IGeneratedCodeExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }
}

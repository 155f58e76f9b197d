using Google.Protobuf;
using V2 = GrpcTutorial.Lessons.Evolution.V2;

namespace GrpcTutorial.Labs;

/// <summary>Lab 05: schema evolution. Checks an <see cref="ISchemaEvolutionExercise"/>.</summary>
public static class SchemaEvolutionLab
{
    private const string Lesson = "Lesson 5 · Evolving a schema";

    private static readonly Dictionary<SchemaChange, bool> s_compatible = new()
    {
        [SchemaChange.AddFieldWithNewNumber] = true,
        [SchemaChange.RenameField] = true,
        [SchemaChange.DeleteFieldAndReserveNumber] = true,
        [SchemaChange.RenumberField] = false,
        [SchemaChange.Int32ToInt64] = true,
        [SchemaChange.Int32ToSint32] = false,
        [SchemaChange.StringToBytes] = true,
        [SchemaChange.Int32ToString] = false,
        [SchemaChange.AddEnumValue] = true,
        [SchemaChange.ReuseDeletedNumber] = false,
    };

    private static readonly LabDefinition<ISchemaEvolutionExercise> s_lab = new("Lab 05 · Schema evolution",
    [
        new("IsWireCompatible sorts ten changes into safe and breaking",
            "Ask what the OLD reader does with the NEW bytes: the number and the wire type are all it sees. int32/int64 share VARINT; sint32 is ZigZag; string/bytes share LEN.",
            $"{Lesson}, sections \"Renumbering or changing a type\", \"Compatible type changes\" and \"Checklist: safe and unsafe changes\"",
            exercise =>
            {
                var wrong = s_compatible.Where(pair => exercise.IsWireCompatible(pair.Key) != pair.Value).Select(pair => pair.Key).ToList();
                Expect.That(wrong.Count == 0, "every change classified correctly", $"{wrong.Count} of {s_compatible.Count} wrong: {string.Join(", ", wrong)}");
                return Task.CompletedTask;
            }),
        new("BirthdayInV1 changes the age and keeps the fields v1 does not know",
            "Parse with V1.Profile.Parser, change Age, and write the same object back: unknown fields (email, tags) are kept in it. Building a new V1.Profile would drop them.",
            $"{Lesson}, section \"Adding a field\"",
            exercise =>
            {
                var profile = new V2.Profile { Id = 9, DisplayName = "Ada", Age = 36, Tier = V2.Tier.Platinum, Email = "ada@example.com", Tags = { "math", "poetry" } };
                var back = V2.Profile.Parser.ParseFrom(exercise.BirthdayInV1(profile.ToByteArray()));
                var expected = profile.Clone();
                expected.Age = 37;
                Expect.Equal(expected, back, "the v2 profile read back");
                return Task.CompletedTask;
            }),
        new("PredictV3Tags knows what a single string reads from a repeated field",
            "Each tag is its own field-8 record on the wire; a reader with a single (non-repeated) field keeps the LAST one. No tags means the default, \"\".",
            $"{Lesson}, exercise; lesson 4, section \"Last one wins, and merging by concatenation\"",
            exercise =>
            {
                foreach (var tags in new[] { new[] { "math", "poetry" }, ["one"], [], ["a", "b", "c"] })
                {
                    var profile = new V2.Profile { Id = 1, Tags = { tags } };
                    var expected = tags.Length == 0 ? string.Empty : tags[^1];
                    Expect.Equal(expected, exercise.PredictV3Tags(profile), $"PredictV3Tags(tags [{string.Join(", ", tags)}])");
                }

                return Task.CompletedTask;
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(ISchemaEvolutionExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }
}

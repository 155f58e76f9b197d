using Google.Protobuf;
using GrpcTutorial.Lessons.Syntax;
using GrpcTutorial.Lessons.Wire;

namespace GrpcTutorial.Labs;

/// <summary>Lab 04: lists, maps, presence and merging on the wire. Checks an <see cref="IListsMapsPresenceExercise"/>.</summary>
public static class ListsMapsPresenceLab
{
    private const string Lesson = "Lesson 4 · Wire encoding: lists, maps, presence and unknown fields";

    private static readonly LabDefinition<IListsMapsPresenceExercise> s_lab = new("Lab 04 · Lists, maps and presence on the wire",
    [
        new("EncodePackedInt32 writes one tag, the length, then the values",
            "A packed field is one LEN record: the tag (fieldNumber << 3) | 2, the varint byte count of the body, then each value as a varint (a negative int32 is sign-extended to 64 bits: 10 bytes). An empty list writes nothing.",
            $"{Lesson}, section \"Packed repeated fields\"",
            exercise =>
            {
                foreach (int[] values in new[] { new[] { 1, 2, 3 }, [3, 270, 86942], [-1, -2, -3], [] })
                {
                    ExpectBytes(new Test4 { D = { values } }.ToByteArray(), exercise.EncodePackedInt32(4, values), $"EncodePackedInt32(4, [{string.Join(", ", values)}])");
                }

                int[] negatives = [-1, -2, -3];
                ExpectBytes(new SignedLists { AsInt32 = { negatives } }.ToByteArray(), exercise.EncodePackedInt32(1, negatives), "EncodePackedInt32(1, [-1, -2, -3])");
                return Task.CompletedTask;
            }),
        new("EncodePackedSInt32 ZigZag-encodes each value (-1, -2, -3 take 3 bytes, not 30)",
            "Same record as step 1, but each value goes through ZigZag first, (uint)((n << 1) ^ (n >> 31)), then is written as a varint: -1, -2, -3 become 01 03 05. The length counts the body's bytes, not the values.",
            $"{Lesson}, section \"Packed repeated fields\"; lesson 3, section \"Negative numbers: int32 costs 10 bytes, sint32 ZigZag does not\"",
            exercise =>
            {
                foreach (int[] values in new[] { new[] { -1, -2, -3 }, [1, 2, 3], [-64, 64, 0], [int.MinValue, int.MaxValue], [] })
                {
                    ExpectBytes(new SignedLists { AsSint32 = { values } }.ToByteArray(), exercise.EncodePackedSInt32(2, values), $"EncodePackedSInt32(2, [{string.Join(", ", values)}])");
                }

                return Task.CompletedTask;
            }),
        new("EncodeInventory writes each map entry as a nested message (key is field 1, value field 2)",
            "A map<string, int32> stock = 1 is a repeated field 1 of entries: for each entry, tag 0A, the entry's length, then the entry's own fields: the key (tag 0A, UTF-8 length, bytes) and the value (tag 10, varint). The entry is a message like any other, so a key \"\" or a value 0 is not written in it. Encode the entry first to know its length.",
            $"{Lesson}, section \"Maps as repeated entries\"",
            exercise =>
            {
                Inventory[] inventories =
                [
                    new() { Stock = { ["apple"] = 3, ["pear"] = 12 } },
                    new() { Stock = { ["crème brûlée"] = 150 } },
                    new() { Stock = { ["owed"] = -2, ["kiwi"] = 1, ["plum"] = 300 } },
                    new() { Stock = { ["none left"] = 0, [""] = 7 } },
                    new(),
                ];
                foreach (var inventory in inventories)
                {
                    ExpectBytes(inventory.ToByteArray(), exercise.EncodeInventory(inventory.Clone()), $"EncodeInventory({inventory})");
                }

                return Task.CompletedTask;
            }),
        new("EncodePresence writes an optional field set to 0 or \"\", and skips a plain one",
            "Fields in number order: implicit_count (1, VARINT) and implicit_name (3, LEN) are written only when they are not 0 or \"\"; explicit_count (2) and explicit_name (4) are written whenever HasExplicitCount or HasExplicitName is true, even when the value is 0 or \"\".",
            $"{Lesson}, section \"Default values are not written; optional changes that\"",
            exercise =>
            {
                Presence[] messages =
                [
                    new(),
                    new() { ExplicitCount = 0 },
                    new() { ExplicitName = "" },
                    new() { ImplicitCount = 0, ExplicitCount = 0, ImplicitName = "", ExplicitName = "" },
                    new() { ImplicitCount = 5, ExplicitCount = -1, ImplicitName = "a", ExplicitName = "Zoë" },
                ];
                foreach (var message in messages)
                {
                    ExpectBytes(message.ToByteArray(), exercise.EncodePresence(message.Clone()), $"EncodePresence({Show(message)})");
                }

                return Task.CompletedTask;
            }),
        new("PredictConcatenation knows what the bytes of two accounts, one after the other, parse to",
            "Start from a copy of first. A plain field of second wins only if second wrote it (not 0, \"\" or PLAN_UNSPECIFIED); the optional discount_percent wins whenever second has it, even 0; tags are appended; labels are set key by key (the later entry wins); a billing_address that second has (even an empty one) is merged into first's field by field, with the same rules. The checks' accounts set only id, owner, plan, tags, labels, billing_address and discount_percent.",
            $"{Lesson}, section \"Last one wins, and merging by concatenation\"",
            exercise =>
            {
                var address = new Account.Types.Address { Street = "1 Rue de Rivoli", City = "Paris", CountryCode = "FR" };
                var full = new Account { Id = 1, Owner = "Ada", Plan = Plan.Pro, Tags = { "vip" }, Labels = { ["team"] = "math", ["desk"] = "3" }, BillingAddress = address, DiscountPercent = 10 };
                (Account First, Account Second)[] pairs =
                [
                    (full, new Account { Owner = "Ada Lovelace", Tags = { "beta" }, BillingAddress = new Account.Types.Address { City = "London" } }),
                    (full, new Account { Id = 2, Plan = Plan.Free, Labels = { ["team"] = "poetry", ["floor"] = "2" }, DiscountPercent = 0 }),
                    (full, new Account()),
                    (new Account(), full),
                    (new Account { Owner = "Ada", Tags = { "a", "b" } }, new Account { Tags = { "b", "c" }, Plan = Plan.Enterprise, BillingAddress = new Account.Types.Address() }),
                ];
                foreach (var (first, second) in pairs)
                {
                    var expected = Account.Parser.ParseFrom([.. first.ToByteArray(), .. second.ToByteArray()]);
                    var actual = exercise.PredictConcatenation(first.Clone(), second.Clone());
                    Expect.Equal(expected, actual, $"PredictConcatenation(first {first}, second {second})");
                }

                return Task.CompletedTask;
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IListsMapsPresenceExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }

    // The JSON of a Presence hides which fields were set to their default; this shows them.
    private static string Show(Presence message)
    {
        var set = new List<string>();
        if (message.ImplicitCount != 0)
        {
            set.Add($"ImplicitCount = {message.ImplicitCount}");
        }

        if (message.HasExplicitCount)
        {
            set.Add($"ExplicitCount = {message.ExplicitCount}");
        }

        if (message.ImplicitName.Length != 0)
        {
            set.Add($"ImplicitName = \"{message.ImplicitName}\"");
        }

        if (message.HasExplicitName)
        {
            set.Add($"ExplicitName = \"{message.ExplicitName}\"");
        }

        return set.Count == 0 ? "new Presence()" : $"new Presence {{ {string.Join(", ", set)} }}";
    }

    private static void ExpectBytes(byte[] expected, byte[]? actual, string call) =>
        Expect.That(actual is not null && expected.AsSpan().SequenceEqual(actual), $"{call} to return {Describe.Bytes(expected)}", $"it returned {(actual is null ? "null" : Describe.Bytes(actual))}");
}

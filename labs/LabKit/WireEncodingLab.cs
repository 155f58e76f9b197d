using Google.Protobuf;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>Lab 03: the wire format, by hand. Checks an <see cref="IWireEncodingExercise"/>.</summary>
public static class WireEncodingLab
{
    private const string Lesson3 = "Lesson 3 · Wire encoding";
    private const string Lesson4 = "Lesson 4 · Wire encoding: lists, maps, presence and unknown fields";

    private static readonly LabDefinition<IWireEncodingExercise> s_lab = new("Lab 03 · Wire encoding by hand",
    [
        new("EncodeVarint writes base-128 varints (150 is 96 01)",
            "Take the low 7 bits of the value; if more bits remain, set the top bit (0x80) and repeat with value >> 7.",
            $"{Lesson3}, section \"Varints byte by byte\"",
            exercise =>
            {
                foreach (var value in new ulong[] { 0, 1, 127, 128, 150, 300, 12345, uint.MaxValue, ulong.MaxValue })
                {
                    var expected = new byte[CodedOutputStream.ComputeUInt64Size(value)];
                    new CodedOutputStream(expected).WriteUInt64(value);
                    ExpectBytes(expected, exercise.EncodeVarint(value), $"EncodeVarint({value})");
                }

                return Task.CompletedTask;
            }),
        new("EncodeTag combines field number and wire type (field 1, VARINT is 08; field 16 takes two bytes)",
            "The tag is the varint of (fieldNumber << 3) | (int)wireType: reuse EncodeVarint.",
            $"{Lesson3}, sections \"Tags\" and \"Field numbers: 1-15 take one tag byte, 16-2047 two\"",
            exercise =>
            {
                foreach (var (number, type) in new[] { (1, WireFormat.WireType.Varint), (2, WireFormat.WireType.LengthDelimited), (15, WireFormat.WireType.Fixed32), (16, WireFormat.WireType.Varint), (2047, WireFormat.WireType.LengthDelimited), (2048, WireFormat.WireType.Fixed64) })
                {
                    var expected = new byte[CodedOutputStream.ComputeTagSize(number)];
                    new CodedOutputStream(expected).WriteTag(number, type);
                    ExpectBytes(expected, exercise.EncodeTag(number, type), $"EncodeTag({number}, {type})");
                }

                return Task.CompletedTask;
            }),
        new("ZigZag maps small negative numbers to small unsigned ones (-1 is 1, 1 is 2)",
            "ZigZag is (uint)((n << 1) ^ (n >> 31)): the arithmetic shift copies the sign bit into every bit.",
            $"{Lesson3}, section \"Negative numbers: int32 costs 10 bytes, sint32 ZigZag does not\"",
            exercise =>
            {
                foreach (var value in new[] { 0, -1, 1, -2, 2, 63, -64, int.MaxValue, int.MinValue })
                {
                    Expect.Equal(GrpcTutorial.Wire.ZigZag.Encode32(value), exercise.ZigZag(value), $"ZigZag({value})");
                }

                return Task.CompletedTask;
            }),
        new("EncodeUser writes the same bytes as user.ToByteArray()",
            "For each field in number order: skip it when it holds its default (0 or \"\"); else write the tag, then a varint (id, age) or the UTF-8 length and bytes (name, email). A negative int32 takes 10 bytes.",
            $"{Lesson3}, section \"Length-delimited: strings, bytes and nested messages\"; {Lesson4}, section \"Default values are not written; optional changes that\"",
            exercise =>
            {
                User[] users =
                [
                    new() { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 },
                    new() { Id = 1, Name = "Ada" },
                    new() { Name = "Zoë Ünal", Age = -1 },
                    new(),
                ];
                foreach (var user in users)
                {
                    ExpectBytes(user.ToByteArray(), exercise.EncodeUser(user), $"EncodeUser({user})");
                }

                return Task.CompletedTask;
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IWireEncodingExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }

    private static void ExpectBytes(byte[] expected, byte[]? actual, string call) =>
        Expect.That(actual is not null && expected.AsSpan().SequenceEqual(actual), $"{call} to return {Describe.Bytes(expected)}", $"it returned {(actual is null ? "null" : Describe.Bytes(actual))}");
}

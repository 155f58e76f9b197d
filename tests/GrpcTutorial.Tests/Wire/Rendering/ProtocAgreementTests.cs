using Google.Protobuf;
using GrpcTutorial.Samples;
using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire.Rendering;

/// <summary>ToDecodeRawText must print exactly what the real <c>protoc --decode_raw</c> prints.</summary>
public sealed class ProtocAgreementTests
{
    public static TheoryData<string, byte[]> Messages()
    {
        var allBytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var data = new TheoryData<string, byte[]>
        {
            { "user", SampleUsers.JohnDoe.ToByteArray() },
            { "get user response", new GetUserResponse { User = SampleUsers.JohnDoe }.ToByteArray() },
            { "empty", [] },
            { "guide varint", new Test1 { A = 150 }.ToByteArray() },
            { "guide nested", new Test3 { C = new Test1 { A = 150 } }.ToByteArray() },
            { "guide packed", new Packed { F = { 3, 270, 86942 } }.ToByteArray() },
            {
                "negative and extreme scalars",
                new Scalars
                {
                    Int32Value = -1,
                    Int64Value = long.MinValue,
                    Uint32Value = uint.MaxValue,
                    Uint64Value = ulong.MaxValue,
                    Sint32Value = int.MinValue,
                    Sint64Value = -2,
                    Fixed32Value = 0xDEADBEEF,
                    Fixed64Value = 1,
                    Sfixed32Value = -1,
                    Sfixed64Value = -1,
                    FloatValue = -0.25f,
                    DoubleValue = double.NaN,
                    BoolValue = true,
                    StringValue = "quote \" backslash \\ newline \n tab \t return \r apostrophe ' é 日本 \u0001 \u007f",
                    BytesValue = ByteString.CopyFrom(allBytes),
                    Color = Color.Red,
                    Maybe = -3,
                }.ToByteArray()
            },
            {
                "collections",
                new Collections
                {
                    Numbers = { 0, 1, -1, int.MaxValue },
                    SignedNumbers = { -1, 1 },
                    FixedNumbers = { 7 },
                    Doubles = { 1.5 },
                    Names = { "hi", "", "\b\u0001", "testing" },
                    Scores = { ["alice"] = 90, ["bob"] = -7 },
                    Items = { new Test1 { A = 1 }, new Test1() },
                    Unpacked = { 5, 6 },
                    Colors = { Color.Green },
                }.ToByteArray()
            },
            { "deep nodes beyond protoc's ten printed levels", Chain(15).ToByteArray() },
            { "group", new WithGroup { Item = new WithGroup.Types.Item { X = 5, Y = "hello" }, After = 1 }.ToByteArray() },
            { "high field numbers", new HighNumbers { Fifteen = 1, Sixteen = 2, TwoThousandFortyEight = 3, Largest = 4 }.ToByteArray() },
            { "100 nested groups", [.. Enumerable.Repeat((byte)0x0B, 100), 0x08, 0x01, .. Enumerable.Repeat((byte)0x0C, 100)] },
        };
        foreach (var groups in new[] { 9, 10, 11 })
        {
            byte[] nested = [.. Enumerable.Repeat((byte)0x0B, groups), 0x08, 0x01, .. Enumerable.Repeat((byte)0x0C, groups)];
            data.Add($"{groups} groups inside a LEN field", WireBytes.LenField(1, nested));
            data.Add($"{groups} groups inside a LEN field two levels down", WireBytes.NestedLen(2, nested));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Decode_raw_text_equals_protoc(string name, byte[] bytes)
    {
        var protoc = Protoc.DecodeRaw(bytes);

        Assert.True(protoc.ExitCode == 0, $"{name}: protoc failed: {protoc.Error}");
        Assert.Equal(protoc.Output, WireInspector.Inspect(bytes).ToDecodeRawText());
    }

    [Theory]
    [InlineData("88 80 80 80 00 01")]
    [InlineData("88 80 80 80 80 00 01")]
    [InlineData("88 80 80 80 10 01")]
    [InlineData("0A 07 88 80 80 80 80 00 01")]
    [InlineData("0A 06 88 80 80 80 10 01")]
    [InlineData("0A 80 80 80 80 00")]
    [InlineData("0A 80 80 80 80 80 00")]
    [InlineData("12 0B 0A 80 80 80 80 80 80 80 80 80 00")]
    [InlineData("12 06 0A 80 80 80 80 10")]
    [InlineData("08 FF FF FF FF FF FF FF FF FF 7F")]
    [InlineData("08 80 80 80 80 80 80 80 80 80 02")]
    public void Over_long_varints_are_handled_like_protoc(string hex)
    {
        var bytes = Hex.Parse(hex);
        var protoc = Protoc.DecodeRaw(bytes);

        if (protoc.ExitCode == 0)
        {
            Assert.Equal(protoc.Output, WireInspector.DecodeRaw(bytes));
        }
        else
        {
            Assert.Throws<WireFormatException>(() => WireInspector.DecodeRaw(bytes));
        }
    }

    [Fact]
    public void Ten_thousand_nested_messages_print_like_protoc()
    {
        var bytes = WireBytes.NestedLen(10_000, [0x10, 0x01]);

        var protoc = Protoc.DecodeRaw(bytes);

        Assert.Equal(0, protoc.ExitCode);
        Assert.Equal(protoc.Output, WireInspector.DecodeRaw(bytes));
    }

    [Fact]
    public void Random_valid_messages_print_like_protoc()
    {
        var random = new RandomWire(seed: 20240601);
        for (var i = 0; i < 150; i++)
        {
            var bytes = random.Message(depth: 4);
            var protoc = Protoc.DecodeRaw(bytes);

            Assert.True(protoc.ExitCode == 0, $"protoc rejected {Hex.Format(bytes)}: {protoc.Error}");
            Assert.Equal(protoc.Output, WireInspector.DecodeRaw(bytes));
        }
    }

    [Fact]
    public void Random_damaged_messages_are_rejected_or_printed_like_protoc()
    {
        var random = new RandomWire(seed: 7);
        var (accepted, rejected) = (0, 0);
        for (var i = 0; i < 150; i++)
        {
            var bytes = i % 2 == 0 ? random.Mutated(depth: 3) : random.Garbage(maxLength: 24);
            var protoc = Protoc.DecodeRaw(bytes);

            string? ours;
            try
            {
                ours = WireInspector.DecodeRaw(bytes);
            }
            catch (WireFormatException)
            {
                ours = null;
            }

            if (protoc.ExitCode == 0)
            {
                Assert.True(ours is not null, $"protoc accepted {Hex.Format(bytes)} but the inspector rejected it");
                Assert.Equal(protoc.Output, ours);
                accepted++;
            }
            else
            {
                Assert.True(ours is null, $"protoc rejected {Hex.Format(bytes)} ({protoc.Error.Trim()}) but the inspector printed:\n{ours}");
                rejected++;
            }
        }

        Assert.True(accepted > 10 && rejected > 10, $"accepted {accepted}, rejected {rejected}: the sample should contain both");
    }

    private static Node Chain(int levels)
    {
        var node = new Node { Value = levels, Label = "leaf" };
        for (var i = levels - 1; i > 0; i--)
        {
            node = new Node { Child = node, Value = i };
        }

        return node;
    }
}

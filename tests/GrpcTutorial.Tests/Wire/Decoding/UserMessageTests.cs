using Google.Protobuf;
using GrpcTutorial.Samples;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire.Decoding;

/// <summary>The course's User message, as the lessons show it.</summary>
public sealed class UserMessageTests
{
    [Fact]
    public void User_is_33_bytes_starting_08_B9_60_12_08()
    {
        var dump = WireInspector.Inspect(SampleUsers.JohnDoe);

        Assert.Equal(33, dump.Length);
        Assert.StartsWith("08 B9 60 12 08", dump.Hex);
        Assert.Equal(SampleUsers.JohnDoe.ToByteArray(), dump.Bytes.ToArray());
        Assert.Same(User.Descriptor, dump.Descriptor);
    }

    [Fact]
    public void User_fields_have_names_offsets_and_values()
    {
        var fields = WireInspector.Inspect(SampleUsers.JohnDoe).Fields;

        Assert.Equal(["id", "name", "email", "age"], fields.Select(f => f.Name));
        Assert.Equal([0, 3, 13, 31], fields.Select(f => f.Offset));
        Assert.Equal([3, 10, 18, 2], fields.Select(f => f.Length));
        Assert.Equal(["12345", "\"John Doe\"", "\"john@example.com\"", "30"], fields.Select(f => f.Value));
        Assert.Contains("B9 60 -> 0111001 + 1100000<<7 = 12345", fields[0].Explanation);
        Assert.Equal("0x12 = (2 << 3) | 2", fields[1].TagExplanation);
        Assert.Equal(33, fields.Sum(f => f.Length));
    }

    [Fact]
    public void User_decode_raw_text_matches_the_lesson()
    {
        const string Expected = "1: 12345\n2: \"John Doe\"\n3: \"john@example.com\"\n4: 30\n";

        Assert.Equal(Expected, WireInspector.Inspect(SampleUsers.JohnDoe).ToDecodeRawText());
        Assert.Equal(Expected, WireInspector.DecodeRaw(SampleUsers.JohnDoe.ToByteArray()));
    }

    [Fact]
    public void Inspect_keeps_its_own_copy_of_the_bytes()
    {
        var bytes = SampleUsers.JohnDoe.ToByteArray();
        var dump = WireInspector.Inspect(bytes, User.Descriptor);

        bytes[1] = 0x00;

        Assert.Equal("12345", dump.Fields[0].Value);
        Assert.Equal(0xB9, dump.Bytes.Span[1]);
    }
}

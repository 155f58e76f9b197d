using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire;

public sealed class GrpcFrameTests
{
    [Fact]
    public void Parse_splits_a_body_into_length_prefixed_messages()
    {
        byte[] body = [0, 0, 0, 0, 2, 0x08, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0xFF];

        var frames = GrpcFrame.Parse(body);

        Assert.Equal(3, frames.Count);
        Assert.Equal(new byte[] { 0x08, 0x01 }, frames[0].Payload);
        Assert.Empty(frames[1].Payload);
        Assert.True(frames[2].Compressed);
        Assert.Equal("01 00 00 00 01 FF", frames[2].ToHex());
    }

    [Fact]
    public void Parse_names_the_offset_of_a_torn_frame()
    {
        byte[] body = [0, 0, 0, 0, 1, 0x08, 0, 0, 0, 0, 9, 1, 2];

        var error = Assert.Throws<InvalidDataException>(() => GrpcFrame.Parse(body));

        Assert.Contains("offset 6", error.Message, StringComparison.Ordinal);
        Assert.Single(GrpcFrame.ParseComplete(body, out var consumed));
        Assert.Equal(6, consumed);
    }

    [Fact]
    public void Prefix_is_the_flag_then_a_big_endian_length()
    {
        var frame = new GrpcFrame(false, new byte[300]);

        Assert.Equal(new byte[] { 0, 0, 0, 0x01, 0x2C }, frame.Prefix);
    }

    [Fact]
    public void Encode_writes_flag_big_endian_length_and_message()
    {
        var frame = GrpcFrame.Encode(new GetUserRequest { UserId = 42 });

        // Flag 0, length 2, then field 1 varint 42: 08 2A.
        Assert.Equal(new byte[] { 0, 0, 0, 0, 2, 0x08, 0x2A }, frame);
    }

    [Fact]
    public void Decode_reads_back_what_encode_wrote()
    {
        var user = new User { Id = 7, Name = new string('x', 16 * 1024), Email = "x@example.com", Age = 30 };

        var decoded = GrpcFrame.Decode(GrpcFrame.Encode(user), User.Parser);

        Assert.Equal(user, decoded);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 3, 0x08, 0x2A })]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 0x08, 0x2A })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Decode_rejects_short_compressed_torn_and_repeated_frames(byte[] body)
    {
        Assert.Throws<InvalidDataException>(() => GrpcFrame.Decode(body, GetUserRequest.Parser));
    }
}

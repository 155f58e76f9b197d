using GrpcTutorial.Hosting;

namespace GrpcTutorial.Tests.Hosting;

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
}

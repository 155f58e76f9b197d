using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;

namespace GrpcTutorial.Tests.Wire.Decoding;

/// <summary>Invalid bytes fail with a <see cref="WireFormatException"/> that names the offending offset.</summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("08", 1, "Truncated varint at offset 1")]
    [InlineData("08 96", 1, "Truncated varint at offset 1")]
    [InlineData("08 01 10 FF FF", 3, "Truncated varint at offset 3")]
    [InlineData("96", 0, "Truncated varint at offset 0")]
    [InlineData("08 FF FF FF FF FF FF FF FF FF FF 01", 1, "Varint at offset 1 is longer than 10 bytes")]
    [InlineData("0E 01", 0, "Invalid wire type 6 at offset 0")]
    [InlineData("08 01 0F 01", 2, "Invalid wire type 7 at offset 2")]
    [InlineData("00", 0, "Field number 0 at offset 0")]
    [InlineData("08 01 02 05", 2, "Field number 0 at offset 2")]
    [InlineData("12 05 61 62", 1, "Length 5 at offset 1 runs past the end of the buffer: only 2 bytes follow it")]
    [InlineData("0A FF FF FF FF 0F", 1, "Length 4294967295 at offset 1 runs past the end")]
    [InlineData("0D 01 02", 1, "Truncated fixed32 (I32) value at offset 1: it needs 4 bytes but only 2 remain")]
    [InlineData("09 01 02 03 04 05 06 07", 1, "Truncated fixed64 (I64) value at offset 1: it needs 8 bytes but only 7 remain")]
    [InlineData("0C", 0, "Unmatched group end at offset 0")]
    [InlineData("08 01 14", 2, "Unmatched group end at offset 2")]
    [InlineData("0B 08 01", 0, "Unterminated group at offset 0")]
    [InlineData("0B 14", 1, "Mismatched group end at offset 1: EGROUP for field 2, but the group opened at offset 0 is field 1")]
    public void Malformed_bytes_name_the_offset(string hex, int offset, string message)
    {
        var bytes = Hex.Parse(hex);

        foreach (var attempt in new Action[]
        {
            () => WireInspector.Inspect(bytes),
            () => WireInspector.Inspect(bytes, Scalars.Descriptor),
            () => WireInspector.DecodeRaw(bytes),
        })
        {
            var error = Assert.Throws<WireFormatException>(attempt);
            Assert.Contains(message, error.Message);
            Assert.Equal(offset, error.Offset);
        }

        Assert.NotEqual(0, Protoc.DecodeRaw(bytes).ExitCode);
    }

    [Fact]
    public void Tags_larger_than_32_bits_are_rejected()
    {
        var bytes = Hex.Parse("80 80 80 80 80 01 01");

        var error = Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes));

        Assert.Equal("Tag at offset 0 is 34359738368, larger than 32 bits: not a valid tag.", error.Message);
        Assert.Throws<WireFormatException>(() => WireInspector.DecodeRaw(bytes));
        Assert.NotEqual(0, Protoc.DecodeRaw(bytes).ExitCode);
    }

    [Fact]
    public void Truncated_varint_message_explains_the_continuation_bit()
    {
        var error = Assert.Throws<WireFormatException>(() => WireInspector.InspectHex("08 01 10 96 96"));

        Assert.Equal(
            "Truncated varint at offset 3: the buffer ends before a byte without the continuation bit.",
            error.Message);
    }

    [Fact]
    public void Errors_inside_a_declared_nested_message_use_offsets_of_the_whole_buffer()
    {
        var bytes = Hex.Parse("08 01 1A 02 08 96");

        var error = Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes, Test3.Descriptor));

        Assert.Equal(5, error.Offset);
        Assert.Contains("offset 5", error.Message);
    }

    [Fact]
    public void Without_a_schema_a_body_that_is_not_a_message_is_just_bytes()
    {
        var field = Assert.Single(WireInspector.InspectHex("1A 02 08 96").Fields);

        Assert.Empty(field.Children);
        Assert.Equal("08 96", field.Value);
    }

    [Fact]
    public void Packed_field_with_a_truncated_element_fails_at_that_element()
    {
        var error = Assert.Throws<WireFormatException>(() => WireInspector.InspectHex("22 03 03 8E 02 9E", Packed.Descriptor));

        Assert.Equal("Truncated varint at offset 5: the buffer ends before a byte without the continuation bit.", error.Message);
    }

    [Fact]
    public void Packed_fixed32_field_with_a_partial_element_fails()
    {
        var error = Assert.Throws<WireFormatException>(() => WireInspector.InspectHex("1A 06 01 00 00 00 02 00", Collections.Descriptor));

        Assert.Equal(6, error.Offset);
        Assert.Contains("Truncated fixed32", error.Message);
    }

    [Fact]
    public void Groups_nested_deeper_than_the_limit_fail()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)0x0B, 101), .. Enumerable.Repeat((byte)0x0C, 101)];

        var error = Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes));
        Assert.Equal(100, error.Offset);
        Assert.Contains("beyond the limit of 100", error.Message);

        var raw = Assert.Throws<WireFormatException>(() => WireInspector.DecodeRaw(bytes));
        Assert.Equal(100, raw.Offset);
        Assert.NotEqual(0, Protoc.DecodeRaw(bytes).ExitCode);
    }

    [Fact]
    public void Ten_thousand_nested_messages_fail_cleanly_at_the_depth_limit()
    {
        var bytes = WireBytes.NestedLen(10_000, [0x10, 0x01]);
        var expectedOffset = WireBytes.NestedTagOffset(bytes, WireInspector.MaxDepth);

        var typed = Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes, Node.Descriptor));
        var raw = Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes));

        Assert.Equal(expectedOffset, typed.Offset);
        Assert.Equal(expectedOffset, raw.Offset);
        Assert.Contains($"Nesting too deep at offset {expectedOffset}", typed.Message);
    }

    [Fact]
    public void Ten_thousand_nested_groups_fail_cleanly()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)0x0B, 10_000), .. Enumerable.Repeat((byte)0x0C, 10_000)];

        Assert.Equal(100, Assert.Throws<WireFormatException>(() => WireInspector.Inspect(bytes, WithGroup.Descriptor)).Offset);
        Assert.Equal(100, Assert.Throws<WireFormatException>(() => WireInspector.DecodeRaw(bytes)).Offset);
    }

    [Fact]
    public void Exactly_one_hundred_nested_messages_are_allowed()
    {
        var bytes = WireBytes.NestedLen(WireInspector.MaxDepth, [0x10, 0x01]);

        var dump = WireInspector.Inspect(bytes, Node.Descriptor);

        var node = dump.Fields[0];
        for (var level = 1; level < WireInspector.MaxDepth; level++)
        {
            node = node.Children[0];
        }

        Assert.Equal("value", Assert.Single(node.Children).Name);
    }
}

using Google.Protobuf;
using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;

namespace GrpcTutorial.Tests.Wire.Decoding;

/// <summary>The examples of the protobuf encoding guide, decoded with and without descriptors.</summary>
public sealed class EncodingGuideTests
{
    [Fact]
    public void Varint_150_is_field_1_with_the_varint_steps()
    {
        var bytes = new Test1 { A = 150 }.ToByteArray();
        Assert.Equal("08 96 01", Hex.Format(bytes));

        var field = Assert.Single(WireInspector.Inspect(bytes, Test1.Descriptor).Fields);

        Assert.Equal(0, field.Offset);
        Assert.Equal(3, field.Length);
        Assert.Equal(1, field.FieldNumber);
        Assert.Equal("a", field.Name);
        Assert.Equal("int32", field.TypeName);
        Assert.Equal(WireType.Varint, field.WireType);
        Assert.Equal("VARINT", field.WireTypeName);
        Assert.Equal("0x08 = (1 << 3) | 0", field.TagExplanation);
        Assert.Equal(1, field.ValueOffset);
        Assert.Equal("96 01", Hex.Format(field.ValueBytes.Span));
        Assert.Equal("150", field.Value);
        Assert.Equal(150, field.DecodedValue);
        Assert.Contains("96 01 -> 0010110 + 0000001<<7 = 150", field.Explanation);
        Assert.Contains("96 = 1|0010110 (more follows)", field.Explanation);
        Assert.Contains("01 = 0|0000001 (last)", field.Explanation);
    }

    [Fact]
    public void Varint_150_without_a_descriptor_is_raw_field_1()
    {
        var field = Assert.Single(WireInspector.InspectHex("08 96 01").Fields);

        Assert.Null(field.Name);
        Assert.Null(field.TypeName);
        Assert.False(field.IsUnknown);
        Assert.Equal("150", field.Value);
        Assert.Equal(150UL, field.DecodedValue);
    }

    [Theory]
    [InlineData(0, 0U)]
    [InlineData(-1, 1U)]
    [InlineData(1, 2U)]
    [InlineData(-2, 3U)]
    [InlineData(2147483647, 4294967294U)]
    [InlineData(-2147483648, 4294967295U)]
    public void ZigZag_decodes_sint32_and_sint64(int value, uint encoded)
    {
        byte[] bytes = [.. WireBytes.VarintField(1, encoded), .. WireBytes.VarintField(2, encoded)];
        if (value != 0)
        {
            Assert.Equal(bytes, new ZigZagPair { S32 = value, S64 = value }.ToByteArray());
        }

        var fields = WireInspector.Inspect(bytes, ZigZagPair.Descriptor).Fields;

        Assert.Equal(2, fields.Count);
        Assert.Equal(value, fields[0].DecodedValue);
        Assert.Equal((long)value, fields[1].DecodedValue);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[0].Value);
        Assert.Equal("sint32", fields[0].TypeName);
        Assert.Equal("sint64", fields[1].TypeName);
        foreach (var field in fields)
        {
            Assert.Contains($" = {encoded}; ZigZag: (n >>> 1) ^ -(n & 1) = {value}", field.Explanation);
        }

        Assert.Equal(encoded, ZigZag.Encode32(value));
        Assert.Equal(value, ZigZag.Decode32(encoded));
        Assert.Equal((ulong)encoded, ZigZag.Encode64(value));
    }

    [Fact]
    public void Negative_int32_costs_ten_bytes_and_shows_its_signed_value()
    {
        var bytes = new Test1 { A = -1 }.ToByteArray();
        Assert.Equal(11, bytes.Length);

        var field = Assert.Single(WireInspector.Inspect(bytes, Test1.Descriptor).Fields);

        Assert.Equal(10, field.ValueBytes.Length);
        Assert.Equal("-1", field.Value);
        Assert.Equal(-1, field.DecodedValue);
        Assert.Contains("= 18446744073709551615", field.Explanation);
        Assert.Contains("10 bytes", field.Explanation);

        var raw = Assert.Single(WireInspector.Inspect(bytes).Fields);
        Assert.Equal("18446744073709551615", raw.Value);
        Assert.Contains("as int64 or int32 this is -1", raw.Explanation);
    }

    [Fact]
    public void Negative_int64_is_shown_signed()
    {
        var bytes = new Scalars { Int64Value = -5_000_000_000 }.ToByteArray();

        var field = Assert.Single(WireInspector.Inspect(bytes, Scalars.Descriptor).Fields);

        Assert.Equal("-5000000000", field.Value);
        Assert.Equal(-5_000_000_000L, field.DecodedValue);
        Assert.Equal(10, field.ValueBytes.Length);
    }

    [Fact]
    public void Packed_repeated_lists_each_element()
    {
        var message = new Packed { F = { 3, 270, 86942 } };
        Assert.Equal("22 06 03 8E 02 9E A7 05", Hex.Format(message.ToByteArray()));

        var field = Assert.Single(WireInspector.InspectHex("22 06 03 8E 02 9E A7 05", Packed.Descriptor).Fields);

        Assert.Equal(4, field.FieldNumber);
        Assert.Equal("f", field.Name);
        Assert.Equal("repeated int32", field.TypeName);
        Assert.Equal(WireType.Len, field.WireType);
        Assert.Equal("0x22 = (4 << 3) | 2", field.TagExplanation);
        Assert.Equal("06", Hex.Format(field.LengthBytes.Span));
        Assert.Equal("[3, 270, 86942]", field.Value);
        Assert.Equal(3, field.Children.Count);
        Assert.All(field.Children, e => Assert.Equal(WireFieldKind.PackedElement, e.Kind));
        Assert.Equal([2, 3, 5], field.Children.Select(e => e.Offset));
        Assert.Equal([1, 2, 3], field.Children.Select(e => e.Length));
        Assert.Equal([3, 270, 86942], field.Children.Select(e => (int)e.DecodedValue!));
        Assert.Equal("f[2]", field.Children[2].Name);
        Assert.Contains("9E A7 05 -> 0011110 + 0100111<<7 + 0000101<<14 = 86942", field.Children[2].Explanation);
    }

    [Fact]
    public void String_is_utf8_text_after_a_length()
    {
        var bytes = new Test2 { B = "testing" }.ToByteArray();
        Assert.Equal("12 07 74 65 73 74 69 6E 67", Hex.Format(bytes));

        var field = Assert.Single(WireInspector.Inspect(bytes, Test2.Descriptor).Fields);

        Assert.Equal("b", field.Name);
        Assert.Equal("string", field.TypeName);
        Assert.Equal("0x12 = (2 << 3) | 2", field.TagExplanation);
        Assert.Equal("07", Hex.Format(field.LengthBytes.Span));
        Assert.Equal(2, field.ValueOffset);
        Assert.Equal("\"testing\"", field.Value);
        Assert.Equal("testing", field.DecodedValue);

        var raw = Assert.Single(WireInspector.Inspect(bytes).Fields);
        Assert.Equal("\"testing\"", raw.Value);
        Assert.Empty(raw.Children);
    }

    [Fact]
    public void Nested_message_has_offsets_relative_to_the_whole_buffer()
    {
        var bytes = new Test3 { C = new Test1 { A = 150 } }.ToByteArray();
        Assert.Equal("1A 03 08 96 01", Hex.Format(bytes));

        var field = Assert.Single(WireInspector.Inspect(bytes, Test3.Descriptor).Fields);
        var inner = Assert.Single(field.Children);

        Assert.Equal("c", field.Name);
        Assert.Equal("Test1", field.TypeName);
        Assert.Equal(2, inner.Offset);
        Assert.Equal(3, inner.ValueOffset);
        Assert.Equal("a", inner.Name);
        Assert.Equal("150", inner.Value);

        var raw = Assert.Single(WireInspector.Inspect(bytes).Fields);
        var rawInner = Assert.Single(raw.Children);
        Assert.Equal(2, rawInner.Offset);
        Assert.Equal("150", rawInner.Value);
    }

    [Fact]
    public void Fixed_width_numbers_are_little_endian()
    {
        var message = new Scalars
        {
            Fixed32Value = 1,
            Fixed64Value = 1,
            Sfixed32Value = -2,
            Sfixed64Value = -3,
            FloatValue = 1.5f,
            DoubleValue = 0.1,
        };

        var fields = WireInspector.Inspect(message).Fields.ToDictionary(f => f.Name!);

        Assert.Equal(WireType.I32, fields["fixed32_value"].WireType);
        Assert.Equal("01 00 00 00", Hex.Format(fields["fixed32_value"].ValueBytes.Span));
        Assert.Equal(1U, fields["fixed32_value"].DecodedValue);
        Assert.Equal(WireType.I64, fields["fixed64_value"].WireType);
        Assert.Equal("01 00 00 00 00 00 00 00", Hex.Format(fields["fixed64_value"].ValueBytes.Span));
        Assert.Equal(1UL, fields["fixed64_value"].DecodedValue);
        Assert.Equal("-2", fields["sfixed32_value"].Value);
        Assert.Equal("-3", fields["sfixed64_value"].Value);
        Assert.Equal("1.5", fields["float_value"].Value);
        Assert.Equal("00 00 C0 3F", Hex.Format(fields["float_value"].ValueBytes.Span));
        Assert.Contains("0x3FC00000", fields["float_value"].Explanation);
        Assert.Equal("0.1", fields["double_value"].Value);
        Assert.Equal(0.1, fields["double_value"].DecodedValue);
    }

    [Fact]
    public void Fixed_width_numbers_without_a_descriptor_are_shown_in_hex()
    {
        var bytes = new Scalars { FloatValue = 1f, Fixed64Value = 1 }.ToByteArray();

        var fields = WireInspector.Inspect(bytes).Fields;

        Assert.Equal("0x0000000000000001", fields[0].Value);
        Assert.Equal("0x3F800000", fields[1].Value);
        Assert.Contains("as float 1", fields[1].Explanation);
    }

    [Theory]
    [InlineData(15, 1, "0x78 = (15 << 3) | 0")]
    [InlineData(16, 2, "80 01 -> 0000000 + 0000001<<7 = 128 = (16 << 3) | 0")]
    [InlineData(2048, 3, "80 80 01 -> 0000000 + 0000000<<7 + 0000001<<14 = 16384 = (2048 << 3) | 0")]
    [InlineData(536870911, 5, "F8 FF FF FF 0F -> 1111000 + 1111111<<7 + 1111111<<14 + 1111111<<21 + 0001111<<28 = 4294967288 = (536870911 << 3) | 0")]
    public void Field_numbers_from_16_take_more_tag_bytes(int number, int tagLength, string explanation)
    {
        var message = new HighNumbers { Fifteen = 1, Sixteen = 1, TwoThousandFortyEight = 1, Largest = 1 };

        var field = WireInspector.Inspect(message).Fields.Single(f => f.FieldNumber == number);

        Assert.Equal(tagLength, field.TagBytes.Length);
        Assert.Equal(tagLength + 1, field.Length);
        Assert.Equal(explanation, field.TagExplanation);
    }
}

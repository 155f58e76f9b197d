using GrpcTutorial.Wire;

namespace GrpcTutorial.Tests.Wire;

/// <summary>The small helpers: hex text, varints and ZigZag.</summary>
public sealed class HexAndVarintTests
{
    [Fact]
    public void Hex_formats_upper_case_pairs_and_parses_them_back()
    {
        Assert.Equal("08 B9 60", Hex.Format([0x08, 0xB9, 0x60]));
        Assert.Equal("", Hex.Format([]));
        Assert.Equal(new byte[] { 0x08, 0xB9, 0x60 }, Hex.Parse("08 b9 60"));
        Assert.Equal(new byte[] { 0x08, 0xB9, 0x60 }, Hex.Parse("08B960"));
        Assert.Equal(new byte[] { 0x08, 0xB9 }, Hex.Parse("0x08, 0xB9"));
        Assert.Throws<FormatException>(() => Hex.Parse("0G"));
        Assert.Throws<FormatException>(() => Hex.Parse("081"));
    }

    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(1UL, "01")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "80 01")]
    [InlineData(150UL, "96 01")]
    [InlineData(12345UL, "B9 60")]
    [InlineData(ulong.MaxValue, "FF FF FF FF FF FF FF FF FF 01")]
    public void Varint_encodes_seven_bits_per_byte(ulong value, string hex)
    {
        Assert.Equal(hex, Hex.Format(Varint.Encode(value)));
    }

    [Fact]
    public void Varint_explains_each_step()
    {
        Assert.Equal("96 01 -> 0010110 + 0000001<<7 = 150", Varint.Explain(Hex.Parse("96 01")));
        Assert.Equal("1E -> 0011110 = 30", Varint.Explain(Hex.Parse("1E")));
        Assert.Equal("96 = 1|0010110 (more follows), 01 = 0|0000001 (last)", Varint.DescribeBytes(Hex.Parse("96 01")));
        Assert.EndsWith("= 18446744073709551615", Varint.Explain(Varint.Encode(ulong.MaxValue)));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void ZigZag_64_round_trips(long value)
    {
        Assert.Equal(value, ZigZag.Decode64(ZigZag.Encode64(value)));
    }

    [Fact]
    public void Wire_type_names_follow_the_encoding_guide()
    {
        Assert.Equal(
            ["VARINT", "I64", "LEN", "SGROUP", "EGROUP", "I32"],
            Enum.GetValues<WireType>().Select(WireTypeNames.Of));
    }
}

using Google.Protobuf;
using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire.Decoding;

/// <summary>What a descriptor adds: names, declared types, enums, maps, packed fields, groups and unknown fields.</summary>
public sealed class DescriptorFeatureTests
{
    [Fact]
    public void Every_scalar_type_decodes_to_its_declared_value()
    {
        var message = new Scalars
        {
            Int32Value = -7,
            Int64Value = 1L << 40,
            Uint32Value = uint.MaxValue,
            Uint64Value = ulong.MaxValue,
            Sint32Value = -100,
            Sint64Value = long.MinValue,
            BoolValue = true,
            StringValue = "héllo",
            BytesValue = ByteString.CopyFrom(0x00, 0xFF, 0x10),
            Color = Color.Green,
            Maybe = 0,
        };

        var fields = WireInspector.Inspect(message).Fields.ToDictionary(f => f.Name!);

        Assert.Equal("-7", fields["int32_value"].Value);
        Assert.Equal("1099511627776", fields["int64_value"].Value);
        Assert.Equal("4294967295", fields["uint32_value"].Value);
        Assert.Equal("18446744073709551615", fields["uint64_value"].Value);
        Assert.Equal("-100", fields["sint32_value"].Value);
        Assert.Equal("-9223372036854775808", fields["sint64_value"].Value);
        Assert.Equal("true", fields["bool_value"].Value);
        Assert.Equal(true, fields["bool_value"].DecodedValue);
        Assert.Equal("\"héllo\"", fields["string_value"].Value);
        Assert.Equal(6, fields["string_value"].ValueBytes.Length);
        Assert.Equal("00 FF 10", fields["bytes_value"].Value);
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x10 }, fields["bytes_value"].DecodedValue);
        Assert.Equal("COLOR_GREEN = 2", fields["color"].Value);
        Assert.Equal("Color", fields["color"].TypeName);
        Assert.Equal("0", fields["maybe"].Value);
        Assert.Equal(2, fields["maybe"].TagBytes.Length);
        Assert.All(fields.Values, f => Assert.False(f.IsUnknown));
    }

    [Fact]
    public void An_enum_number_without_a_name_is_kept_and_flagged()
    {
        var field = Assert.Single(WireInspector.Inspect(WireBytes.VarintField(16, 7), Scalars.Descriptor).Fields);

        Assert.Equal("7 (not declared in Color)", field.Value);
        Assert.Equal(7, field.DecodedValue);
    }

    [Fact]
    public void Map_entries_are_nested_key_value_messages()
    {
        var message = new Collections { Scores = { ["alice"] = 90, ["bob"] = 7 } };

        var entries = WireInspector.Inspect(message).Fields;

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("map<string, int32>", e.TypeName));
        Assert.All(entries, e => Assert.Equal("scores", e.Name));
        Assert.Equal("\"alice\" => 90", entries[0].Value);
        Assert.Equal("\"bob\" => 7", entries[1].Value);
        Assert.Equal(["key", "value"], entries[0].Children.Select(c => c.Name));
        Assert.Equal(["string", "int32"], entries[0].Children.Select(c => c.TypeName));
        Assert.Equal(entries[0].ValueOffset, entries[0].Children[0].Offset);
    }

    [Fact]
    public void Packed_fields_of_every_width_are_split_into_elements()
    {
        var message = new Collections
        {
            SignedNumbers = { -1, 1, -64 },
            FixedNumbers = { 1, 2 },
            Doubles = { 0.5, -2 },
            Colors = { Color.Red, Color.Green },
        };

        var fields = WireInspector.Inspect(message).Fields.ToDictionary(f => f.Name!);

        Assert.Equal("[-1, 1, -64]", fields["signed_numbers"].Value);
        Assert.Equal([1, 1, 1], fields["signed_numbers"].Children.Select(c => c.Length));
        Assert.Equal("[1, 2]", fields["fixed_numbers"].Value);
        Assert.Equal([4, 4], fields["fixed_numbers"].Children.Select(c => c.Length));
        Assert.Equal("[0.5, -2]", fields["doubles"].Value);
        Assert.Equal("[COLOR_RED = 1, COLOR_GREEN = 2]", fields["colors"].Value);
    }

    [Fact]
    public void Unpacked_repeated_fields_repeat_the_tag()
    {
        var bytes = new Collections { Unpacked = { 1, 2 }, Names = { "a", "b" }, Items = { new Test1 { A = 1 } } }.ToByteArray();

        var fields = WireInspector.Inspect(bytes, Collections.Descriptor).Fields;

        Assert.Equal([5, 5, 7, 8, 8], fields.Select(f => f.FieldNumber));
        Assert.Equal(["\"a\"", "\"b\""], fields.Take(2).Select(f => f.Value));
        Assert.Equal("Test1 (2 bytes)", fields[2].Value);
        Assert.Equal(["1", "2"], fields.Skip(3).Select(f => f.Value));
        Assert.All(fields.Skip(3), f => Assert.Equal(WireType.Varint, f.WireType));
    }

    [Fact]
    public void Unknown_fields_are_decoded_raw_and_marked()
    {
        var user = new User { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 };
        var bytes = user.ToByteArray();

        // An older reader that only knows field 1 keeps the other fields as unknown fields...
        var older = Test1.Parser.ParseFrom(bytes);
        Assert.Equal(12345, older.A);
        Assert.Equal(bytes, older.ToByteArray());

        // ...and the inspector shows them as such.
        var fields = WireInspector.Inspect(bytes, Test1.Descriptor).Fields;

        Assert.Equal("a", fields[0].Name);
        Assert.False(fields[0].IsUnknown);
        Assert.All(fields.Skip(1), f => Assert.True(f.IsUnknown));
        Assert.All(fields.Skip(1), f => Assert.Null(f.Name));
        Assert.All(fields.Skip(1), f => Assert.Equal("unknown", f.TypeName));
        Assert.Equal("\"John Doe\"", fields[1].Value);
        Assert.Equal("30", fields[3].Value);
        Assert.Contains("unknown field", fields[1].Explanation);
    }

    [Fact]
    public void A_wire_type_that_contradicts_the_declaration_is_marked()
    {
        var field = Assert.Single(WireInspector.InspectHex("0A 01 41", Test1.Descriptor).Fields);

        Assert.Equal("a", field.Name);
        Assert.True(field.IsUnknown);
        Assert.Equal("\"A\"", field.Value);
        Assert.Contains("does not match the declared int32 (VARINT)", field.Explanation);
    }

    [Fact]
    public void Groups_are_decoded_with_their_end_tag()
    {
        var message = new WithGroup { Item = new WithGroup.Types.Item { X = 5, Y = "hello" }, After = 1 };
        var bytes = message.ToByteArray();
        Assert.Equal("0B 10 05 1A 05 68 65 6C 6C 6F 0C 20 01", Hex.Format(bytes));

        var fields = WireInspector.Inspect(bytes, WithGroup.Descriptor).Fields;

        Assert.Equal(2, fields.Count);
        var group = fields[0];
        Assert.Equal(WireType.SGroup, group.WireType);
        Assert.Equal("item", group.Name);
        Assert.Equal(11, group.Length);
        Assert.Equal(["x", "y", null], group.Children.Select(c => c.Name));
        Assert.Equal(WireFieldKind.GroupEnd, group.Children[2].Kind);
        Assert.Equal(WireType.EGroup, group.Children[2].WireType);
        Assert.Equal(10, group.Children[2].Offset);
        Assert.Equal("\"hello\"", group.Children[1].Value);

        var raw = WireInspector.Inspect(bytes).Fields[0];
        Assert.Equal(["5", "\"hello\"", "end of group"], raw.Children.Select(c => c.Value));
    }

    [Fact]
    public void Without_a_schema_bytes_that_parse_as_a_message_are_shown_nested_like_protoc_does()
    {
        // "hi" is 68 69: field 13, VARINT, value 105. protoc --decode_raw guesses a message too.
        var field = Assert.Single(WireInspector.InspectHex("1A 02 68 69").Fields);

        Assert.Equal("message? (2 bytes)", field.Value);
        Assert.Contains("also the text \"hi\"", field.Explanation);
        var inner = Assert.Single(field.Children);
        Assert.Equal(13, inner.FieldNumber);
        Assert.Equal("105", inner.Value);
        Assert.Equal("3 {\n  13: 105\n}\n", WireInspector.InspectHex("1A 02 68 69").ToDecodeRawText());
    }

    [Fact]
    public void Without_a_schema_other_bytes_are_text_or_hex()
    {
        var fields = WireInspector.InspectHex("0A 03 41 42 43 12 02 FF 00").Fields;

        Assert.Equal("\"ABC\"", fields[0].Value);
        Assert.Equal("ABC", fields[0].DecodedValue);
        Assert.Equal("FF 00", fields[1].Value);
        Assert.Equal(new byte[] { 0xFF, 0x00 }, fields[1].DecodedValue);
    }

    [Fact]
    public void Empty_buffer_has_no_fields()
    {
        var dump = WireInspector.Inspect([], User.Descriptor);

        Assert.Empty(dump.Fields);
        Assert.Equal("", dump.ToDecodeRawText());
        Assert.Contains("0 bytes", dump.ToText());
    }
}

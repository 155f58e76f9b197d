using Google.Protobuf;
using GrpcTutorial.Samples;
using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire.Rendering;

/// <summary>The text and HTML renderings of a dump.</summary>
public sealed class RenderingTests
{
    [Fact]
    public void Text_table_has_a_header_offsets_field_names_and_explanations()
    {
        var text = WireInspector.Inspect(SampleUsers.JohnDoe).ToText();
        var lines = text.Split('\n');

        Assert.Equal("33 bytes, 4 top-level fields, decoded as user_service.User", lines[0]);
        Assert.StartsWith("Offset  Bytes", lines[1]);
        Assert.Matches(@"^0\s+08\s+1 id\s+int32\s+VARINT\s+tag\s+0x08 = \(1 << 3\) \| 0$", lines[3]);
        Assert.Matches(@"^1\s+B9 60\s+12345\s+B9 = 1\|0111001", lines[4]);
        Assert.Contains(lines, l => l.StartsWith("3 ", StringComparison.Ordinal) && l.Contains("2 name", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("13 ", StringComparison.Ordinal) && l.Contains("3 email", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("31 ", StringComparison.Ordinal) && l.Contains("4 age", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("5 ", StringComparison.Ordinal) && l.Contains("\"John Doe\"", StringComparison.Ordinal));
        Assert.Equal(text, WireInspector.Inspect(SampleUsers.JohnDoe).ToString());
    }

    [Fact]
    public void Text_table_indents_nested_fields_and_wraps_long_byte_runs()
    {
        var bytes = new GetUserResponse { User = SampleUsers.JohnDoe }.ToByteArray();

        var lines = WireInspector.Inspect(bytes, GetUserResponse.Descriptor).ToText().Split('\n');

        Assert.Contains(lines, l => l.Contains("  1 id ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("17 ", StringComparison.Ordinal) && l.Contains("6A 6F 68 6E 40 65 78 61", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimEnd() == "25      6D 70 6C 65 2E 63 6F 6D");
    }

    [Fact]
    public void Html_table_encodes_text_and_indents_nested_rows()
    {
        var message = new Test3 { C = new Test1 { A = 1 } };
        var evil = new Test2 { B = "<script>alert('x')</script>" };

        var html = WireInspector.Inspect(evil).ToHtml();
        var nested = WireInspector.Inspect(message).ToHtml();

        Assert.StartsWith("<table class=\"wire-table\">", html);
        Assert.Contains("<th>Offset</th>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<tr class=\"wire-tag wire-depth-1\" data-depth=\"1\">", nested);
        Assert.Contains("<tr class=\"wire-tag\" data-depth=\"0\">", nested);
        Assert.Contains("padding-left:1.5em", nested);
        Assert.Contains("0x08 = (1 &lt;&lt; 3) | 0", nested);
    }

    [Fact]
    public void Html_has_one_row_per_tag_length_and_value()
    {
        var html = WireInspector.Inspect(SampleUsers.JohnDoe).ToHtml();

        Assert.Equal(4, CountOf(html, "<tr class=\"wire-tag\""));
        Assert.Equal(2, CountOf(html, "<tr class=\"wire-length\""));
        Assert.Equal(4, CountOf(html, "<tr class=\"wire-value\""));
    }

    [Fact]
    public void Packed_elements_and_group_ends_get_their_own_rows()
    {
        var packed = WireInspector.InspectHex("22 06 03 8E 02 9E A7 05", Packed.Descriptor).ToHtml();
        var group = WireInspector.InspectHex("0B 08 01 0C").ToText();

        Assert.Equal(3, CountOf(packed, "<tr class=\"wire-element wire-depth-1\""));
        Assert.Contains("[3, 270, 86942]", packed);
        Assert.Contains("end of group", group);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

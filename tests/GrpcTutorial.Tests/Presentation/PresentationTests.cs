using GrpcTutorial.Presentation;
using Microsoft.DotNet.Interactive.Formatting;

namespace GrpcTutorial.Tests.Presentation;

public sealed class PresentationTests
{
    [Fact]
    public void Table_encodes_cell_text_and_formats_numbers_invariantly()
    {
        var table = new HtmlTable("Format", "Bytes").AddRow("<b>JSON</b>", 1234).AddRow("Protobuf", 33.25);

        var html = table.ToHtml();

        Assert.Contains("<td>&lt;b&gt;JSON&lt;/b&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1,234</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>33.25</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_text_is_aligned_in_columns()
    {
        var text = new HtmlTable("Format", "Bytes").AddRow("JSON", 66).AddRow("Protobuf", 33).ToString();

        Assert.Equal(["Format    Bytes", "--------  -----", "JSON      66", "Protobuf  33"], text.Split('\n'));
    }

    [Fact]
    public void Table_rejects_a_row_of_the_wrong_width()
    {
        var error = Assert.Throws<ArgumentException>(() => new HtmlTable("a", "b").AddRow(1));

        Assert.Contains("1 cells but the table has 2 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_scales_bars_to_the_largest_value_and_encodes_labels()
    {
        var chart = new BarChart("Size", "bytes").Add("JSON <x>", 66).Add("Protobuf", 33);

        var svg = chart.ToHtml();

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"360\"", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"180\"", svg, StringComparison.Ordinal);
        Assert.Contains("JSON &lt;x&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Chart_rejects_values_it_cannot_draw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChart("t", "u").Add("neg", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarChart("t", "u").Add("nan", double.NaN));
    }

    [Fact]
    public void The_notebook_formatter_finds_our_html_by_convention()
    {
        // Microsoft.DotNet.Interactive.Formatting is the kernel's own formatter: it must pick up
        // our TypeFormatterSourceAttribute by name, as it does in Polyglot Notebooks.
        var table = new HtmlTable("Code", "Name").AddRow(5, "NOT_FOUND");

        var html = table.ToDisplayString("text/html");
        var text = table.ToDisplayString("text/plain");

        Assert.Equal(table.ToHtml(), html);
        Assert.Equal(table.ToString(), text);
        Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(typeof(HtmlTable)).First());
    }
}

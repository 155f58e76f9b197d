using NotebookRunner.Export;

namespace NotebookRunner.Tests.Export;

public sealed class HtmlOutputSanitizerTests
{
    // As BarChart.ToHtml() renders it (src/GrpcTutorial/Presentation/BarChart.cs).
    private const string BarChartSvg =
        "<svg class=\"course-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"86\" viewBox=\"0 0 680 86\" role=\"img\" aria-label=\"Sizes &amp; more\">"
        + "<text x=\"0\" y=\"18\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\" fill=\"currentColor\">Sizes &amp; more</text>"
        + "<text x=\"172\" y=\"44\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">JSON</text>"
        + "<rect x=\"180\" y=\"32\" width=\"360\" height=\"18\" fill=\"#4e79a7\"/>"
        + "<text x=\"546\" y=\"44\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">120 bytes</text>"
        + "</svg>";

    [Theory]
    // The HTML5 parser adds the implied <tbody>, as a browser does.
    [InlineData("<table><tr><td class=\"c\">1</td></tr></table>", "<table><tbody><tr><td class=\"c\">1</td></tr></tbody></table>")]
    [InlineData("<details open=\"open\" class=\"dni-treeview\"><summary>s</summary></details>", "<details open=\"open\" class=\"dni-treeview\"><summary>s</summary></details>")]
    [InlineData("a<script>alert(1)</script>b", "ab")]
    [InlineData("<style>.x{}</style><b>x</b>", "<b>x</b>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>", "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>")]
    [InlineData("<a href=\"docs/page.html#x\">r</a><a href=\"mailto:a@example.org\">m</a>", "<a href=\"docs/page.html#x\">r</a><a href=\"mailto:a@example.org\">m</a>")]
    [InlineData("<div style=\"background:url(javascript:x)\">x</div>", "<div>x</div>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>ok", "ok")]
    [InlineData("<object data=\"x\"><embed src=\"x\"></object><math><mi>x</mi></math><form><input></form><template><b>t</b></template>ok", "ok")]
    [InlineData("<custom-element>text</custom-element>", "text")]
    [InlineData("<!-- comment -->x", "x")]
    [InlineData("1 < 2 > 0", "1 &lt; 2 &gt; 0")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<img>")]
    [InlineData("<a href=\"data:image/png;base64,iVBORw0KGgo=\">x</a>", "<a>x</a>")]
    public void Sanitize_keeps_formatting_and_removes_active_content(string html, string expected) =>
        Assert.Equal(expected, HtmlOutputSanitizer.Sanitize(html));

    [Fact]
    public void A_bar_chart_keeps_its_svg_with_the_case_of_viewBox()
    {
        var html = HtmlOutputSanitizer.Sanitize(BarChartSvg);

        // Only the serialization of empty elements differs: <rect/> becomes <rect></rect>.
        Assert.Equal(BarChartSvg.Replace("\"/>", "\"></rect>", StringComparison.Ordinal), html);
        Assert.Contains("viewBox=\"0 0 680 86\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "<svg><g transform=\"translate(1,2)\" opacity=\"0.5\"><path d=\"M0 0L1 1\" stroke=\"red\" stroke-width=\"2\"/><circle cx=\"1\" cy=\"1\" r=\"1\" fill-opacity=\"0.5\"/></g></svg>",
        "<svg><g transform=\"translate(1,2)\" opacity=\"0.5\"><path d=\"M0 0L1 1\" stroke=\"red\" stroke-width=\"2\"></path><circle cx=\"1\" cy=\"1\" r=\"1\" fill-opacity=\"0.5\"></circle></g></svg>")]
    [InlineData(
        "<svg><ellipse cx=\"1\" cy=\"1\" rx=\"2\" ry=\"1\"/><line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/><polyline points=\"0,0 1,1\"/><polygon points=\"0,0 1,1 0,1\"/></svg>",
        "<svg><ellipse cx=\"1\" cy=\"1\" rx=\"2\" ry=\"1\"></ellipse><line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"></line><polyline points=\"0,0 1,1\"></polyline><polygon points=\"0,0 1,1 0,1\"></polygon></svg>")]
    [InlineData(
        "<svg><title>t</title><desc>d</desc><text dominant-baseline=\"middle\"><tspan>s</tspan></text></svg>",
        "<svg><title>t</title><desc>d</desc><text dominant-baseline=\"middle\"><tspan>s</tspan></text></svg>")]
    // SVG names outside <svg> are not SVG: unwrapped like any unknown element.
    [InlineData("<rect x=\"1\">a</rect><text>b</text>", "ab")]
    public void The_svg_subset_is_kept(string html, string expected) =>
        Assert.Equal(expected, HtmlOutputSanitizer.Sanitize(html));

    [Theory]
    [InlineData("<svg><script>alert(1)</script><rect/></svg>", "<svg><rect></rect></svg>")]
    [InlineData("<svg onload=\"alert(1)\"><rect onclick=\"alert(1)\" style=\"fill:red\"/></svg>", "<svg><rect></rect></svg>")]
    [InlineData("<svg><foreignObject><iframe src=\"https://x\"></iframe><p>t</p><script>alert(1)</script></foreignObject></svg>", "<svg></svg>")]
    [InlineData("<svg><use href=\"#x\"/><use xlink:href=\"https://example.org/s.svg#y\"/></svg>", "<svg></svg>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>", "<svg><text>t</text></svg>")]
    [InlineData("<svg><a href=\"javascript:alert(1)\"><text>t</text></a></svg>", "<svg><text>t</text></svg>")]
    [InlineData("<svg><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><set attributeName=\"onload\" to=\"alert(1)\"/></svg>", "<svg></svg>")]
    [InlineData("<svg><style>rect{fill:url(javascript:x)}</style><image href=\"https://x/i.png\"/></svg>", "<svg></svg>")]
    public void Active_svg_content_is_neutralized(string html, string expected)
    {
        var sanitized = HtmlOutputSanitizer.Sanitize(html);

        Assert.Equal(expected, sanitized);
        Assert.DoesNotContain("alert", sanitized, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", sanitized, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_can_be_called_from_several_threads()
    {
        var results = new string[64];

        Parallel.For(0, results.Length, i => results[i] = HtmlOutputSanitizer.Sanitize(BarChartSvg + "<script>x</script>"));

        Assert.All(results, r => Assert.Equal(HtmlOutputSanitizer.Sanitize(BarChartSvg), r));
    }
}

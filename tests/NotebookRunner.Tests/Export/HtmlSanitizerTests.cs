using NotebookRunner.Export;

namespace NotebookRunner.Tests.Export;

public sealed class HtmlSanitizerTests
{
    [Theory]
    [InlineData("<table><tr><td class=\"c\">1</td></tr></table>", "<table><tr><td class=\"c\">1</td></tr></table>")]
    [InlineData("<details open=\"open\" class=\"dni-treeview\"><summary>s</summary></details>", "<details open=\"open\" class=\"dni-treeview\"><summary>s</summary></details>")]
    [InlineData("a<script>alert(1)</script>b", "ab")]
    [InlineData("<style>.x{}</style><b>x</b>", "<b>x</b>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img src=\"x\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>", "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>")]
    [InlineData("<div style=\"background:url(javascript:x)\">x</div>", "<div>x</div>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>ok", "ok")]
    [InlineData("<custom-element>text</custom-element>", "text")]
    [InlineData("<!-- comment -->x", "x")]
    [InlineData("1 < 2 > 0", "1 &lt; 2 &gt; 0")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<img>")]
    public void Sanitize_keeps_formatting_and_removes_active_content(string html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.Sanitize(html));
}

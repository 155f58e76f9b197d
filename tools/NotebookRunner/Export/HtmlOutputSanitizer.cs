using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace NotebookRunner.Export;

/// <summary>
/// Makes HTML outputs safe to put in a page, with the HtmlSanitizer library (<c>Ganss.Xss</c>, on the
/// AngleSharp HTML5 parser) configured once by allow-list: formatting, list and table elements, a safe
/// subset of inline SVG (the course's charts), links and images with safe URLs, and a few harmless
/// attributes. <c>script</c>, <c>style</c>, embedded content, forms and SVG <c>foreignObject</c> are
/// removed with their content; event handlers (<c>on*</c>), <c>style</c> attributes and
/// <c>javascript:</c> URLs are removed; any other element is unwrapped (its text kept); comments are
/// removed. The policy is described in tools/NotebookRunner/README.md ("Export format").
/// </summary>
/// <remarks>
/// The library's sanitizer is configured in the static initializer and never changed afterwards, so
/// <see cref="Sanitize"/> can be called from several threads at once.
/// </remarks>
internal static partial class HtmlOutputSanitizer
{
    private static readonly string[] s_htmlElements =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    ];

    // SVG is case-sensitive: the parser gives SVG elements and attributes their proper case (viewBox).
    private static readonly string[] s_svgElements =
    [
        "svg", "g", "rect", "text", "tspan", "line", "polyline", "polygon", "circle", "ellipse", "path", "title",
        "desc",
    ];

    private static readonly string[] s_htmlAttributes =
    [
        "class", "title", "open", "colspan", "rowspan", "align", "valign", "scope", "href", "src", "alt", "width",
        "height", "start", "lang", "dir",
    ];

    private static readonly string[] s_svgAttributes =
    [
        "viewBox", "xmlns", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "d",
        "points", "fill", "stroke", "stroke-width", "opacity", "fill-opacity", "text-anchor", "dominant-baseline",
        "font-family", "font-size", "font-weight", "transform", "role", "aria-label", "class",
    ];

    // Removed with their content; every other element that is not allowed is unwrapped.
    private static readonly HashSet<string> s_removedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "template", "math", "form", "textarea", "select", "button", "input", "link", "meta", "base",
        "head", "foreignObject",
    };

    private static readonly HashSet<string> s_htmlElementSet = new(s_htmlElements, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_svgElementSet = new(s_svgElements, StringComparer.Ordinal);

    private static readonly Ganss.Xss.HtmlSanitizer s_sanitizer = Create();

    /// <summary>Returns the safe version of <paramref name="html"/>.</summary>
    public static string Sanitize(string html) => s_sanitizer.Sanitize(html);

    private static Ganss.Xss.HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>([.. s_htmlElements, .. s_svgElements], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>([.. s_htmlAttributes, .. s_svgAttributes], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };

        var sanitizer = new Ganss.Xss.HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += static (_, e) =>
        {
            if (s_removedWithContent.Contains(e.Tag.LocalName))
            {
                // With no children left, the library removes the element instead of unwrapping it.
                e.Tag.TextContent = string.Empty;
            }
        };
        sanitizer.FilterUrl += static (_, e) =>
        {
            if (e.SanitizedUrl is null && e.Tag.LocalName == "img" && e.Tag.NamespaceUri == NamespaceNames.HtmlUri
                && SafeImageDataPattern().IsMatch(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        sanitizer.PostProcessDom += static (_, e) => KeepElementsInTheirNamespace(e.Document.Body);
        return sanitizer;
    }

    // The library matches element names without their namespace; unwrap an element allowed only in the
    // other one: an HTML element with an SVG name (<rect> outside <svg>), an SVG one with an HTML name (<a>).
    private static void KeepElementsInTheirNamespace(IElement? body)
    {
        foreach (var element in body?.QuerySelectorAll("*").ToList() ?? [])
        {
            var allowed = element.NamespaceUri == NamespaceNames.SvgUri
                ? s_svgElementSet.Contains(element.LocalName)
                : element.NamespaceUri == NamespaceNames.HtmlUri && s_htmlElementSet.Contains(element.LocalName);
            if (!allowed)
            {
                element.Replace([.. element.ChildNodes]);
            }
        }
    }

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeImageDataPattern();
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NotebookRunner.Export;

/// <summary>
/// Makes HTML outputs safe to put in a page, by allow-list: known formatting and table elements are
/// kept with a few harmless attributes (<c>class</c>, <c>title</c>, <c>open</c>, spans, safe links and
/// images); <c>script</c>, <c>style</c>, embedded content and forms are removed with their content;
/// event handlers (<c>on*</c>), <c>style</c> attributes and <c>javascript:</c> URLs are removed; any other
/// element is unwrapped (its text kept). Comments are removed and stray <c>&lt;</c> is escaped.
/// </summary>
internal static partial class HtmlSanitizer
{
    private static readonly HashSet<string> s_allowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    };

    private static readonly HashSet<string> s_removedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "svg", "math", "form", "textarea", "select", "button", "input", "link", "meta", "base", "title", "head",
    };

    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "col", "hr", "img", "link", "meta", "base", "input", "embed",
    };

    private static readonly HashSet<string> s_allowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "title", "open", "colspan", "rowspan", "align", "valign", "scope", "href", "src", "alt", "width",
        "height", "start", "lang", "dir",
    };

    /// <summary>Returns the safe version of <paramref name="html"/>.</summary>
    public static string Sanitize(string html)
    {
        var output = new StringBuilder(html.Length);
        var position = 0;
        while (position < html.Length)
        {
            var next = html.IndexOfAny(['<', '>'], position);
            if (next < 0)
            {
                output.Append(html, position, html.Length - position);
                break;
            }

            output.Append(html, position, next - position);
            position = next;
            if (html[position] == '>')
            {
                output.Append("&gt;");
                position++;
                continue;
            }

            position = ReadMarkup(html, position, output);
        }

        return output.ToString();
    }

    private static int ReadMarkup(string html, int position, StringBuilder output)
    {
        if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var tag = TagPattern().Match(html, position);
        if (!tag.Success || tag.Index != position)
        {
            if (position + 1 < html.Length && html[position + 1] == '!')
            {
                var end = html.IndexOf('>', position);
                return end < 0 ? html.Length : end + 1;
            }

            output.Append("&lt;");
            return position + 1;
        }

        var name = tag.Groups["name"].Value.ToLowerInvariant();
        var closing = tag.Groups["close"].Success;
        var afterTag = tag.Index + tag.Length;

        if (s_removedWithContent.Contains(name))
        {
            if (closing || tag.Groups["self"].Success || s_voidElements.Contains(name))
            {
                return afterTag;
            }

            var end = Regex.Match(html[afterTag..], $@"</{Regex.Escape(name)}\s*>", RegexOptions.IgnoreCase);
            return end.Success ? afterTag + end.Index + end.Length : html.Length;
        }

        if (!s_allowedElements.Contains(name))
        {
            return afterTag;
        }

        if (closing)
        {
            if (!s_voidElements.Contains(name))
            {
                output.Append("</").Append(name).Append('>');
            }

            return afterTag;
        }

        output.Append('<').Append(name);
        foreach (Match attribute in AttributePattern().Matches(tag.Groups["attributes"].Value))
        {
            AppendAttribute(output, attribute);
        }

        output.Append('>');
        return afterTag;
    }

    private static void AppendAttribute(StringBuilder output, Match attribute)
    {
        var name = attribute.Groups["name"].Value.ToLowerInvariant();
        if (!s_allowedAttributes.Contains(name))
        {
            return;
        }

        var hasValue = attribute.Groups["value"].Success;
        var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value.Trim('"', '\''));
        if ((name is "href" or "src") && !IsSafeUrl(value, allowImageData: name == "src"))
        {
            return;
        }

        output.Append(' ').Append(name);
        if (hasValue)
        {
            output.Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
    }

    private static bool IsSafeUrl(string url, bool allowImageData)
    {
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto"
            || (allowImageData && SafeImageDataPattern().IsMatch(compact));
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(?<self>/)?>""")]
    private static partial Regex TagPattern();

    [GeneratedRegex("""(?<name>[^\s=>/"']+)(?:\s*=\s*(?<value>"[^"]*"|'[^']*'|[^\s>"']+))?""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeImageDataPattern();
}

using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookRunner.Export;

/// <summary>
/// Points the links of a markdown cell at the published pages. In the repository a lesson links to
/// <c>06-unary-rpc.ipynb</c> (what works in VS Code and Jupyter), to <c>../samples/UserService.Server/...</c>
/// or to <c>../protos/user_service.proto</c>; on the site these become <c>06-unary-rpc.md</c>, the sample's
/// page <c>../samples/user-service-server.md</c> (the project folder's name in kebab case) and
/// <c>../contracts/index.md</c>. docfx then turns <c>.md</c> into <c>.html</c> and reports a link whose page
/// does not exist. Links are found with Markdig, so text inside code spans and fences is never touched.
/// </summary>
internal static partial class LinkRewriter
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Returns <paramref name="markdown"/> with its links rewritten.</summary>
    public static string Rewrite(string markdown)
    {
        var document = Markdown.Parse(markdown, s_pipeline);
        var replacements = new List<(int Start, int Length, string Url)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            // A reference link ([text][label]) takes its URL from the definition, rewritten below.
            if (link.Reference is null && link.Url is { } url && !link.UrlSpan.IsEmpty && Published(url) is { } published)
            {
                replacements.Add((link.UrlSpan.Start, link.UrlSpan.Length, published));
            }
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (definition.Url is { } url && !definition.UrlSpan.IsEmpty && Published(url) is { } published)
            {
                replacements.Add((definition.UrlSpan.Start, definition.UrlSpan.Length, published));
            }
        }

        var text = new StringBuilder(markdown);
        foreach (var (start, length, url) in replacements.OrderByDescending(r => r.Start))
        {
            text.Remove(start, length).Insert(start, url);
        }

        return text.ToString();
    }

    /// <summary>The published address of a repository link, or null to leave the link as it is.</summary>
    public static string? Published(string url)
    {
        if (LessonLinkPattern().Match(url) is { Success: true } lesson)
        {
            return $"{lesson.Groups["name"].Value}.md{lesson.Groups["anchor"].Value}";
        }

        if (SampleLinkPattern().Match(url) is { Success: true } sample)
        {
            return $"../samples/{KebabCase(sample.Groups["project"].Value)}.md";
        }

        return ProtoLinkPattern().IsMatch(url) ? "../contracts/index.md" : null;
    }

    // UserService.Server -> user-service-server, Performance -> performance.
    private static string KebabCase(string name) =>
        WordBoundaryPattern().Replace(name, "$1-$2").Replace('.', '-').Replace('_', '-').ToLowerInvariant();

    [GeneratedRegex(@"^(?:\./)?(?<name>\d{2}-[\w-]+)\.ipynb(?<anchor>#.*)?$")]
    private static partial Regex LessonLinkPattern();

    [GeneratedRegex(@"^\.\./samples/(?<project>[\w.-]+)(?:/.*)?$")]
    private static partial Regex SampleLinkPattern();

    [GeneratedRegex(@"^\.\./protos/[\w./-]+\.proto$")]
    private static partial Regex ProtoLinkPattern();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundaryPattern();
}

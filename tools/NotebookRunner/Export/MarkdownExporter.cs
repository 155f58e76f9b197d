using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Writes a notebook as a Markdown page for the docfx site. The format is described in
/// tools/NotebookRunner/README.md: YAML front matter, the lesson's heading followed by its duration and
/// links to the notebook, markdown cells with their links pointed at the published pages, code cells as
/// <c>csharp</c> fences, and outputs as raw HTML blocks that survive docfx's Markdown rules (a
/// <c>&lt;pre&gt;</c> block runs to its closing tag; any other raw HTML block ends at its first blank line,
/// so HTML outputs never contain one).
/// </summary>
internal static partial class MarkdownExporter
{
    /// <summary>Exports <paramref name="notebook"/> and describes the page for the lesson list.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="sourcePath">Its path from the repository root, with <c>/</c>.</param>
    /// <param name="notebookLink">The relative link from the page to the notebook file, used without a repository URL.</param>
    /// <param name="options">Where the repository is.</param>
    /// <param name="lesson">The page, for the lesson list.</param>
    /// <exception cref="ExportException">A cell or output cannot be exported safely.</exception>
    public static string Export(Notebook notebook, string sourcePath, string notebookLink, ExportOptions options, out LessonPage lesson)
    {
        var title = Title(notebook);
        var (minutes, estimated) = Checked(notebook, () => LessonDuration.Of(notebook));
        lesson = new LessonPage(Path.ChangeExtension(Path.GetFileName(sourcePath), ".md"), title, minutes, estimated);

        var page = new StringBuilder();
        page.Append("---\n");
        page.Append("title: ").Append(YamlString(title)).Append('\n');
        page.Append("source: ").Append(YamlString(sourcePath)).Append('\n');
        page.Append("duration_minutes: ").Append(minutes).Append('\n');
        if (options.BlobUrl(sourcePath) is { } notebookUrl)
        {
            // The "Edit this page" link of a lesson opens the notebook, not the generated page.
            page.Append("docurl: ").Append(YamlString(notebookUrl)).Append('\n');
        }

        page.Append("---\n");

        var header = LessonHeader(lesson, sourcePath, notebookLink, options);
        var headerWritten = false;
        foreach (var cell in notebook.Cells)
        {
            Checked(notebook, cell, () =>
            {
                if (!headerWritten && cell.CellType == "markdown" && HeadingPattern().Match(cell.Source) is { Success: true } heading)
                {
                    var end = heading.Index + heading.Length;
                    AppendMarkdown(page, cell, cell.Source[..end].TrimEnd() + "\n\n" + header + cell.Source[end..]);
                    headerWritten = true;
                }
                else
                {
                    AppendCell(page, cell);
                }
            });
        }

        if (!headerWritten)
        {
            page.Insert(page.ToString().IndexOf("---\n", 4, StringComparison.Ordinal) + 4, "\n" + header.TrimEnd() + "\n");
        }

        return page.ToString();
    }

    // Under the heading: how long the lesson takes, where the notebook is, and how to run it.
    private static string LessonHeader(LessonPage lesson, string sourcePath, string notebookLink, ExportOptions options)
    {
        var fileName = Path.GetFileName(sourcePath);
        var blob = options.BlobUrl(sourcePath);
        var link = blob is null
            ? $"<a class=\"lesson-notebook\" href=\"{Encode(notebookLink)}\" download>Download the notebook ({Encode(fileName)})</a>"
            : $"<a class=\"lesson-notebook\" href=\"{Encode(blob)}\">Open the notebook in the repository</a>";
        return $"""
            <div class="lesson-meta">
            <span class="lesson-duration" title="{(lesson.Estimated ? "Estimated from the length of the lesson" : "Time to work through the lesson")}">{Encode(lesson.Duration)}</span>
            {link}
            <code class="lesson-path">{Encode(sourcePath)}</code>
            </div>
            <details class="lesson-run">
            <summary>Run this lesson on your machine</summary>
            <ol>
            <li>Install the .NET 10 SDK, clone the repository and run <code>./run.sh --build-only</code> once: it builds <code>notebooks/lib/GrpcTutorial.dll</code>, the library the first cell loads.</li>
            <li>Open <code>{Encode(sourcePath)}</code> in VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET (C#) kernel (<code>dotnet interactive jupyter install</code>).</li>
            <li>Run the cells from top to bottom. Every output on this page came from such a run.</li>
            </ol>
            </details>

            """;
    }

    private static void AppendCell(StringBuilder page, NotebookCell cell)
    {
        switch (cell.CellType)
        {
            case "markdown":
                AppendMarkdown(page, cell, cell.Source);
                break;
            case "code":
                var code = cell.Source.TrimEnd();
                var fence = Fence(code);
                page.Append('\n').Append(fence).Append("csharp\n").Append(code).Append('\n').Append(fence).Append('\n');
                foreach (var output in cell.Outputs)
                {
                    AppendOutput(page, output as JsonObject ?? throw new ExportException("an output is not a JSON object."));
                }

                break;
            default:
                // Raw cells are not part of the page.
                break;
        }
    }

    private static void AppendMarkdown(StringBuilder page, NotebookCell cell, string source)
    {
        if (cell.HasAttachments)
        {
            throw new ExportException("markdown cell attachments cannot be exported; put the image in a file.");
        }

        page.Append('\n').Append(LinkRewriter.Rewrite(source).TrimEnd()).Append('\n');
    }

    private static void AppendOutput(StringBuilder page, JsonObject output)
    {
        var type = output["output_type"]?.GetValue<string>();
        switch (type)
        {
            case "stream":
                var name = output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";
                AppendPre(page, $"nb-output nb-{name}", string.Empty, MultilineText.Read(output["text"]));
                break;
            case "error":
                var ename = output["ename"]?.GetValue<string>() is { Length: > 0 } e ? e : "Error";
                var message = output["evalue"]?.GetValue<string>() ?? string.Empty;
                AppendPre(page, "nb-output nb-error", $"<strong class=\"nb-error-name\">{Encode(ename)}</strong>\n", message);
                break;
            case "display_data" or "execute_result":
                AppendData(page, output["data"] as JsonObject ?? []);
                break;
            default:
                throw new ExportException($"output type '{type}' cannot be exported.");
        }
    }

    private static void AppendData(StringBuilder page, JsonObject data)
    {
        if (data.ContainsKey("text/html"))
        {
            var html = HtmlOutputSanitizer.Sanitize(MultilineText.Read(data["text/html"]));
            // A blank line would end the HTML block; the rest would be read as Markdown. A line holding only
            // a character reference for a space is not blank to the parser and looks the same in the page
            // (inside <pre> it keeps the empty line; between elements the space is ignored).
            var lines = html.ReplaceLineEndings("\n").Split('\n').Select(l => string.IsNullOrWhiteSpace(l) ? "&#32;" : l);
            page.Append("\n<div class=\"nb-output nb-html\">\n").AppendJoin('\n', lines).Append("\n</div>\n");
        }
        else if (data.ContainsKey("text/markdown"))
        {
            page.Append("\n<div class=\"nb-output nb-markdown\">\n\n")
                .Append(LinkRewriter.Rewrite(MultilineText.Read(data["text/markdown"])).TrimEnd())
                .Append("\n\n</div>\n");
        }
        else if (data.FirstOrDefault(d => d.Key is "image/png" or "image/jpeg" or "image/gif") is { Key: not null } image)
        {
            var base64 = MultilineText.Read(image.Value).Replace("\n", string.Empty, StringComparison.Ordinal).Trim();
            if (!Base64Pattern().IsMatch(base64))
            {
                throw new ExportException($"the {image.Key} output is not valid base64.");
            }

            page.Append("\n<p class=\"nb-output nb-image\"><img src=\"data:").Append(image.Key).Append(";base64,")
                .Append(base64).Append("\" alt=\"output\"></p>\n");
        }
        else if (data["application/json"] is { } json)
        {
            var text = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            var fence = Fence(text);
            page.Append('\n').Append(fence).Append("json\n").Append(text).Append('\n').Append(fence).Append('\n');
        }
        else if (data.ContainsKey("text/plain"))
        {
            AppendPre(page, "nb-output nb-text", string.Empty, MultilineText.Read(data["text/plain"]));
        }
        else
        {
            var types = string.Join(", ", data.Select(d => d.Key));
            throw new ExportException($"no output MIME type that can be exported safely (found: {(types.Length > 0 ? types : "none")}).");
        }
    }

    // A <pre> HTML block runs to </pre>, blank lines included; the text is encoded, so it cannot close it early.
    private static void AppendPre(StringBuilder page, string cssClass, string prefixHtml, string text) =>
        page.Append("\n<pre class=\"").Append(cssClass).Append("\">").Append(prefixHtml)
            .Append(Encode(text.ReplaceLineEndings("\n").TrimEnd('\n')))
            .Append("</pre>\n");

    private static string Title(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.CellType == "markdown"))
        {
            if (HeadingPattern().Match(cell.Source) is { Success: true } heading)
            {
                return heading.Groups["title"].Value.Trim();
            }
        }

        return Path.GetFileNameWithoutExtension(notebook.Path);
    }

    private static T Checked<T>(Notebook notebook, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ExportException e)
        {
            throw new ExportException($"{notebook.DisplayPath}: {e.Message}");
        }
    }

    private static void Checked(Notebook notebook, NotebookCell cell, Action action)
    {
        try
        {
            action();
        }
        catch (ExportException e)
        {
            throw new ExportException($"{notebook.DisplayPath}: {cell.Label}: {e.Message}");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Fence(string content)
    {
        var longest = BacktickRunPattern().Matches(content).Select(m => m.Length).DefaultIfEmpty(0).Max();
        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string YamlString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^# (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("`+")]
    private static partial Regex BacktickRunPattern();

    [GeneratedRegex("^[A-Za-z0-9+/=]+$")]
    private static partial Regex Base64Pattern();
}

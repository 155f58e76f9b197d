using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Writes a notebook as a Markdown page for the site (VitePress). The format is described in
/// tools/NotebookRunner/README.md: front matter, markdown cells verbatim, code cells as <c>csharp</c>
/// fences, text outputs as <c>&lt;pre v-pre&gt;</c> blocks, HTML outputs sanitized inside a
/// <c>&lt;div v-pre&gt;</c>, errors in a <c>::: danger</c> container.
/// </summary>
internal static partial class MarkdownExporter
{
    /// <summary>Exports <paramref name="notebook"/>; <paramref name="sourcePath"/> is recorded in the front matter.</summary>
    /// <exception cref="ExportException">A cell or output cannot be exported safely.</exception>
    public static string Export(Notebook notebook, string sourcePath)
    {
        var page = new StringBuilder();
        page.Append("---\n");
        page.Append("title: ").Append(YamlString(Title(notebook))).Append('\n');
        page.Append("source: ").Append(YamlString(sourcePath)).Append('\n');
        page.Append("---\n");

        foreach (var cell in notebook.Cells)
        {
            try
            {
                AppendCell(page, cell);
            }
            catch (ExportException e)
            {
                throw new ExportException($"{notebook.DisplayPath}: {cell.Label}: {e.Message}");
            }
        }

        return page.ToString();
    }

    private static void AppendCell(StringBuilder page, NotebookCell cell)
    {
        switch (cell.CellType)
        {
            case "markdown":
                if (cell.HasAttachments)
                {
                    throw new ExportException("markdown cell attachments cannot be exported; put the image in a file.");
                }

                page.Append('\n').Append(cell.Source.TrimEnd()).Append('\n');
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

    private static void AppendOutput(StringBuilder page, JsonObject output)
    {
        var type = output["output_type"]?.GetValue<string>();
        switch (type)
        {
            case "stream":
                var name = output["name"]?.GetValue<string>() == "stderr" ? "stderr" : "stdout";
                AppendPre(page, $"nb-output nb-{name}", MultilineText.Read(output["text"]));
                break;
            case "error":
                var message = output["evalue"]?.GetValue<string>() ?? string.Empty;
                var ename = output["ename"]?.GetValue<string>() ?? "Error";
                page.Append("\n::: danger ").Append(ename.Length > 0 ? ename : "Error").Append('\n');
                AppendPre(page, "nb-output nb-error", message);
                page.Append(":::\n");
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
            // A blank line would end the HTML block in Markdown; the rest would be read as Markdown.
            var lines = html.ReplaceLineEndings("\n").Split('\n').Where(l => !string.IsNullOrWhiteSpace(l));
            page.Append("\n<div class=\"nb-output nb-html\" v-pre>\n").AppendJoin('\n', lines).Append("\n</div>\n");
        }
        else if (data.ContainsKey("text/markdown"))
        {
            page.Append("\n<div class=\"nb-output nb-markdown\" v-pre>\n\n")
                .Append(MultilineText.Read(data["text/markdown"]).TrimEnd())
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
            AppendPre(page, "nb-output nb-text", MultilineText.Read(data["text/plain"]));
        }
        else
        {
            var types = string.Join(", ", data.Select(d => d.Key));
            throw new ExportException($"no output MIME type that can be exported safely (found: {(types.Length > 0 ? types : "none")}).");
        }
    }

    // A <pre> HTML block runs to </pre>, blank lines included; v-pre stops Vue from reading {{ }}.
    private static void AppendPre(StringBuilder page, string cssClass, string text) =>
        page.Append("\n<pre class=\"").Append(cssClass).Append("\" v-pre>")
            .Append(WebUtility.HtmlEncode(text.ReplaceLineEndings("\n").TrimEnd('\n')))
            .Append("</pre>\n");

    private static string Title(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.CellType == "markdown"))
        {
            var heading = cell.Source.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
            if (heading is not null)
            {
                return heading[2..].Trim();
            }
        }

        return Path.GetFileNameWithoutExtension(notebook.Path);
    }

    private static string Fence(string content)
    {
        var longest = BacktickRunPattern().Matches(content).Select(m => m.Length).DefaultIfEmpty(0).Max();
        return new string('`', Math.Max(3, longest + 1));
    }

    private static string YamlString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("`+")]
    private static partial Regex BacktickRunPattern();

    [GeneratedRegex("^[A-Za-z0-9+/=]+$")]
    private static partial Regex Base64Pattern();
}

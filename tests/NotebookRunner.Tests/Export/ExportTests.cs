using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Export;

/// <summary><c>nbrun export</c>: Markdown pages for the docfx site, with outputs kept safely.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Export_writes_front_matter_the_lesson_header_code_fences_and_every_output_kind()
    {
        using var workspace = Workspace.Create("outputs.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "export", "outputs.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/outputs.md"));
        Assert.StartsWith("---\ntitle: \"Output kinds\"\nsource: \"outputs.ipynb\"\nduration_minutes: ", page, StringComparison.Ordinal);
        Assert.Contains("\n# Output kinds\n\n<div class=\"lesson-meta\">\n", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"lesson-notebook\" href=\"../outputs.ipynb\" download>", page, StringComparison.Ordinal);
        Assert.Contains("\n```csharp\nvar x = 1 + 2;\n", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stdout\">x = 3</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stderr\">to stderr</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-text\">a string</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"nb-output nb-html\">\n<div class=\"dni-plaintext\"><pre>3</pre></div>\n</div>", page, StringComparison.Ordinal);
        Assert.Contains("<table>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("v-pre", page, StringComparison.Ordinal);
        Assert.DoesNotContain(":::", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-error\"><strong class=\"nb-error-name\">Error</strong>\n(1,9): error CS0103", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_html_output_stays_one_raw_html_block_even_with_blank_lines_inside()
    {
        using var workspace = Workspace.Create();
        var html = "<div class=\"x\">\n<pre>line 1\n\nline 3 after a blank line</pre>\n\n<table><tr><td>**not bold**</td></tr></table>\n</div>";
        WriteNotebookWithOutputs(workspace, "blank.ipynb", HtmlOutput(html));

        var result = await Nbrun.RunAsync(workspace.Path, "export", "blank.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/blank.md"));
        // docfx reads pages with Markdig (CommonMark): a raw HTML block that is not <pre> ends at its first blank line.
        var document = Markdown.Parse(page, new MarkdownPipelineBuilder().UseYamlFrontMatter().Build());
        var output = Assert.Single(document.OfType<HtmlBlock>(), b => b.Lines.ToString().Contains("nb-html", StringComparison.Ordinal));
        var block = output.Lines.ToString();
        Assert.EndsWith("</div>", block.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("line 3 after a blank line", block, StringComparison.Ordinal);
        Assert.Contains("**not bold**", block, StringComparison.Ordinal);
        Assert.Empty(document.Descendants<Markdig.Syntax.Inlines.EmphasisInline>());
    }

    [Fact]
    public async Task Export_keeps_html_safely_and_escapes_text()
    {
        using var workspace = Workspace.Create();
        WriteNotebookWithOutputs(
            workspace,
            "unsafe.ipynb",
            HtmlOutput("<b onclick=\"steal()\">x</b><script>alert(1)</script><a href=\"javascript:alert(1)\">l</a>"),
            new JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = "<i>{{ vue }}</i> & more\n" });

        var result = await Nbrun.RunAsync(workspace.Path, "export", "unsafe.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/unsafe.md"));
        Assert.Contains("<div class=\"nb-output nb-html\">\n<b>x</b><a>l</a>\n</div>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.Split("```")[^1], StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stdout\">&lt;i&gt;{{ vue }}&lt;/i&gt; &amp; more</pre>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_keeps_inline_svg_charts_and_neutralizes_svg_scripts()
    {
        using var workspace = Workspace.Create();
        WriteNotebookWithOutputs(
            workspace,
            "chart.ipynb",
            HtmlOutput("<svg class=\"course-chart\" viewBox=\"0 0 10 10\" role=\"img\" onload=\"alert(1)\"><text x=\"0\" y=\"8\">t</text><rect x=\"1\" width=\"5\" height=\"5\"/><script>alert(2)</script></svg>"));

        var result = await Nbrun.RunAsync(workspace.Path, "export", "chart.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/chart.md"));
        Assert.Contains(
            "<div class=\"nb-output nb-html\">\n<svg class=\"course-chart\" viewBox=\"0 0 10 10\" role=\"img\"><text x=\"0\" y=\"8\">t</text><rect x=\"1\" width=\"5\" height=\"5\"></rect></svg>\n</div>",
            page,
            StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.Split("```")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_lessons_samples_and_protos_point_to_the_published_pages_but_code_is_left_alone()
    {
        using var workspace = Workspace.Create();
        WriteNotebook(
            workspace,
            "notebooks/02-b.ipynb",
            MarkdownCell("# 02 · B\n\nSee [lesson 1](01-a.ipynb), [its end](./01-a.ipynb#summary), [the server](../samples/UserService.Server/Program.cs), "
                + "[the client](../samples/UserService.Client), [the contract](../protos/user_service.proto), [docs](https://grpc.io/) and [ref][r].\n\n"
                + "Code: `[x](01-a.ipynb)`\n\n[r]: 01-a.ipynb\n"));

        var result = await Nbrun.RunAsync(workspace.Path, "export", "notebooks", "--out", "site/lessons");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/lessons/02-b.md"));
        Assert.Contains("[lesson 1](01-a.md)", page, StringComparison.Ordinal);
        Assert.Contains("[its end](01-a.md#summary)", page, StringComparison.Ordinal);
        Assert.Contains("[the server](../samples/user-service-server.md)", page, StringComparison.Ordinal);
        Assert.Contains("[the client](../samples/user-service-client.md)", page, StringComparison.Ordinal);
        Assert.Contains("[the contract](../contracts/index.md)", page, StringComparison.Ordinal);
        Assert.Contains("[docs](https://grpc.io/)", page, StringComparison.Ordinal);
        Assert.Contains("[r]: 01-a.md", page, StringComparison.Ordinal);
        Assert.Contains("`[x](01-a.ipynb)`", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_repository_url_a_lesson_links_to_its_notebook_there_and_edits_open_the_notebook()
    {
        using var workspace = Workspace.Create();
        WriteNotebook(workspace, "notebooks/01-a.ipynb", MarkdownCell("# 01 · A\n\nText."));

        var result = await Nbrun.RunAsync(
            workspace.Path, "export", "notebooks", "--out", "site/lessons", "--repository-url", "https://github.com/o/course/", "--branch", "dev");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/lessons/01-a.md"));
        Assert.Contains("docurl: \"https://github.com/o/course/blob/dev/notebooks/01-a.ipynb\"", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"lesson-notebook\" href=\"https://github.com/o/course/blob/dev/notebooks/01-a.ipynb\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" download>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lesson_list_and_toc_hold_every_exported_notebook_in_order_with_its_duration()
    {
        using var workspace = Workspace.Create();
        WriteNotebook(workspace, "notebooks/02-b.ipynb", MarkdownCell("# 02 · B | C\n\nShort."));
        WriteNotebook(workspace, "notebooks/01-a.ipynb", MarkdownCell("# 01 · A\n\nShort."), metadata: new JsonObject { ["course"] = new JsonObject { ["duration_minutes"] = 25 } });

        var result = await Nbrun.RunAsync(workspace.Path, "export", "notebooks", "--out", "site/lessons");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "# Written by nbrun export from the notebooks; do not edit.\n- name: \"01 · A\"\n  href: 01-a.md\n- name: \"02 · B | C\"\n  href: 02-b.md\n",
            File.ReadAllText(workspace.File("site/lessons/toc.yml")));
        Assert.Equal(
            "| Lesson | Time |\n|--------|------|\n| [01 · A](01-a.md) | 25 min |\n| [02 · B \\| C](02-b.md) | about 5 min |\n",
            File.ReadAllText(workspace.File("site/lessons/_lessons.md")));
        Assert.Contains("<span class=\"lesson-duration\" title=\"Time to work through the lesson\">25 min</span>", File.ReadAllText(workspace.File("site/lessons/01-a.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duration_that_is_not_a_positive_whole_number_fails_naming_the_notebook()
    {
        using var workspace = Workspace.Create();
        WriteNotebook(workspace, "notebooks/01-a.ipynb", MarkdownCell("# 01 · A"), metadata: new JsonObject { ["course"] = new JsonObject { ["duration_minutes"] = "soon" } });

        var result = await Nbrun.RunAsync(workspace.Path, "export", "notebooks", "--out", "site/lessons");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("01-a.ipynb: metadata.course.duration_minutes must be a positive whole number of minutes (found: \"soon\").", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_cannot_be_exported_safely_fails_naming_the_notebook_and_cell()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("js.ipynb", "1");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        notebook["cells"]![0]!["outputs"] = new JsonArray(new JsonObject
        {
            ["data"] = new JsonObject { ["application/javascript"] = "alert(1)" },
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        });
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "export", "js.ipynb", "--out", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "js.ipynb: cell 1 (id cell-0): no output MIME type that can be exported safely (found: application/javascript).",
            result.Output,
            StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.File("site/js.md")));
    }

    [Fact]
    public async Task Folders_keep_their_layout()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.File("notebooks/part"));
        File.WriteAllText(workspace.File("notebooks/part/a.ipynb"), NotebookJson.Create("1"));

        var result = await Nbrun.RunAsync(workspace.Path, "export", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(workspace.File("site/part/a.md")));
        Assert.Contains("title: \"a\"", File.ReadAllText(workspace.File("site/part/a.md")), StringComparison.Ordinal);
    }

    private static JsonObject MarkdownCell(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["id"] = "md-" + Math.Abs(source.GetHashCode(StringComparison.Ordinal)),
        ["metadata"] = new JsonObject(),
        ["source"] = source,
    };

    private static JsonObject HtmlOutput(string html) => new()
    {
        ["data"] = new JsonObject { ["text/html"] = html },
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    // A notebook with one code cell whose committed outputs are given: export never runs code.
    private static void WriteNotebookWithOutputs(Workspace workspace, string name, params JsonObject[] outputs)
    {
        var path = workspace.WriteNotebook(name, "display(x);");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        notebook["cells"]![0]!["outputs"] = new JsonArray([.. outputs]);
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));
    }

    private static void WriteNotebook(Workspace workspace, string name, JsonObject cell, JsonObject? metadata = null)
    {
        var path = workspace.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var notebook = JsonNode.Parse(NotebookJson.Create())!.AsObject();
        notebook["cells"]!.AsArray().Add(cell);
        foreach (var (key, value) in metadata ?? [])
        {
            notebook["metadata"]![key] = value?.DeepClone();
        }

        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));
    }
}

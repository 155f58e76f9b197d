using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Export;

/// <summary><c>nbrun export</c>: Markdown pages for the site, with outputs kept safely.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Export_writes_front_matter_code_fences_and_every_output_kind()
    {
        using var workspace = Workspace.Create("outputs.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "export", "outputs.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/outputs.md"));
        Assert.StartsWith("---\ntitle: \"Output kinds\"\nsource: \"outputs.ipynb\"\n---\n\n# Output kinds\n", page, StringComparison.Ordinal);
        Assert.Contains("\n```csharp\nvar x = 1 + 2;\n", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stdout\" v-pre>x = 3</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stderr\" v-pre>to stderr</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-text\" v-pre>a string</pre>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"nb-output nb-html\" v-pre>\n<div class=\"dni-plaintext\"><pre>3</pre></div>\n</div>", page, StringComparison.Ordinal);
        Assert.Contains("<table>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", page, StringComparison.Ordinal);
        Assert.Contains("::: danger Error\n\n<pre class=\"nb-output nb-error\" v-pre>(1,9): error CS0103", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_keeps_html_safely_and_escapes_text()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook(
            "unsafe.ipynb",
            "display(HTML(\"<b onclick=\\\"steal()\\\">x</b><script>alert(1)</script><a href=\\\"javascript:alert(1)\\\">l</a>\"));",
            "Console.WriteLine(\"<i>{{ vue }}</i> & more\");");
        var run = await Nbrun.RunAsync(workspace.Path, "run", "unsafe.ipynb");
        Assert.True(run.ExitCode == 0, run.ToString());

        var result = await Nbrun.RunAsync(workspace.Path, "export", "unsafe.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/unsafe.md"));
        Assert.Contains("<div class=\"nb-output nb-html\" v-pre>\n<b>x</b><a>l</a>\n</div>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.Split("```")[^1], StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-output nb-stdout\" v-pre>&lt;i&gt;{{ vue }}&lt;/i&gt; &amp; more</pre>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_keeps_inline_svg_charts_and_neutralizes_svg_scripts()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook(
            "chart.ipynb",
            "display(HTML(\"<svg class=\\\"course-chart\\\" viewBox=\\\"0 0 10 10\\\" role=\\\"img\\\" onload=\\\"alert(1)\\\"><text x=\\\"0\\\" y=\\\"8\\\">t</text><rect x=\\\"1\\\" width=\\\"5\\\" height=\\\"5\\\"/><script>alert(2)</script></svg>\"));");
        var run = await Nbrun.RunAsync(workspace.Path, "run", "chart.ipynb");
        Assert.True(run.ExitCode == 0, run.ToString());

        var result = await Nbrun.RunAsync(workspace.Path, "export", "chart.ipynb", "--out", "site");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(workspace.File("site/chart.md"));
        Assert.Contains(
            "<div class=\"nb-output nb-html\" v-pre>\n<svg class=\"course-chart\" viewBox=\"0 0 10 10\" role=\"img\"><text x=\"0\" y=\"8\">t</text><rect x=\"1\" width=\"5\" height=\"5\"></rect></svg>\n</div>",
            page,
            StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.Split("```")[^1], StringComparison.Ordinal);
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
}

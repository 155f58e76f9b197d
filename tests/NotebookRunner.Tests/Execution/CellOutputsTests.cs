using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookRunner.Execution;

namespace NotebookRunner.Tests.Execution;

/// <summary>Kernel events become the outputs VS Code saves (Polyglot's output model, VS Code's serializer).</summary>
public sealed class CellOutputsTests
{
    private static readonly SubmitCode s_command = new("x", "csharp");

    [Fact]
    public void Consecutive_writes_to_one_stream_are_one_output_split_into_lines()
    {
        var outputs = new CellOutputs(new NotebookOutputIds());
        outputs.Add(Stdout("a"));
        outputs.Add(Stdout("b\n"));
        outputs.Add(Stdout("c\n"));

        Assert.Equal(
            """[{"name":"stdout","output_type":"stream","text":["ab\n","c\n"]}]""",
            outputs.ToJson().ToJsonString());
    }

    [Fact]
    public void Blank_lines_and_line_breaks_split_across_writes_are_kept_as_written()
    {
        var outputs = new CellOutputs(new NotebookOutputIds());
        outputs.Add(Stdout("a"));
        outputs.Add(Stdout("\nb\n"));
        outputs.Add(Stdout("\n"));
        outputs.Add(Stdout("c"));

        Assert.Equal(
            """[{"name":"stdout","output_type":"stream","text":["a\n","b\n","\n","c"]}]""",
            outputs.ToJson().ToJsonString());
    }

    [Fact]
    public void Values_are_display_data_errors_are_named_Error_and_other_streams_start_new_outputs()
    {
        var outputs = new CellOutputs(new NotebookOutputIds());
        outputs.Add(Stdout("one\n"));
        outputs.Add(new ReturnValueProduced(1, s_command, [new FormattedValue("text/html", "<b>1</b>")]));
        outputs.Add(new StandardErrorValueProduced(s_command, [new FormattedValue("text/plain", "warn\n")]));
        outputs.Add(new CommandFailed("System.Exception: x\n   at Cell()", s_command));

        Assert.Equal(
            """[{"name":"stdout","output_type":"stream","text":["one\n"]},"""
            + """{"data":{"text/html":["<b>1</b>"]},"metadata":{},"output_type":"display_data"},"""
            + """{"name":"stderr","output_type":"stream","text":["warn\n"]},"""
            + """{"ename":"Error","evalue":"System.Exception: x\n   at Cell()","output_type":"error","traceback":["System.Exception: x\n","   at Cell()"]}]""",
            outputs.ToJson().ToJsonString().Replace("\\u003C", "<", StringComparison.Ordinal).Replace("\\u003E", ">", StringComparison.Ordinal));
    }

    [Fact]
    public void An_updated_display_replaces_its_output()
    {
        var outputs = new CellOutputs(new NotebookOutputIds());
        outputs.Add(new DisplayedValueProduced("v1", s_command, [new FormattedValue("text/plain", "10%")], "progress"));
        outputs.Add(Stdout("working\n"));
        outputs.Add(new DisplayedValueUpdated("v2", "progress", s_command, [new FormattedValue("text/plain", "100%")]));

        Assert.Equal(
            """[{"data":{"text/plain":["100%"]},"metadata":{},"output_type":"display_data"},{"name":"stdout","output_type":"stream","text":["working\n"]}]""",
            outputs.ToJson().ToJsonString());
    }

    private static StandardOutputValueProduced Stdout(string text) =>
        new(s_command, [new FormattedValue("text/plain", text)]);
}

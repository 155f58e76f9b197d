using NotebookRunner.Execution;

namespace NotebookRunner.Tests.Execution;

public sealed class SubmissionParserTests
{
    [Fact]
    public void Kernel_directives_are_taken_out_and_lines_kept()
    {
        var submission = SubmissionParser.Parse("#i \"nuget: https://example.org/v3/index.json\"\n#r \"nuget: Humanizer.Core, 2.14.1\"\n#r \"nuget:Newtonsoft.Json\"\n#r \"lib/X.dll\"\nvar x = 1;");

        Assert.Equal("\n\n\n#r \"lib/X.dll\"\nvar x = 1;", submission.Code);
        Assert.Equal([new PackageRequest("Humanizer.Core", "2.14.1"), new PackageRequest("Newtonsoft.Json", null)], submission.Packages);
        Assert.Equal(["https://example.org/v3/index.json"], submission.RestoreSources);
    }

    [Fact]
    public void The_csharp_kernel_selector_is_accepted()
    {
        Assert.Equal("\n1", SubmissionParser.Parse("#!csharp\n1").Code);
    }

    [Theory]
    [InlineData("#!time\n1", "#!time", 1)]
    [InlineData("1\n#!fsharp", "#!fsharp", 2)]
    [InlineData("#!set --name x --value 1", "#!set", 1)]
    [InlineData("#i \"../packages\"", "#i", 1)]
    [InlineData("#r \"nuget: Bad Name, 1.0\"", "#r", 1)]
    [InlineData("#r nuget: NoQuotes", "#r", 1)]
    public void Unsupported_directives_are_rejected_with_their_line(string code, string directive, int line)
    {
        var exception = Assert.Throws<UnsupportedDirectiveException>(() => SubmissionParser.Parse(code));
        Assert.Equal(directive, exception.Directive);
        Assert.Equal(line, exception.Line);
    }

    [Fact]
    public void Preprocessor_directives_are_left_to_csharp()
    {
        const string code = "#nullable enable\n#pragma warning disable CS0168\n#load \"a.csx\"\n1";
        Assert.Equal(code, SubmissionParser.Parse(code).Code);
    }
}

using NotebookRunner.Verification;

namespace NotebookRunner.Tests.Verification;

public sealed class LineDiffTests
{
    [Fact]
    public void Equal_lines_give_no_diff() => Assert.Equal(string.Empty, LineDiff.Unified(["a", "b"], ["a", "b"], "x", "y"));

    [Fact]
    public void A_changed_line_gives_a_hunk_with_context()
    {
        var diff = LineDiff.Unified(["1", "2", "3", "4", "5", "6", "7", "8", "9"], ["1", "2", "3", "4", "five", "6", "7", "8", "9"], "committed", "actual");
        Assert.Equal("--- committed\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff.ReplaceLineEndings("\n"));
    }
}

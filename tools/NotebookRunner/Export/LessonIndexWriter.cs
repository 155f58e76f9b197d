using System.Text;
using System.Text.RegularExpressions;

namespace NotebookRunner.Export;

/// <summary>
/// Writes what lists the lessons, from the pages that were exported (so a new notebook appears without any
/// edit): <c>toc.yml</c>, the docfx table of contents of the lessons folder, and <c>_lessons.md</c>, a table
/// of the lessons with their durations that pages include with <c>[!INCLUDE[](lessons/_lessons.md)]</c>.
/// </summary>
internal static partial class LessonIndexWriter
{
    /// <summary>The file name of the lesson table.</summary>
    public const string LessonListFile = "_lessons.md";

    /// <summary>The file name of the table of contents.</summary>
    public const string TocFile = "toc.yml";

    /// <summary>The docfx table of contents, lessons in file-name order.</summary>
    public static string Toc(IEnumerable<LessonPage> lessons)
    {
        var toc = new StringBuilder("# Written by nbrun export from the notebooks; do not edit.\n");
        foreach (var lesson in lessons.OrderBy(l => l.PageFile, StringComparer.Ordinal))
        {
            toc.Append("- name: ").Append(MarkdownExporter.YamlString(lesson.Title)).Append('\n');
            toc.Append("  href: ").Append(lesson.PageFile).Append('\n');
        }

        return toc.ToString();
    }

    /// <summary>A Markdown table: lesson (linked) and duration.</summary>
    public static string LessonList(IEnumerable<LessonPage> lessons)
    {
        var table = new StringBuilder("| Lesson | Time |\n|--------|------|\n");
        foreach (var lesson in lessons.OrderBy(l => l.PageFile, StringComparer.Ordinal))
        {
            var title = MarkdownSpecialPattern().Replace(lesson.Title, @"\$0");
            table.Append("| [").Append(title).Append("](").Append(lesson.PageFile).Append(") | ")
                .Append(lesson.Duration).Append(" |\n");
        }

        return table.ToString();
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|]")]
    private static partial Regex MarkdownSpecialPattern();
}

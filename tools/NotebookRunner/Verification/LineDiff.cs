using System.Text;

namespace NotebookRunner.Verification;

/// <summary>A unified diff of two lists of lines (longest common subsequence, 3 lines of context).</summary>
internal static class LineDiff
{
    private const int Context = 3;

    /// <summary>The unified diff of <paramref name="expected"/> and <paramref name="actual"/>; empty when equal.</summary>
    public static string Unified(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedName, string actualName)
    {
        var edits = Edits(expected, actual);
        if (edits.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        builder.Append("--- ").AppendLine(expectedName);
        builder.Append("+++ ").AppendLine(actualName);

        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count)
            {
                if (edits[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < edits.Count && edits[run].Kind == ' ')
                {
                    run++;
                }

                if (run == edits.Count || run - end > 2 * Context)
                {
                    end = Math.Min(edits.Count, end + Context);
                    break;
                }

                end = run;
            }

            var hunk = edits.Skip(start).Take(end - start).ToList();
            var oldStart = edits.Take(start).Count(e => e.Kind != '+') + 1;
            var newStart = edits.Take(start).Count(e => e.Kind != '-') + 1;
            builder.AppendLine($"@@ -{oldStart},{hunk.Count(e => e.Kind != '+')} +{newStart},{hunk.Count(e => e.Kind != '-')} @@");
            foreach (var edit in hunk)
            {
                builder.Append(edit.Kind).AppendLine(edit.Line);
            }

            i = end;
        }

        return builder.ToString();
    }

    private static List<(char Kind, string Line)> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        while (x < a.Count)
        {
            edits.Add(('-', a[x++]));
        }

        while (y < b.Count)
        {
            edits.Add(('+', b[y++]));
        }

        return edits;
    }
}

using System.Collections.Concurrent;
using System.CommandLine;
using NotebookRunner.Export;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary>
/// <c>nbrun export</c>: writes each notebook, with its committed outputs, as a Markdown page for the docfx
/// site, plus the lessons' table of contents and lesson list.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The folder written to when <c>--out</c> is not given.</summary>
    public const string DefaultOutputFolder = "artifacts/notebooks-md";

    /// <summary>The environment variable that gives the repository URL when <c>--repository-url</c> is not given.</summary>
    public const string RepositoryUrlVariable = "COURSE_REPOSITORY_URL";

    /// <summary>The environment variable that gives the branch when <c>--branch</c> is not given.</summary>
    public const string BranchVariable = "COURSE_REPOSITORY_BRANCH";

    /// <summary>Creates the command.</summary>
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = $"Folder to write the Markdown files to (default: {DefaultOutputFolder}).",
            DefaultValueFactory = _ => DefaultOutputFolder,
        };
        var repositoryUrl = new Option<string?>("--repository-url")
        {
            Description = $"Web address of the repository (for example https://github.com/owner/course); lesson pages link to their notebook there (default: ${RepositoryUrlVariable}; without one they link to the copy published with the site).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(RepositoryUrlVariable) is { Length: > 0 } url ? url : null,
        };
        var branch = new Option<string>("--branch")
        {
            Description = $"Branch named in links to the repository (default: ${BranchVariable}, else {ExportOptions.DefaultBranch}).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(BranchVariable) is { Length: > 0 } name ? name : ExportOptions.DefaultBranch,
        };
        var command = new Command("export", "Write notebooks with their outputs as Markdown pages for the docfx site.")
        {
            options.Paths, outFolder, repositoryUrl, branch, options.Verbose,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            parse.GetValue(options.Paths) ?? [],
            parse.GetValue(outFolder)!,
            new ExportOptions(parse.GetValue(repositoryUrl), parse.GetValue(branch)!),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Exports the notebooks under <paramref name="paths"/> into <paramref name="outFolder"/>.</summary>
    public static async Task<int> ExecuteAsync(
        IReadOnlyList<string> paths,
        string outFolder,
        ExportOptions exportOptions,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var lessons = new ConcurrentBag<LessonPage>();
        var exitCode = await new NotebookBatch("export", output, error).RunAsync(
            paths,
            (found, _, _, report) =>
            {
                var notebook = NotebookReader.Read(found.Path);
                var target = Path.Combine(outFolder, Path.ChangeExtension(found.RelativePath, ".md"));
                try
                {
                    var notebookLink = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(target))!, found.Path).Replace('\\', '/');
                    var markdown = MarkdownExporter.Export(notebook, SourcePath(found), notebookLink, exportOptions, out var lesson);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                    NotebookWriter.WriteAllTextAtomically(target, markdown);
                    if (Path.GetDirectoryName(found.RelativePath) is null or "")
                    {
                        lessons.Add(lesson);
                    }

                    report.WriteLine($"ok   {found.DisplayPath} -> {Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(target))} ({lesson.Duration})");
                    return Task.FromResult(true);
                }
                catch (ExportException e)
                {
                    report.WriteLine($"FAIL {found.DisplayPath}");
                    report.WriteLine(Report.Indent(e.Message));
                    return Task.FromResult(false);
                }
            },
            cancellationToken);

        if (!lessons.IsEmpty)
        {
            Directory.CreateDirectory(outFolder);
            NotebookWriter.WriteAllTextAtomically(Path.Combine(outFolder, LessonIndexWriter.TocFile), LessonIndexWriter.Toc(lessons));
            NotebookWriter.WriteAllTextAtomically(Path.Combine(outFolder, LessonIndexWriter.LessonListFile), LessonIndexWriter.LessonList(lessons));
        }

        return exitCode;
    }

    private static string SourcePath(FoundNotebook found) =>
        Path.GetRelativePath(Environment.CurrentDirectory, found.Path).Replace('\\', '/');
}

using System.CommandLine;
using NotebookRunner.Export;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary><c>nbrun export</c>: writes each notebook, with its committed outputs, as Markdown for the site.</summary>
internal static class ExportCommand
{
    /// <summary>The folder written to when <c>--out</c> is not given.</summary>
    public const string DefaultOutputFolder = "artifacts/notebooks-md";

    /// <summary>Creates the command.</summary>
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = $"Folder to write the Markdown files to (default: {DefaultOutputFolder}).",
            DefaultValueFactory = _ => DefaultOutputFolder,
        };
        var command = new Command("export", "Write notebooks with their outputs as Markdown (VitePress) pages.")
        {
            options.Paths, outFolder, options.Verbose,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            parse.GetValue(options.Paths) ?? [],
            parse.GetValue(outFolder)!,
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Exports the notebooks under <paramref name="paths"/> into <paramref name="outFolder"/>.</summary>
    public static Task<int> ExecuteAsync(
        IReadOnlyList<string> paths, string outFolder, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        new NotebookBatch("export", output, error).RunAsync(
            paths,
            (found, _, _, report) =>
            {
                var notebook = NotebookReader.Read(found.Path);
                var target = Path.Combine(outFolder, Path.ChangeExtension(found.RelativePath, ".md"));
                try
                {
                    var markdown = MarkdownExporter.Export(notebook, SourcePath(found));
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                    NotebookWriter.WriteAllTextAtomically(target, markdown);
                    report.WriteLine($"ok   {found.DisplayPath} -> {Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(target))}");
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

    private static string SourcePath(FoundNotebook found) =>
        Path.GetRelativePath(Environment.CurrentDirectory, found.Path).Replace('\\', '/');
}

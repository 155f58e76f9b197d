using System.CommandLine;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Verification;

namespace NotebookRunner.Commands;

/// <summary>
/// <c>nbrun check</c>: executes notebooks without writing them, and fails on any cell error, any output
/// that differs from the committed one (except in nondeterministic cells), and any notebook that is not
/// valid nbformat 4.5.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var schema = new Option<string?>("--schema")
        {
            Description = "An nbformat 4.5 JSON schema file to validate against (default: the copy built into nbrun).",
        };
        var command = new Command("check", "Execute notebooks and compare with their committed outputs; validate nbformat 4.5.")
        {
            options.Paths, options.Timeout, options.Parallel, options.Verbose, schema,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            parse.GetValue(options.Paths) ?? [],
            options.GetSettings(parse),
            parse.GetValue(options.Parallel),
            parse.GetValue(options.Verbose),
            parse.GetValue(schema),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Checks the notebooks under <paramref name="paths"/>.</summary>
    public static async Task<int> ExecuteAsync(
        IReadOnlyList<string> paths, ExecutionSettings settings, int parallelism, bool verbose, string? schemaPath,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (schemaPath is not null && !File.Exists(schemaPath))
        {
            error.WriteLine($"check: the schema file {schemaPath} does not exist.");
            return ExitCodes.InvalidInput;
        }

        var validator = schemaPath is null ? await SchemaValidator.LoadBuiltInAsync() : await SchemaValidator.LoadAsync(schemaPath);
        var progress = new ConsoleProgressReporter(error, verbose);
        var executor = new NotebookExecutor(settings, progress);
        return await new NotebookBatch("check", output, error, parallelism).RunAsync(
            paths,
            async (found, number, count, report) =>
            {
                progress.NotebookStarted(found.DisplayPath, number, count);
                var committed = NotebookReader.Read(found.Path);
                var schemaProblems = validator.Validate(File.ReadAllText(found.Path));
                var result = await executor.ExecuteAsync(committed, cancellationToken);

                var problems = new List<string>(schemaProblems);
                problems.AddRange(OutputComparer.Compare(committed, result.Notebook));
                problems.AddRange(validator.Validate(result.Notebook.ToJson()).Except(schemaProblems).Select(p => $"after the run: {p}"));

                Report.Write(report, found.DisplayPath, result, problems);
                return result.Succeeded && problems.Count == 0;
            },
            cancellationToken,
            needsKernel: true);
    }
}

using System.CommandLine;
using NotebookRunner.Execution;

namespace NotebookRunner.Commands;

/// <summary>The arguments and options shared by the commands.</summary>
internal sealed class CommandOptions
{
    /// <summary>
    /// Two notebooks at a time: a kernel spends much of its start-up and of a short cell waiting on one core, so
    /// a second kernel fills the gaps, while more than two mostly compete for the same cores.
    /// </summary>
    public const int DefaultParallelism = 2;

    /// <summary>Notebook files or folders; <c>notebooks/</c> when none is given.</summary>
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Notebook files or folders to search for .ipynb files (default: notebooks/).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Per-cell timeout in seconds.</summary>
    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one cell may run before the notebook is stopped.",
        DefaultValueFactory = _ => ExecutionSettings.DefaultCellTimeout.TotalSeconds,
    };

    /// <summary>How many notebooks run at the same time, each in its own kernel.</summary>
    public Option<int> Parallel { get; } = new("--parallel", "-p")
    {
        Description = "How many notebooks to run at the same time, each in its own kernel process.",
        DefaultValueFactory = _ => DefaultParallelism,
    };

    /// <summary>One progress line per cell.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print a progress line for every cell.",
    };

    /// <summary>The settings of a run, from the parsed options.</summary>
    public ExecutionSettings GetSettings(ParseResult parse) =>
        new(TimeSpan.FromSeconds(parse.GetValue(Timeout)));

    /// <summary>Creates the options, validating the timeout.</summary>
    public CommandOptions()
    {
        Timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
        Parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
    }
}

using System.Runtime.InteropServices;
using NotebookRunner.Commands;

// The console writers are taken before any cell runs: cells' console output is captured per cell,
// while nbrun's own messages go to the real standard output and error.
var output = Console.Out;
var error = Console.Error;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly; nothing is written for the notebook being run.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

var exitCode = await CliApplication.RunAsync(args, output, error, cancellation.Token);
output.Flush();
error.Flush();

// A cell that timed out may have left a thread running; end the process anyway.
Environment.Exit(exitCode);

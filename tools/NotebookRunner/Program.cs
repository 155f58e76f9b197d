using System.Runtime.InteropServices;
using NotebookRunner.Commands;
using NotebookRunner.Kernel;

var output = Console.Out;
var error = Console.Error;

// nbrun owns the kernel processes it starts: whatever ends nbrun ends them too.
AppDomain.CurrentDomain.ProcessExit += (_, _) => KernelProcess.KillAll();
AppDomain.CurrentDomain.UnhandledException += (_, _) => KernelProcess.KillAll();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly; nothing is written for the notebook being run.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
    KernelProcess.KillAll();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
    KernelProcess.KillAll();
});

var exitCode = await CliApplication.RunAsync(args, output, error, cancellation.Token);
output.Flush();
error.Flush();
KernelProcess.KillAll();
return exitCode;

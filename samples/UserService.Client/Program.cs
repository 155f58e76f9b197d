using System.CommandLine;
using UserService.Client;
using UserService.Client.Commands;
using UserService.Client.Output;

var globalOptions = new GlobalOptions();
var rootCommand = new RootCommand("Command-line client for the UserService gRPC API (protos/user_service.proto).")
{
    globalOptions.Address,
    globalOptions.Deadline,
    globalOptions.ApiKey,
    GetCommand.Create(globalOptions),
    ListCommand.Create(globalOptions),
    CreateCommand.Create(globalOptions),
    ChatCommand.Create(globalOptions),
};

var parseResult = rootCommand.Parse(args);
if (parseResult.Errors.Count > 0)
{
    // System.CommandLine would print the errors and the whole help text; one line is easier to read and to test.
    var messages = string.Join("; ", parseResult.Errors.Select(error => error.Message));
    StatusReporter.ReportUsageError($"{messages} (see --help)");
    return ExitCodes.UsageError;
}

// Ctrl+C (SIGINT) and SIGTERM cancel the token that the commands pass to their calls; a command has 2 s to
// report CANCELLED before the process is ended. System.CommandLine 2.0.0 handles the signals only when
// this timeout is set explicitly: without it, Ctrl+C kills the process without a word.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(2) };
return await parseResult.InvokeAsync(invocation);

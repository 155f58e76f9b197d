using System.CommandLine;
using UserService.Client;
using UserService.Client.Commands;
using UserService.Client.Output;

var globalOptions = new GlobalOptions();
var rootCommand = new RootCommand("Command-line client for the UserService gRPC API (protos/user_service.proto).")
{
    globalOptions.Address,
    globalOptions.Deadline,
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

return await parseResult.InvokeAsync();

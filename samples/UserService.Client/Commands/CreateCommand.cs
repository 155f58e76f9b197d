using System.CommandLine;
using Grpc.Core;
using UserService.Client.Input;
using UserService.Client.Output;
using UserService.Contracts;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// <c>create &lt;file&gt;</c>: a client-streaming call (CreateUsers). The users of a JSON or CSV file are
/// sent one message each; the server answers once, with how many it stored.
/// </summary>
internal static class CreateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globalOptions)
    {
        var fileArgument = new Argument<string>("file")
        {
            Description = "A .json file (an array of {name, email, age}) or a .csv file (header name,email,age)",
        };
        var command = new Command("create", "Create the users of a file (client streaming call CreateUsers)") { fileArgument };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // The whole file is read and checked before the call starts: a malformed file sends nothing.
            IReadOnlyList<User> users;
            try
            {
                users = UserFileReader.Read(parseResult.GetRequiredValue(fileArgument));
            }
            catch (UserFileException exception)
            {
                StatusReporter.ReportUsageError(exception.Message);
                return ExitCodes.UsageError;
            }

            return await RpcCommandRunner.RunAsync(
                parseResult,
                globalOptions,
                RpcCommandRunner.DefaultDeadline,
                (client, deadline) => CreateUsersAsync(client, users, deadline, cancellationToken),
                cancellationToken);
        });
        return command;
    }

    private static async Task CreateUsersAsync(
        UserServiceClient client, IReadOnlyList<User> users, DateTime deadline, CancellationToken cancellationToken)
    {
        using var call = client.CreateUsers(deadline: deadline, cancellationToken: cancellationToken);
        try
        {
            foreach (var user in users)
            {
                await call.RequestStream.WriteAsync(user, cancellationToken);
                ConsoleOutput.WriteSent(user);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            // The server may end the call before reading everything (for example INVALID_ARGUMENT on the
            // first bad user): writing then fails. The server's status is in ResponseAsync, awaited below.
        }

        var response = await call.ResponseAsync;
        ConsoleOutput.WriteCreatedCount(response.CreatedCount);
    }
}

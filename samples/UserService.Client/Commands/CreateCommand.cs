using System.CommandLine;
using Grpc.Core;
using UserService.Client.Input;
using UserService.Client.Output;
using UserService.Contracts;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// <c>create &lt;file&gt;</c>: a client-streaming call (CreateUsers). The users of a JSON or CSV file are
/// sent one message each; the server answers once, with how many it stored. Every run sends an
/// <c>idempotency-key</c> header: when a run ends without knowing whether the server stored the batch
/// (deadline, lost connection, Ctrl+C), the error names the key, and running the command again with
/// <c>--idempotency-key</c> stores the batch at most once.
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
        var keyOption = IdempotencyKeyOption.Create();
        var command = new Command("create", "Create the users of a file (client streaming call CreateUsers)") { fileArgument, keyOption };

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

            var key = parseResult.GetValue(keyOption) ?? IdempotencyKeyOption.NewKey();
            return await RpcCommandRunner.RunAsync(
                parseResult,
                globalOptions,
                RpcCommandRunner.DefaultDeadline,
                (client, deadline) => CreateUsersAsync(client, users, key, deadline, cancellationToken),
                cancellationToken,
                status => OutcomeUnknown(status) ? $"the server may have stored the users before the call ended; run the same command with --idempotency-key {key} to make sure, it stores them at most once" : null);
        });
        return command;
    }

    private static async Task CreateUsersAsync(
        UserServiceClient client, IReadOnlyList<User> users, string key, DateTime deadline, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { IdempotencyKeyOption.Header, key } };
        using var call = client.CreateUsers(headers, deadline, cancellationToken);
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
        if (response.CreatedCount < users.Count)
        {
            // Only a replay answers with fewer users than were sent: a new batch is stored all or nothing.
            ConsoleOutput.WriteCreatedCountOfEarlierRun(response.CreatedCount, users.Count);
        }
        else
        {
            ConsoleOutput.WriteCreatedCount(response.CreatedCount);
        }
    }

    /// <summary>
    /// True for the endings after which the client cannot know whether the server committed the batch:
    /// the call may have ended after the server stored it and before its answer arrived.
    /// </summary>
    private static bool OutcomeUnknown(StatusCode status) =>
        status is StatusCode.DeadlineExceeded or StatusCode.Unavailable or StatusCode.Cancelled
            or StatusCode.Unknown or StatusCode.Internal;
}

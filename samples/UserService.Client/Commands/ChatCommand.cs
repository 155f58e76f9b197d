using System.CommandLine;
using Grpc.Core;
using UserService.Client.Output;
using UserService.Contracts;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// <c>chat --user &lt;name&gt;</c>: a bidirectional streaming call (ChatUsers). Lines read from standard input
/// are sent while the messages of the server are printed as they arrive; both directions run at once.
/// </summary>
internal static class ChatCommand
{
    /// <summary>
    /// The deadline of the chat call when <c>--deadline</c> is not given: a conversation is one call,
    /// so it must outlast a person typing. Longer chats pass a bigger <c>--deadline</c>.
    /// </summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(10);

    /// <summary>Typing this line (or closing standard input) ends the chat.</summary>
    public const string QuitCommand = "/quit";

    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globalOptions)
    {
        var userOption = new Option<string>("--user")
        {
            Description = "Your name in the chat",
            HelpName = "name",
            Required = true,
        };
        userOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } name && ConsoleText.HasControlCharacter(name))
            {
                result.AddError("--user must not contain control characters.");
            }
        });
        var command = new Command("chat", $"Chat with the other connected clients (bidirectional streaming call ChatUsers); end with {QuitCommand} or end of input")
        {
            userOption,
        };

        command.SetAction((parseResult, cancellationToken) => RpcCommandRunner.RunAsync(
            parseResult,
            globalOptions,
            DefaultDeadline,
            (client, deadline) => ChatAsync(client, parseResult.GetRequiredValue(userOption), deadline, cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task ChatAsync(UserServiceClient client, string userName, DateTime deadline, CancellationToken cancellationToken)
    {
        using var call = client.ChatUsers(deadline: deadline, cancellationToken: cancellationToken);

        // Receiving runs in the background while this method reads standard input and sends.
        var receiving = PrintMessagesAsync(call.ResponseStream, cancellationToken);

        while (true)
        {
            // Console.In.ReadLine blocks, so it runs on the thread pool: the loop can then also notice
            // that the server ended the call (receiving completed) while nobody is typing.
            var reading = Task.Run(Console.In.ReadLine, cancellationToken);
            if (await Task.WhenAny(reading, receiving) == receiving)
            {
                break;
            }

            var line = await reading;
            if (line is null || line.Trim() == QuitCommand)
            {
                // Tell the server we are done sending; it then ends its side of the call.
                await call.RequestStream.CompleteAsync();
                break;
            }

            if (ConsoleText.HasControlCharacter(line))
            {
                StatusReporter.ReportUsageError("the line contains a control character and was not sent.");
                continue;
            }

            // The server rejects an empty text with INVALID_ARGUMENT, so blank lines are not sent.
            if (!string.IsNullOrWhiteSpace(line))
            {
                await call.RequestStream.WriteAsync(new ChatMessage { User = userName, Text = line }, cancellationToken);
            }
        }

        // Waits for the server to end the call, and throws its status if it is not OK.
        await receiving;
    }

    private static async Task PrintMessagesAsync(IAsyncStreamReader<ChatMessage> responseStream, CancellationToken cancellationToken)
    {
        await foreach (var message in responseStream.ReadAllAsync(cancellationToken))
        {
            ConsoleOutput.WriteChatMessage(message);
        }
    }
}

using System.CommandLine;
using Grpc.Core;
using UserService.Client.Output;
using UserService.Contracts;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// <c>list [--after &lt;id&gt;]</c>: a server-streaming call (ListUsers). Each user is printed as soon as it arrives.
/// </summary>
internal static class ListCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globalOptions)
    {
        var afterOption = new Option<int>("--after")
        {
            Description = "List only the users whose id is greater than this one (default: 0, everyone)",
            HelpName = "id",
        };
        var command = new Command("list", "Stream the users in id order (server streaming call ListUsers)") { afterOption };

        command.SetAction((parseResult, cancellationToken) => RpcCommandRunner.RunAsync(
            parseResult,
            globalOptions,
            RpcCommandRunner.DefaultDeadline,
            (client, deadline) => ListUsersAsync(client, parseResult.GetValue(afterOption), deadline, cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task ListUsersAsync(UserServiceClient client, int afterId, DateTime deadline, CancellationToken cancellationToken)
    {
        var request = new GetUserRequest { UserId = afterId };
        using var call = client.ListUsers(request, deadline: deadline, cancellationToken: cancellationToken);

        var count = 0;
        await foreach (var user in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            ConsoleOutput.WriteUser(user);
            count++;
        }

        ConsoleOutput.WriteListedCount(count);
    }
}

using System.CommandLine;
using UserService.Client.Output;
using UserService.Contracts;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// <c>get &lt;id&gt;</c>: a unary call, one request and one response (GetUser).
/// </summary>
internal static class GetCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(GlobalOptions globalOptions)
    {
        var idArgument = new Argument<int>("id") { Description = "The id of the user" };
        var command = new Command("get", "Get one user by id (unary call GetUser)") { idArgument };

        command.SetAction((parseResult, cancellationToken) => RpcCommandRunner.RunAsync(
            parseResult,
            globalOptions,
            RpcCommandRunner.DefaultDeadline,
            (client, deadline) => GetUserAsync(client, parseResult.GetValue(idArgument), deadline, cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task GetUserAsync(UserServiceClient client, int id, DateTime deadline, CancellationToken cancellationToken)
    {
        // The server validates the id (INVALID_ARGUMENT for id <= 0): the client sends what it was given.
        var request = new GetUserRequest { UserId = id };
        var response = await client.GetUserAsync(request, deadline: deadline, cancellationToken: cancellationToken);
        ConsoleOutput.WriteUser(response.User);
    }
}

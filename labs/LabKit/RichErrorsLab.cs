using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using GrpcTutorial.Samples;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 11: the rich error model. Checks that the learner's GetUser answers an invalid id with a
/// <c>google.rpc.Status</c> in the <c>grpc-status-details-bin</c> trailer: a <c>BadRequest</c> that
/// names the field, an <c>ErrorInfo</c> beside it, and a code and message that agree with the call's status.
/// </summary>
public static class RichErrorsLab
{
    private const string Lesson = "Lesson 11 · Rich errors and retries";

    private const string Section = "section \"The rich error model: google.rpc.Status and BadRequest\"";

    private static readonly LabDefinition<Func<IReadOnlyList<User>, UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 11 · Rich errors",
    [
        new("GetUser(0) answers INVALID_ARGUMENT with a google.rpc.Status whose BadRequest names the field user_id",
            "Build status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = ..., Details = { Any.Pack(badRequest) } } around a BadRequest with a FieldViolation { Field = \"user_id\" }, and throw it as the lesson's server does: new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, status.Message), new Metadata { { \"grpc-status-details-bin\", status.ToByteArray() } }).",
            $"{Lesson}, {Section}",
            async create =>
            {
                var (_, status) = await InvalidAsync(create);
                var badRequest = Detail<BadRequest>(status);
                Expect.That(badRequest is not null, "the rich status to carry a BadRequest detail", "it has no BadRequest among its details");
                var fields = badRequest!.FieldViolations.Select(violation => violation.Field).ToList();
                Expect.That(fields.Contains("user_id"), "a field violation for \"user_id\"", fields.Count == 0 ? "the BadRequest has no field violations" : $"the violations name {string.Join(", ", fields.Select(field => $"\"{field}\""))}");
            }),
        new("Beside the BadRequest, the status packs an ErrorInfo with a reason and a domain",
            "Details is a list of Any: Details = { Any.Pack(badRequest), Any.Pack(new ErrorInfo { Reason = \"USER_ID_NOT_POSITIVE\", Domain = \"users.course.example\" }) }. Clients branch on Reason (a stable constant), not on the message.",
            $"{Lesson}, sections \"The rich error model: google.rpc.Status and BadRequest\" and \"Exercise\"",
            async create =>
            {
                var (_, status) = await InvalidAsync(create);
                var info = Detail<ErrorInfo>(status);
                Expect.That(info is not null, "the rich status to carry an ErrorInfo detail", "it has no ErrorInfo among its details");
                Expect.That(info!.Reason.Length > 0 && info.Domain.Length > 0, "the ErrorInfo to have a Reason and a Domain", $"Reason was \"{info.Reason}\" and Domain \"{info.Domain}\"");
                Expect.That(Detail<BadRequest>(status) is not null, "the BadRequest of step 1 to stay beside it", "the BadRequest is gone");
            }),
        new("The rich status agrees with the call's status (code and message), and valid ids still work",
            "The call's status must say what the rich status says: the same code, INVALID_ARGUMENT, and the rich status's Message as its detail (Grpc.StatusProto's status.ToRpcException() does both in a project). GetUser(1) still returns the user and an unknown id is still NOT_FOUND.",
            $"{Lesson}, {Section}",
            async create =>
            {
                var (exception, status) = await InvalidAsync(create);
                Expect.Equal((int)StatusCode.InvalidArgument, status.Code, "the rich status's Code");
                Expect.Equal(exception.Status.Detail, status.Message, "the rich status's Message (the call's status detail)");
                await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
                var reply = await server.Client.GetUserAsync(new GetUserRequest { UserId = 1 });
                Expect.Equal("Ada Lovelace", reply.User?.Name, "GetUser(1).User.Name");
                await Expect.StatusAsync(StatusCode.NotFound, "GetUser(404)", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 404 }).ResponseAsync);
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each hosts a new service, made by <paramref name="create"/> over the sample users.</summary>
    /// <param name="create">Creates the learner's service over the users it serves.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<IReadOnlyList<User>, UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }

    /// <summary>The first detail of type <typeparamref name="T"/> packed in <paramref name="status"/>, or null.</summary>
    private static T? Detail<T>(Google.Rpc.Status status)
        where T : class, IMessage<T>, new()
    {
        foreach (var any in status.Details)
        {
            if (any.TryUnpack<T>(out var detail))
            {
                return detail;
            }
        }

        return null;
    }

    /// <summary>Calls GetUser(0), which must fail with INVALID_ARGUMENT and a rich status.</summary>
    private static async Task<(RpcException Exception, Google.Rpc.Status Status)> InvalidAsync(Func<IReadOnlyList<User>, UserServiceGrpc.UserServiceBase> create)
    {
        await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
        RpcException? failure = null;
        await Expect.StatusAsync(StatusCode.InvalidArgument, "GetUser(0)", async () =>
        {
            try
            {
                await server.Client.GetUserAsync(new GetUserRequest { UserId = 0 });
            }
            catch (RpcException exception)
            {
                failure = exception;
                throw;
            }
        });
        var rejected = failure!;
        var bytes = rejected.Trailers.GetValueBytes("grpc-status-details-bin");
        var status = bytes is null ? null : Google.Rpc.Status.Parser.ParseFrom(bytes);
        Expect.That(status is not null, "the call's trailers to carry a google.rpc.Status (grpc-status-details-bin)", "there is none: the error is a plain status code and message");
        return (rejected, status!);
    }
}

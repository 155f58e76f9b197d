using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using GrpcTutorial.Samples;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 01: a first gRPC call and what protobuf saves. Checks an <see cref="IFirstCallExercise"/>
/// against a server hosted in process and against the real serializers.
/// </summary>
public static class FirstCallLab
{
    private const string Lesson = "Lesson 1 · Why gRPC";
    private const string GetUserPath = "/user_service.UserService/GetUser";

    // Users the learner has never seen, so that only a real call can return them.
    private static readonly User[] s_directory =
    [
        new() { Id = 7, Name = "Katherine Johnson", Email = "katherine@example.com", Age = 101 },
        new() { Id = 42, Name = "Margaret Hamilton", Email = "margaret@example.com", Age = 88 },
        new() { Id = 1969, Name = "Frances Allen", Email = "frances@example.com", Age = 88 },
    ];

    private static readonly LabDefinition<IFirstCallExercise> s_lab = new("Lab 01 · A first call, and what protobuf saves",
    [
        new("FindUserAsync returns the user the server answers with",
            "Build new GetUserRequest { UserId = userId }, await client.GetUserAsync(request) and return the User of the response: the generated client turns that method call into an HTTP/2 request to the server.",
            $"{Lesson}, section \"A first real gRPC call\"",
            async exercise =>
            {
                await using var server = await LabServer.StartAsync(new FirstCallDirectory(s_directory));
                foreach (var expected in s_directory)
                {
                    var calls = server.RecordedCalls.Count;
                    var actual = await exercise.FindUserAsync(server.Client, expected.Id);
                    Expect.That(server.RecordedCalls.Skip(calls).Any(call => call.Path == GetUserPath), $"FindUserAsync(client, {expected.Id}) to call GetUser on the server", "the server saw no call: use the client you are given");
                    Expect.That(expected.Equals(actual), $"FindUserAsync(client, {expected.Id}) to return {expected}", $"it returned {Describe.Message(actual)}");
                }
            }),
        new("FindUserAsync returns null for NOT_FOUND and lets any other status reach the caller",
            "Catch only the status that means \"no such user\": catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { return null; }. Id 0 makes the server answer INVALID_ARGUMENT, a mistake of the caller: do not hide it behind null.",
            $"{Lesson}, section \"A first real gRPC call\"",
            async exercise =>
            {
                await using var server = await LabServer.StartAsync(new FirstCallDirectory(s_directory));
                User? missing;
                try
                {
                    missing = await exercise.FindUserAsync(server.Client, 999);
                }
                catch (RpcException exception)
                {
                    throw new CheckFailedException("FindUserAsync(client, 999) to return null: the server answers NOT_FOUND, which means there is no such user", $"the client's RpcException reached the caller: {Describe.Status(exception.Status)}");
                }

                Expect.That(server.RecordedCalls.Any(call => call.GrpcStatus == (int)StatusCode.NotFound), "FindUserAsync(client, 999) to ask the server", "the server saw no call that it answered NOT_FOUND: ask the server, it is the one that knows");
                Expect.That(missing is null, "FindUserAsync(client, 999) to return null", $"it returned {Describe.Message(missing)}");

                const string Expected = "FindUserAsync(client, 0) to let the client's RpcException with status InvalidArgument reach the caller (only NOT_FOUND means there is no such user)";
                User? invalid;
                try
                {
                    invalid = await exercise.FindUserAsync(server.Client, 0);
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.InvalidArgument)
                {
                    return;
                }
                catch (RpcException exception)
                {
                    throw new CheckFailedException(Expected, $"it threw an RpcException with {Describe.Status(exception.Status)}");
                }
                catch (Exception exception) when (exception is not NotImplementedException)
                {
                    throw new CheckFailedException(Expected, $"it threw {exception.GetType().Name}: {exception.Message}");
                }

                throw new CheckFailedException(Expected, $"it returned {Describe.Message(invalid)}, so its caller cannot tell a wrong id from a missing user");
            }),
        new("MeasureSizes gives the protobuf and JSON sizes that the real serializers write",
            "Protobuf: the length of user.ToByteArray(). JSON: the length of JsonSerializer.SerializeToUtf8Bytes of an object with the user's four fields (id, name, email, age), as the lesson's first-taste cell does for one user. Not Google.Protobuf's JsonFormatter: it adds spaces and leaves out empty fields, which is not the JSON a REST API sends here.",
            $"{Lesson}, section \"A first taste: the same User as JSON and as protobuf\"",
            exercise =>
            {
                (string Name, User User)[] users =
                [
                    ("John Doe", SampleUsers.JohnDoe),
                    ("Ada Lovelace", SampleUsers.All()[0]),
                    ("a user with only a name", new User { Name = "Grace Hopper" }),
                    ("the numbers-only user", ShapeUser(UserShape.NumbersOnly)),
                    ("the long-text user (200-character name and email)", ShapeUser(UserShape.LongText)),
                ];
                foreach (var (name, user) in users)
                {
                    var expected = Measure(user);
                    var actual = exercise.MeasureSizes(user.Clone());
                    Expect.That(expected.Equals(actual), $"MeasureSizes of {name} to be {Show(expected)}", $"it was {(actual is null ? "null" : Show(actual))}");
                }

                return Task.CompletedTask;
            }),
        new("PredictSavingsRanking puts the three shapes of user in order, biggest saving (as a share of the JSON size) first",
            "Protobuf saves the field names, the quotes and most digits of the numbers; the text itself costs the same UTF-8 bytes in both formats. So the more of a message is text, the closer the two sizes get. Predict first, then measure the three users with your MeasureSizes.",
            $"{Lesson}, sections \"A first taste: the same User as JSON and as protobuf\" and \"Payload size\"",
            exercise =>
            {
                var predicted = exercise.PredictSavingsRanking;
                Expect.That(predicted is not null && predicted.Count == 3 && predicted.Distinct().Count() == 3 && predicted.All(Enum.IsDefined),
                    "the three shapes NumbersOnly, Typical and LongText, each once",
                    $"it was {(predicted is null ? "null" : $"[{string.Join(", ", predicted)}]")}");

                var measured = Enum.GetValues<UserShape>()
                    .Select(shape => (Shape: shape, Sizes: Measure(ShapeUser(shape))))
                    .OrderBy(entry => (double)entry.Sizes.Protobuf / entry.Sizes.Json)
                    .ToList();
                Expect.That(measured.Select(entry => entry.Shape).SequenceEqual(predicted!),
                    $"the order {string.Join(", ", measured.Select(entry => entry.Shape))}. Measured, protobuf is "
                        + string.Join(", ", measured.Select(entry => $"{entry.Sizes.Protobuf} of {entry.Sizes.Json} bytes ({Percent(entry.Sizes)}) for {entry.Shape}"))
                        + ". It saves " + string.Join(", ", measured.Select(entry => $"{entry.Sizes.Json - entry.Sizes.Protobuf}"))
                        + " bytes: nearly the same names, quotes and digits each time; what changes is how much text surrounds them",
                    $"your prediction was {string.Join(", ", predicted!)}");
                return Task.CompletedTask;
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>The user that stands for <paramref name="shape"/> in the prediction step.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>A new instance, so callers may change it.</returns>
    public static User ShapeUser(UserShape shape) => shape switch
    {
        UserShape.NumbersOnly => new User { Id = 12345, Age = 30 },
        UserShape.Typical => SampleUsers.JohnDoe,
        UserShape.LongText => new User { Id = 12345, Name = new string('n', 200), Email = new string('e', 188) + "@example.com", Age = 30 },
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "not a shape of user"),
    };

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IFirstCallExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }

    private static PayloadSizes Measure(User user) =>
        new(user.CalculateSize(), JsonSerializer.SerializeToUtf8Bytes(new { id = user.Id, name = user.Name, email = user.Email, age = user.Age }).Length);

    private static string Show(PayloadSizes sizes) => $"{sizes.Protobuf} bytes of protobuf and {sizes.Json} bytes of JSON";

    private static string Percent(PayloadSizes sizes) => Math.Round(100.0 * sizes.Protobuf / sizes.Json).ToString(CultureInfo.InvariantCulture) + "%";
}

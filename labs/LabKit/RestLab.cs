using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 17: a REST client of a transcoded gRPC service. Checks the learner's <c>NamesViaRest</c>
/// against <c>GET /v1/users/{id}</c> on an in-process test server that answers as lesson 17's
/// JSON transcoding server does: a user as proto3 JSON, or HTTP 404 with a JSON status body.
/// </summary>
public static class RestLab
{
    /// <summary>What <c>NamesViaRest</c> returns for an id the server does not know.</summary>
    public const string NotFound = "(not found)";

    private const string Lesson = "Lesson 17 · Browser and REST clients";

    private static readonly User[] s_users =
    [
        new() { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 },
        new() { Id = 2, Name = "Alan Turing", Email = "alan@example.com", Age = 41 },
    ];

    private static readonly LabDefinition<Func<HttpClient, int[], Task<List<string>>>> s_lab = new("Lab 17 · A REST client",
    [
        new("NamesViaRest(1, 2) reads each user's JSON and returns Ada Lovelace, Alan Turing",
            "For each id, await http.GetAsync($\"/v1/users/{id}\"), read the body, then JsonParser.Default.Parse<User>(json).Name. The body is the user itself, in proto3 JSON: {\"id\":1,\"name\":\"Ada Lovelace\",...}.",
            $"{Lesson}, sections \"JSON transcoding\" and \"Exercise\"",
            async namesViaRest => await ExpectNamesAsync(namesViaRest, extraField: false, [1, 2], ["Ada Lovelace", "Alan Turing"])),
        new("An id the server answers with HTTP 404 gives \"(not found)\", and the other ids are still answered",
            "Check response.StatusCode == HttpStatusCode.NotFound before reading the body: the 404's body is a JSON status ({\"code\":5,...}), not a user. Do not call EnsureSuccessStatusCode for it: one unknown id must not lose the others' names.",
            $"{Lesson}, section \"JSON transcoding\" (GET /v1/users/999)",
            async namesViaRest => await ExpectNamesAsync(namesViaRest, extraField: false, [1, 999, 2], ["Ada Lovelace", NotFound, "Alan Turing"])),
        new("A server one version ahead adds a field to the JSON: the names still come through",
            "JsonParser.Default rejects a field it does not know (InvalidProtocolBufferException), unlike the binary format, which keeps unknown fields. Parse with new JsonParser(JsonParser.Settings.Default.WithIgnoreUnknownFields(true)).",
            $"{Lesson}, section \"JSON transcoding\"; Lesson 5 · Evolving a schema",
            async namesViaRest => await ExpectNamesAsync(namesViaRest, extraField: true, [2, 999, 1], ["Alan Turing", NotFound, "Ada Lovelace"])),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each gives <paramref name="namesViaRest"/> an <see cref="HttpClient"/> whose base address is a new in-process server.</summary>
    /// <param name="namesViaRest">The learner's function: the names of the users with the given ids, fetched over REST.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<HttpClient, int[], Task<List<string>>> namesViaRest)
    {
        ArgumentNullException.ThrowIfNull(namesViaRest);
        return s_lab.RunAsync(namesViaRest);
    }

    private static async Task ExpectNamesAsync(Func<HttpClient, int[], Task<List<string>>> namesViaRest, bool extraField, int[] ids, string[] expected)
    {
        await using var host = await LabWebHost.StartAsync(_ => { }, app => app.MapGet("/v1/users/{id:int}", (int id) => Answer(id, extraField)));
        using var http = host.CreateHttpClient();
        var names = await namesViaRest(http, ids) ?? [];
        var call = $"NamesViaRest({string.Join(", ", ids)})";
        Expect.That(names.SequenceEqual(expected), $"{call} to return [{string.Join(", ", expected)}]", $"it returned [{string.Join(", ", names)}]");
    }

    /// <summary>What lesson 17's transcoding server answers to <c>GET /v1/users/{id}</c>; with <paramref name="extraField"/>, one field more, as a newer server would send.</summary>
    private static IResult Answer(int id, bool extraField)
    {
        var user = s_users.FirstOrDefault(candidate => candidate.Id == id);
        if (user is null)
        {
            return Results.Content($$"""{"code":5,"message":"no user with id {{id}}","details":[]}""", "application/json; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var json = JsonFormatter.Default.Format(user);
        if (extraField)
        {
            json = json[..^1] + ""","nickname":"from version 2"}""";
        }

        return Results.Content(json, "application/json; charset=utf-8");
    }
}

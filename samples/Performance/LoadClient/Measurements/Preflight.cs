using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Grpc.Core;
using GrpcTutorial.Wire;
using Performance.Core.Data;
using Performance.Core.Json;
using Performance.Core.Results;
using UserService.Contracts;

namespace Performance.LoadClient.Measurements;

/// <summary>Correctness checks before any measurement: a fast wrong answer is worth nothing.</summary>
public static partial class Preflight
{
    /// <summary>Runs every check.</summary>
    /// <param name="server">The connection to the server.</param>
    /// <param name="bodies">The body files h2load will send.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>One result per check.</returns>
    public static async Task<List<PreflightCheck>> RunAsync(ServerConnection server, RequestBodies bodies, CancellationToken cancellationToken)
    {
        var checks = new List<PreflightCheck>();
        foreach (var payload in TransportPayloads.All)
        {
            checks.Add(CheckFrameDecodes(bodies, payload));
            checks.Add(await CheckNghttpAsync(server, bodies, payload, cancellationToken));
            checks.Add(await CheckSameUserAsync(server, payload, cancellationToken));
        }

        checks.Add(await CheckFailuresAreCountedAsync(server, cancellationToken));
        return checks;
    }

    private static PreflightCheck CheckFrameDecodes(RequestBodies bodies, TransportPayload payload)
    {
        var name = $"{Path.GetFileName(bodies.GrpcFile(payload))} decodes as GetUserRequest {{ user_id: {payload.UserId} }}";
        try
        {
            var request = GrpcFrame.Decode(File.ReadAllBytes(bodies.GrpcFile(payload)), GetUserRequest.Parser);
            return new PreflightCheck(name, request.UserId == payload.UserId, $"user_id = {request.UserId}");
        }
        catch (Exception e) when (e is FormatException or Google.Protobuf.InvalidProtocolBufferException)
        {
            return new PreflightCheck(name, false, e.Message);
        }
    }

    // The same body file as h2load sends, through a second, independent HTTP/2 client.
    private static async Task<PreflightCheck> CheckNghttpAsync(
        ServerConnection server, RequestBodies bodies, TransportPayload payload, CancellationToken cancellationToken)
    {
        var name = $"nghttp -v: GetUser with {Path.GetFileName(bodies.GrpcFile(payload))} ends with grpc-status 0";
        var start = new ProcessStartInfo("nghttp") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "-H", "content-type: application/grpc", "-H", "te: trailers", "-d", bodies.GrpcFile(payload) })
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(server.BaseAddress, "/user_service.UserService/GetUser").ToString());
        var (exitCode, output, error) = await ProcessRunner.RunAsync(start, cancellationToken);
        var status = GrpcStatusLine().Match(output);
        var detail = status.Success ? $"grpc-status: {status.Groups[1].Value}" : $"no grpc-status (exit {exitCode}) {error.Trim()}";
        return new PreflightCheck(name, exitCode == 0 && status.Success && status.Groups[1].Value == "0", detail);
    }

    private static async Task<PreflightCheck> CheckSameUserAsync(ServerConnection server, TransportPayload payload, CancellationToken cancellationToken)
    {
        var name = $"gRPC GetUser, REST POST and REST GET return the same user {payload.UserId} ({payload.Name})";
        var viaGrpc = (await server.Grpc.GetUserAsync(new GetUserRequest { UserId = payload.UserId }, cancellationToken: cancellationToken)).User.ToDto();
        using var post = await server.Http.PostAsJsonAsync(
            "/api/users/get", new GetUserRequestDto(payload.UserId), ShapesJsonContext.Default.GetUserRequestDto, cancellationToken);
        var viaPost = await post.Content.ReadFromJsonAsync(ShapesJsonContext.Default.UserDto, cancellationToken);
        var viaGet = await server.Http.GetFromJsonAsync($"/api/users/{payload.UserId}", ShapesJsonContext.Default.UserDto, cancellationToken);
        var same = viaGrpc == viaPost && viaGrpc == viaGet;
        return new PreflightCheck(name, same, $"id {viaGrpc.Id}, name of {viaGrpc.Name.Length} characters, equal: {same}");
    }

    // Proves the server's status counters see failures, so "0 failed" later means something.
    private static async Task<PreflightCheck> CheckFailuresAreCountedAsync(ServerConnection server, CancellationToken cancellationToken)
    {
        const string name = "An unknown user gives grpc-status NOT_FOUND and HTTP 404, and the server counts both as failed";
        var before = await server.GetStatsAsync(cancellationToken);
        StatusCode? grpcStatus = null;
        try
        {
            await server.Grpc.GetUserAsync(new GetUserRequest { UserId = -1 }, cancellationToken: cancellationToken);
        }
        catch (RpcException e)
        {
            grpcStatus = e.StatusCode;
        }

        using var post = await server.Http.PostAsJsonAsync(
            "/api/users/get", new GetUserRequestDto(-1), ShapesJsonContext.Default.GetUserRequestDto, cancellationToken);
        var after = await server.GetStatsAsync(cancellationToken);
        var passed = grpcStatus == StatusCode.NotFound
            && post.StatusCode == HttpStatusCode.NotFound
            && after.GrpcFailed == before.GrpcFailed + 1
            && after.RestFailed == before.RestFailed + 1;
        return new PreflightCheck(
            name,
            passed,
            $"gRPC {grpcStatus}, HTTP {(int)post.StatusCode}, server counted {after.GrpcFailed - before.GrpcFailed} gRPC and {after.RestFailed - before.RestFailed} REST failures");
    }

    [GeneratedRegex(@"recv \(stream_id=\d+\) grpc-status: (\d+)")]
    private static partial Regex GrpcStatusLine();
}

using System.Diagnostics;
using System.Text.Json;
using Grpc.Core;
using GrpcTutorial.Wire;
using Performance.Core.Data;
using Performance.Core.Json;
using Performance.Core.Pages;
using Performance.Core.Results;
using Performance.Core.Shapes;
using UserService.Contracts;

namespace Performance.LoadClient.Measurements;

/// <summary>
/// Every one of the 100,000 users, downloaded through gRPC server streaming (ListUsers) and as one
/// JSON array (GET /api/users, parsed as it arrives with DeserializeAsyncEnumerable), plus the
/// paging experiment (the same users, <see cref="PageSize"/> per gRPC message). Each download is
/// timed from the request to the last user parsed into an object; the order rotates.
/// </summary>
/// <param name="options">How many repetitions.</param>
/// <param name="server">The connection to the server.</param>
/// <param name="log">Progress messages.</param>
public sealed class StreamingBenchmark(SuiteOptions options, ServerConnection server, Action<string> log)
{
    private const string GrpcProtocol = "grpc-stream";
    private const string JsonProtocol = "json-array";
    private const string PagesProtocol = "grpc-pages";

    /// <summary>Users per message in the paging experiment.</summary>
    public const int PageSize = 1_000;

    // The bytes the gRPC calls send, worked out once from the same deterministic users as the
    // server's, so the timed loops do no extra work; the count and id sum below prove the data matched.
    private static readonly User[] s_expectedUsers = UserData.CreateUsers(TransportPayloads.UserCount);
    private static readonly long s_grpcWireBytes = s_expectedUsers.Sum(u => (long)GrpcFrame.PrefixLength + u.CalculateSize());
    private static readonly long s_pagesWireBytes = s_expectedUsers.Chunk(PageSize)
        .Sum(page => (long)GrpcFrame.PrefixLength + new UserList { Users = { page } }.CalculateSize());

    private readonly record struct Download(double Seconds, long WireBytes, double ServerCpuMs, double ClientCpuMs, double OtherCpuMs);

    private const int WarmupDownloads = 5;

    /// <summary>Runs <see cref="WarmupDownloads"/> warm-up and <see cref="SuiteOptions.Repetitions"/> measured downloads per protocol.</summary>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    /// <returns>Both protocols' results.</returns>
    public async Task<StreamingResults> RunAsync(CancellationToken cancellationToken)
    {
        var downloads = new Dictionary<string, List<Download>>
        {
            [GrpcProtocol] = [],
            [JsonProtocol] = [],
            [PagesProtocol] = [],
        };
        string[] order = [GrpcProtocol, JsonProtocol, PagesProtocol];
        for (var repetition = 1 - WarmupDownloads; repetition <= options.Repetitions; repetition++)
        {
            // Rotate, so that no protocol always runs first or right after another.
            var shift = (repetition + WarmupDownloads) % order.Length;
            foreach (var protocol in order.Skip(shift).Concat(order.Take(shift)))
            {
                var download = await MeasureAsync(protocol, cancellationToken);
                var measured = repetition > 0;
                log($"{protocol,-11} {(measured ? $"run {repetition}" : "warm-up"),-7} {download.Seconds * 1000,8:0.0} ms  " +
                    $"server CPU {download.ServerCpuMs:0} ms  client CPU {download.ClientCpuMs:0} ms  other CPU {download.OtherCpuMs:0} ms");
                if (measured)
                {
                    downloads[protocol].Add(download);
                }
            }
        }

        var codecs = await CodecBenchmark.MeasureAsync(s_expectedUsers, cancellationToken);
        log($"codecs alone: protobuf serialize {codecs.ProtobufSerializeMs:0.0} ms, parse {codecs.ProtobufParseMs:0.0} ms; " +
            $"JSON serialize {codecs.JsonSerializeMs:0.0} ms, parse {codecs.JsonParseMs:0.0} ms");
        return new StreamingResults(
            Summarize(GrpcProtocol, downloads[GrpcProtocol]),
            Summarize(JsonProtocol, downloads[JsonProtocol]),
            Summarize(PagesProtocol, downloads[PagesProtocol]),
            PageSize,
            codecs);
    }

    private async Task<Download> MeasureAsync(string protocol, CancellationToken cancellationToken)
    {
        var serverCpu = server.ReadServerCpu();
        var clientCpu = Environment.CpuUsage.TotalTime;
        var machineCpu = ProcCpu.ReadMachineBusy();
        var stopwatch = Stopwatch.StartNew();
        var (count, idSum, wireBytes) = protocol switch
        {
            GrpcProtocol => await ReadGrpcAsync(cancellationToken),
            PagesProtocol => await ReadPagesAsync(cancellationToken),
            _ => await ReadJsonAsync(cancellationToken),
        };
        stopwatch.Stop();
        var serverMs = (server.ReadServerCpu() - serverCpu).TotalMilliseconds;
        var clientMs = (Environment.CpuUsage.TotalTime - clientCpu).TotalMilliseconds;
        var machineMs = (ProcCpu.ReadMachineBusy() - machineCpu).TotalMilliseconds;
        var download = new Download(
            stopwatch.Elapsed.TotalSeconds, wireBytes, serverMs, clientMs, Math.Max(0, machineMs - serverMs - clientMs));

        const long expectedSum = (long)TransportPayloads.UserCount * (TransportPayloads.UserCount + 1) / 2;
        if (count != TransportPayloads.UserCount || idSum != expectedSum)
        {
            throw new InvalidOperationException($"{protocol} returned {count} users (id sum {idSum}); expected {TransportPayloads.UserCount}.");
        }

        return download;
    }

    private async Task<(int Count, long IdSum, long WireBytes)> ReadGrpcAsync(CancellationToken cancellationToken)
    {
        using var call = server.Grpc.ListUsers(new GetUserRequest { UserId = 0 }, cancellationToken: cancellationToken);
        var count = 0;
        long idSum = 0;
        await foreach (var user in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            count++;
            idSum += user.Id;
        }

        // ReadAllAsync throws RpcException unless the call ended with grpc-status 0.
        return (count, idSum, s_grpcWireBytes);
    }

    private async Task<(int Count, long IdSum, long WireBytes)> ReadPagesAsync(CancellationToken cancellationToken)
    {
        var client = new UserPages.UserPagesClient(server.Channel);
        using var call = client.ListUserPages(new ListUserPagesRequest { PageSize = PageSize }, cancellationToken: cancellationToken);
        var count = 0;
        long idSum = 0;
        await foreach (var page in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            foreach (var user in page.Users)
            {
                count++;
                idSum += user.Id;
            }
        }

        return (count, idSum, s_pagesWireBytes);
    }

    private async Task<(int Count, long IdSum, long WireBytes)> ReadJsonAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users")
        {
            Version = System.Net.HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken));
        var count = 0;
        long idSum = 0;
        await foreach (var user in JsonSerializer.DeserializeAsyncEnumerable(body, ShapesJsonContext.Default.UserDto, cancellationToken))
        {
            count++;
            idSum += user!.Id;
        }

        return (count, idSum, body.BytesRead);
    }

    private static StreamingRun Summarize(string protocol, List<Download> downloads)
    {
        var median = Median(downloads.Select(d => d.Seconds));
        var wireBytes = downloads[0].WireBytes;
        return new StreamingRun(
            protocol,
            TransportPayloads.UserCount,
            wireBytes,
            [.. downloads.Select(d => d.Seconds)],
            median,
            TransportPayloads.UserCount / median,
            wireBytes / 1e6 / median,
            Median(downloads.Select(d => d.ServerCpuMs)),
            Median(downloads.Select(d => d.ClientCpuMs)),
            Median(downloads.Select(d => d.OtherCpuMs)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

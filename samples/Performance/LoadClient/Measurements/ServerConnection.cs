using System.Net;
using System.Net.Http.Json;
using Grpc.Net.Client;
using Performance.Core.Data;
using Performance.Core.Json;

namespace Performance.LoadClient.Measurements;

/// <summary>
/// The load client's own connections to the transport server: an HttpClient and a gRPC channel,
/// both HTTP/2 with prior knowledge on the same default SocketsHttpHandler settings.
/// </summary>
public sealed class ServerConnection : IDisposable
{
    private ServerConnection(Uri baseAddress, HttpClient http, GrpcChannel channel, int processId)
    {
        BaseAddress = baseAddress;
        Http = http;
        Channel = channel;
        Grpc = new UserService.Contracts.UserService.UserServiceClient(channel);
        ProcessId = processId;
    }

    /// <summary>The server's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>HTTP/2 client for the REST endpoints.</summary>
    public HttpClient Http { get; }

    /// <summary>The gRPC channel.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>gRPC client of UserService.</summary>
    public UserService.Contracts.UserService.UserServiceClient Grpc { get; }

    /// <summary>The server's process id, for reading its CPU time.</summary>
    public int ProcessId { get; }

    /// <summary>Waits until the server answers <c>/stats</c>, then connects.</summary>
    /// <param name="baseAddress">The server's address.</param>
    /// <param name="timeout">How long to wait for the server.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The connection.</returns>
    public static async Task<ServerConnection> ConnectAsync(Uri baseAddress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler())
        {
            BaseAddress = baseAddress,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var stats = await GetStatsAsync(http, cancellationToken);
                var channel = GrpcChannel.ForAddress(baseAddress, new GrpcChannelOptions
                {
                    HttpHandler = new SocketsHttpHandler(),
                    MaxReceiveMessageSize = null,
                });
                return new ServerConnection(baseAddress, http, channel, stats.ProcessId);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    /// <summary>Reads the server's status counters.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The counters.</returns>
    public Task<ServerStats> GetStatsAsync(CancellationToken cancellationToken) => GetStatsAsync(Http, cancellationToken);

    /// <summary>The server's CPU time so far.</summary>
    /// <returns>User plus system time.</returns>
    public TimeSpan ReadServerCpu() => ProcCpu.Read(ProcessId);

    /// <inheritdoc/>
    public void Dispose()
    {
        Channel.Dispose();
        Http.Dispose();
    }

    private static async Task<ServerStats> GetStatsAsync(HttpClient http, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync("/stats", ShapesJsonContext.Default.ServerStats, cancellationToken)
            ?? throw new InvalidOperationException("/stats returned nothing.");
}

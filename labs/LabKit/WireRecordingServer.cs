using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// An in-process server (no port) for lab 12 whose middleware keeps every request as it arrived:
/// the headers and the raw body, 5-byte prefixes included. Dispose to stop.
/// </summary>
internal sealed class WireRecordingServer : IAsyncDisposable
{
    private readonly LabWebHost _host;
    private readonly List<WireRequest> _requests;

    private WireRecordingServer(LabWebHost host, WireRecordingService service, List<WireRequest> requests)
    {
        _host = host;
        _requests = requests;
        Service = service;
        Client = new UserServiceGrpc.UserServiceClient(host.Channel);
    }

    public UserServiceGrpc.UserServiceClient Client { get; }

    public WireRecordingService Service { get; }

    /// <summary>An HTTP client whose base address is the server, for a request built by hand.</summary>
    public HttpClient CreateHttpClient() => _host.CreateHttpClient();

    /// <summary>The last request to <paramref name="method"/> (for example <c>CreateUsers</c>); fails the step when there is none.</summary>
    public WireRequest Last(string method, string expectation)
    {
        var path = $"/user_service.UserService/{method}";
        WireRequest? request;
        lock (_requests)
        {
            request = _requests.LastOrDefault(candidate => candidate.Path == path);
        }

        Expect.That(request is not null, expectation, $"the server received no {method} call");
        return request!;
    }

    public static async Task<WireRecordingServer> StartAsync()
    {
        var service = new WireRecordingService();
        var requests = new List<WireRequest>();
        var host = await LabWebHost.StartAsync(
            services => services.AddSingleton(service),
            app =>
            {
                app.Use(async (context, next) =>
                {
                    // Keep the body in memory (up to 1 MB) so that it can be read again once gRPC has read it.
                    context.Request.EnableBuffering(bufferThreshold: 1024 * 1024);
                    var headers = context.Request.Headers
                        .Select(header => KeyValuePair.Create(header.Key.ToLowerInvariant(), header.Value.ToString()))
                        .ToList();
                    await next(context).ConfigureAwait(false);
                    context.Request.Body.Position = 0;
                    using var body = new MemoryStream();
                    await context.Request.Body.CopyToAsync(body).ConfigureAwait(false);
                    lock (requests)
                    {
                        requests.Add(new WireRequest(context.Request.Path, headers, body.ToArray()));
                    }
                });
                app.MapGrpcService<WireRecordingService>();
            }).ConfigureAwait(false);
        return new WireRecordingServer(host, service, requests);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

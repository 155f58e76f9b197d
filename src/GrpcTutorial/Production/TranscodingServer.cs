using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GrpcTutorial.Production;

/// <summary>
/// Starts a loopback server that serves <see cref="UserDirectoryGateway"/> both as gRPC and, through
/// ASP.NET Core's JSON transcoding, as JSON over HTTP (<c>GET /v1/users/{user_id}</c>, <c>POST /v1/users</c>).
/// </summary>
/// <remarks>
/// A notebook kernel loads assemblies through Roslyn's script loader, which does not unify strong-named
/// versions: Microsoft.AspNetCore.Grpc.JsonTranscoding was built against older Google.Protobuf and
/// Google.Api.CommonProtos versions than the ones beside the library, so the loader gives it copies of
/// its own and its type checks fail (MissingMethodException). <see cref="StartIsolatedAsync"/> avoids
/// that by running the server in its own <see cref="System.Runtime.Loader.AssemblyLoadContext"/>, where
/// the newest copy of each assembly serves every reference, as in a normal application.
/// </remarks>
public static class TranscodingServer
{
    /// <summary>Starts the server in the caller's load context (what an application does).</summary>
    /// <param name="certificate">The TLS certificate; the endpoint accepts HTTP/1.1 and HTTP/2.</param>
    /// <returns>The running server.</returns>
    public static Task<LoopbackServer> StartAsync(X509Certificate2 certificate) =>
        LoopbackServer.StartAsync(new LoopbackServerOptions
        {
            Protocols = HttpProtocols.Http1AndHttp2,
            Certificate = certificate,
            ConfigureServices = services =>
            {
                services.AddGrpc().AddJsonTranscoding();
                services.AddSingleton<UserDirectoryGateway>();
            },
            Configure = app => app.MapGrpcService<UserDirectoryGateway>(),
        });

    /// <summary>
    /// Starts the server inside a new isolated load context that loads this library and its
    /// dependencies from the library's folder (see the remarks).
    /// </summary>
    /// <param name="certificate">The TLS certificate; the endpoint accepts HTTP/1.1 and HTTP/2.</param>
    /// <param name="libraryFolder">
    /// The folder that holds this library and its dependencies (a notebook's <c>lib</c> folder);
    /// when <see langword="null"/>, the folder this assembly was loaded from.
    /// </param>
    /// <returns>The server's address and a handle that stops it.</returns>
    public static async Task<(Uri Address, IAsyncDisposable Server)> StartIsolatedAsync(X509Certificate2 certificate, string? libraryFolder = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        var context = new LibraryLoadContext(libraryFolder ?? Path.GetDirectoryName(typeof(TranscodingServer).Assembly.Location)!);
        var library = context.LoadFromAssemblyName(typeof(TranscodingServer).Assembly.GetName());
        var start = library.GetType(typeof(TranscodingServer).FullName!, throwOnError: true)!
            .GetMethod(nameof(StartAsync), BindingFlags.Public | BindingFlags.Static)!;

        // The isolated copy's LoopbackServer is a different type from ours: reach it through
        // Task and IAsyncDisposable, which both contexts share.
        var task = (Task)start.Invoke(null, [certificate])!;
        await task.ConfigureAwait(false);
        var server = task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
        var address = (Uri)server.GetType().GetProperty(nameof(LoopbackServer.Address))!.GetValue(server)!;
        return (address, (IAsyncDisposable)server);
    }
}

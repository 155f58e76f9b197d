using Microsoft.AspNetCore.Http.Features;

namespace GrpcTutorial.Hosting;

/// <summary>
/// Drops HTTP/2 stream resets on the in-memory server.
/// </summary>
/// <remarks>
/// When a deadline passes, grpc-dotnet writes the DEADLINE_EXCEEDED trailers and then resets the
/// stream. Over a real connection the client reads the trailers before the RST_STREAM frame.
/// TestServer instead turns the reset into an exception that hides the trailers, so the client
/// would see INTERNAL, UNKNOWN or UNAVAILABLE. Ignoring the reset lets in-memory calls end with
/// the same status as calls over the network.
/// </remarks>
internal sealed class IgnoreResetFeature : IHttpResetFeature
{
    public static readonly IgnoreResetFeature Instance = new();

    public void Reset(int errorCode)
    {
    }
}

using System.Diagnostics;
using GrpcTutorial.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GrpcTutorial.Hosting;

/// <summary>
/// ASP.NET Core middleware that copies each call's headers, message bytes and trailers into a
/// <see cref="RecordedCall"/>. It sits in front of the gRPC endpoints and changes nothing.
/// </summary>
internal sealed class CallRecordingMiddleware(RequestDelegate next, Action<RecordedCall> record)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var requestHeaders = ReadRequestHeaders(context.Request);
        var requestBody = new CapturingStream(context.Request.Body);
        var responseBody = new CapturingStream(context.Response.Body);
        context.Request.Body = requestBody;
        context.Response.Body = responseBody;
        try
        {
            await next(context);

            // Replacing Response.Body puts a buffering writer in front of the real body, and gRPC
            // does not flush a unary response itself: push the bytes through to the capture.
            await context.Response.BodyWriter.FlushAsync();
        }
        finally
        {
            record(new RecordedCall(
                context.Request.Path,
                requestHeaders,
                ParseFrames(requestBody.Captured),
                ReadResponseHeaders(context.Response),
                ParseFrames(responseBody.Captured),
                ReadTrailers(context),
                Stopwatch.GetElapsedTime(started)));
        }

        // Only now does the client see the end of the response, so a call is already in
        // RecordedCalls when the client's await returns.
        await context.Response.CompleteAsync();
    }

    private static List<KeyValuePair<string, string>> ReadRequestHeaders(HttpRequest request)
    {
        List<KeyValuePair<string, string>> headers =
        [
            new(":method", request.Method),
            new(":scheme", request.Scheme),
            new(":authority", request.Host.Value ?? string.Empty),
            new(":path", request.Path + request.QueryString),
        ];
        headers.AddRange(request.Headers
            .Where(header => !header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            .Select(header => KeyValuePair.Create(header.Key.ToLowerInvariant(), header.Value.ToString())));
        return headers;
    }

    private static List<KeyValuePair<string, string>> ReadResponseHeaders(HttpResponse response)
    {
        List<KeyValuePair<string, string>> headers = [new(":status", response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        headers.AddRange(response.Headers.Select(header => KeyValuePair.Create(header.Key.ToLowerInvariant(), header.Value.ToString())));
        return headers;
    }

    private static List<KeyValuePair<string, string>> ReadTrailers(HttpContext context)
    {
        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        return trailers is null
            ? []
            : [.. trailers.Select(trailer => KeyValuePair.Create(trailer.Key.ToLowerInvariant(), trailer.Value.ToString()))];
    }

    // A call cut off mid-message keeps its complete frames; the torn tail is dropped.
    private static IReadOnlyList<GrpcFrame> ParseFrames(byte[] body) => GrpcFrame.ParseComplete(body, out _);
}

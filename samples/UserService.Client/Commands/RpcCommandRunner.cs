using System.CommandLine;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using UserService.Client.Output;
using static UserService.Contracts.UserService;

namespace UserService.Client.Commands;

/// <summary>
/// Runs one command against the server: creates the channel and the client, computes the deadline,
/// and turns every failure into one line on standard error plus an exit code.
/// </summary>
internal static class RpcCommandRunner
{
    /// <summary>The deadline of get, list and create when <c>--deadline</c> is not given.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="call"/> with a client connected to <c>--address</c> and the absolute deadline
    /// (UTC) that every gRPC call of the command must use.
    /// </summary>
    /// <param name="advice">
    /// What to do about a failure with a given status, added to its error line; null for nothing.
    /// </param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(
        ParseResult parseResult,
        GlobalOptions globalOptions,
        TimeSpan defaultDeadline,
        Func<UserServiceClient, DateTime, Task> call,
        CancellationToken cancellationToken,
        Func<StatusCode, string?>? advice = null)
    {
        var address = parseResult.GetValue(globalOptions.Address);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            StatusReporter.ReportUsageError($"--address must be an absolute http:// or https:// URL, not '{address}'.");
            return ExitCodes.UsageError;
        }

        var timeout = parseResult.GetValue(globalOptions.Deadline) is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : defaultDeadline;

        // One channel per process: it owns the HTTP/2 connection. http:// means HTTP/2 without TLS (h2c).
        using var channel = GrpcChannel.ForAddress(uri);
        var client = parseResult.GetValue(globalOptions.ApiKey) is { } apiKey
            ? new UserServiceClient(channel.Intercept(headers =>
            {
                headers.Add("authorization", $"Bearer {apiKey}");
                return headers;
            }))
            : new UserServiceClient(channel);
        try
        {
            await call(client, DateTime.UtcNow + timeout);
            return ExitCodes.Success;
        }
        catch (Exception exception) when ((exception is RpcException or OperationCanceledException)
            && cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the token cancelled the call, which then ended with CANCELLED on the client side.
            StatusReporter.ReportRpcError(new RpcException(new Status(StatusCode.Cancelled, "Cancelled by the user (Ctrl+C).")), advice: advice?.Invoke(StatusCode.Cancelled));
            return ExitCodes.Cancelled;
        }
        catch (RpcException exception)
        {
            StatusReporter.ReportRpcError(exception, uri, advice?.Invoke(exception.StatusCode));
            return ExitCodes.RpcError;
        }
    }
}

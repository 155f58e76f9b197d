using Grpc.Core;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab12;

/// <summary>
/// A gRPC call as it travels on HTTP/2: the messages in a request body, compressed messages, the
/// grpc-timeout header and metadata. The checks send real calls to an in-process server that keeps
/// each request's headers and raw body.
/// </summary>
public sealed class MyGrpcWire : IGrpcWireExercise
{
    // Step 1: every message is 1 flag byte, a 4-byte big-endian length, then that many bytes. Do not call GrpcFrame.
    public IReadOnlyList<(bool Compressed, byte[] Payload)> SplitMessages(byte[] body) => throw new NotImplementedException();

    // Step 2: this upload works, but sends every message uncompressed: gzip the users of 100 bytes or more, only those.
    public async Task<int> UploadCompressedAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<User> users)
    {
        using var call = client.CreateUsers();
        foreach (var user in users)
        {
            await call.RequestStream.WriteAsync(user);
        }

        await call.RequestStream.CompleteAsync();
        return (await call.ResponseAsync).CreatedCount;
    }

    // Step 3: at most 8 digits and a unit (H, M, S, m, u, n), in the finest unit that fits; 250 ms is "250000u".
    public string EncodeTimeout(TimeSpan remaining) => throw new NotImplementedException();

    // Step 4: every header value on the wire must be printable ASCII; the trace id is still missing.
    public Metadata CreateHeaders(string requestId, string displayName, byte[] traceId) => new()
    {
        { "x-request-id", requestId },
        { "display-name", displayName },
    };
}

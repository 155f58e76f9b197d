using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab on the gRPC wire protocol (lesson 12): what a call looks like on HTTP/2.</summary>
public interface IGrpcWireExercise
{
    /// <summary>Splits a request body into its length-prefixed messages, by hand.</summary>
    /// <param name="body">The bytes of a request body, as the server received them.</param>
    /// <returns>Each message in order: its compressed flag (prefix byte 0 is 1) and the payload bytes that follow the prefix.</returns>
    IReadOnlyList<(bool Compressed, byte[] Payload)> SplitMessages(byte[] body);

    /// <summary>
    /// Uploads <paramref name="users"/> with one <c>CreateUsers</c> call, gzip-compressing every user whose
    /// serialized size is at least <see cref="GrpcWireLab.CompressionThreshold"/> bytes and sending the others uncompressed.
    /// </summary>
    /// <param name="client">A client of an in-process server that records what arrives.</param>
    /// <param name="users">The users to upload, in order.</param>
    /// <returns>The server's <c>created_count</c>.</returns>
    Task<int> UploadCompressedAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<User> users);

    /// <summary>Writes the <c>grpc-timeout</c> header value for a deadline <paramref name="remaining"/> away.</summary>
    /// <param name="remaining">The time left until the deadline (positive).</param>
    /// <returns>At most 8 digits followed by a unit (<c>H</c>, <c>M</c>, <c>S</c>, <c>m</c>, <c>u</c> or <c>n</c>), as precise as 8 digits allow.</returns>
    string EncodeTimeout(TimeSpan remaining);

    /// <summary>
    /// The metadata of a call that carries a request id (key <c>x-request-id</c>), a display name that may
    /// hold letters outside ASCII (key <c>display-name</c>, or its binary form) and a binary trace id (key <c>trace-bin</c>).
    /// </summary>
    /// <param name="requestId">An ASCII request id.</param>
    /// <param name="displayName">A display name, such as "Zoë Ünal".</param>
    /// <param name="traceId">16 bytes.</param>
    /// <returns>The headers to send with the call.</returns>
    Metadata CreateHeaders(string requestId, string displayName, byte[] traceId);
}

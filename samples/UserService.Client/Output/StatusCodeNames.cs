using Grpc.Core;

namespace UserService.Client.Output;

/// <summary>
/// The names of the status codes as the gRPC specification spells them (doc/statuscodes.md), which is
/// also how grpcurl, buf and the other languages print them.
/// </summary>
internal static class StatusCodeNames
{
    /// <summary>Returns the gRPC name of a status code, e.g. <c>NOT_FOUND</c> for <see cref="StatusCode.NotFound"/>.</summary>
    public static string ToGrpcName(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        StatusCode.Cancelled => "CANCELLED",
        StatusCode.Unknown => "UNKNOWN",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.Aborted => "ABORTED",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.Unimplemented => "UNIMPLEMENTED",
        StatusCode.Internal => "INTERNAL",
        StatusCode.Unavailable => "UNAVAILABLE",
        StatusCode.DataLoss => "DATA_LOSS",
        StatusCode.Unauthenticated => "UNAUTHENTICATED",
        _ => $"CODE_{(int)code}",
    };
}

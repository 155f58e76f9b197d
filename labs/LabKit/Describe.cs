using System.Globalization;
using Google.Protobuf;

namespace GrpcTutorial.Labs;

/// <summary>Short, learner-facing descriptions of values that checks compare.</summary>
internal static class Describe
{
    public static string Status(Grpc.Core.Status status) => status switch
    {
        { StatusCode: Grpc.Core.StatusCode.Unknown, Detail: "Exception was thrown by handler." } =>
            "status Unknown: an exception other than RpcException escaped your handler (the starter's NotImplementedException, or a bug); only an RpcException sets a status",
        { Detail.Length: 0 } => $"status {status.StatusCode}",
        _ => $"status {status.StatusCode} (\"{status.Detail}\")",
    };

    public static string Bytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 0 ? "no bytes" : Convert.ToHexString(bytes).Chunk(2).Select(pair => new string(pair)).Aggregate((a, b) => a + " " + b);

    public static string Message(IMessage? message) => message?.ToString() ?? "null";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

namespace Performance.Core.Data;

/// <summary>
/// What the transport server reports at <c>GET /stats</c>: its process id (so a load client can
/// read its CPU time from <c>/proc</c>) and how many calls ended well or badly, so a load test
/// can check every gRPC call's grpc-status and not only the HTTP status that load tools see.
/// </summary>
/// <param name="ProcessId">The server's process id.</param>
/// <param name="GrpcOk">gRPC calls that ended with grpc-status 0.</param>
/// <param name="GrpcFailed">gRPC calls that ended with any other grpc-status, or none.</param>
/// <param name="RestOk">REST calls under <c>/api/</c> answered with a 2xx status.</param>
/// <param name="RestFailed">REST calls under <c>/api/</c> answered with any other status.</param>
/// <param name="Aborted">Calls of either kind that the client abandoned before the end (a load tool stopping mid-request); not counted above.</param>
public sealed record ServerStats(int ProcessId, long GrpcOk, long GrpcFailed, long RestOk, long RestFailed, long Aborted);

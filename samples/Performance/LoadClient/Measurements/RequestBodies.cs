using System.Text.Json;
using GrpcTutorial.Wire;
using Performance.Core.Data;
using Performance.Core.Json;
using UserService.Contracts;

namespace Performance.LoadClient.Measurements;

/// <summary>
/// The request body files h2load sends: for gRPC a framed <c>GetUserRequest</c> (5-byte prefix
/// plus protobuf), for REST the JSON <c>{"userId":N}</c>.
/// </summary>
/// <param name="directory">Where the files are written.</param>
public sealed class RequestBodies(DirectoryInfo directory)
{
    /// <summary>Writes the two body files of every payload.</summary>
    public void WriteAll()
    {
        directory.Create();
        foreach (var payload in TransportPayloads.All)
        {
            File.WriteAllBytes(GrpcFile(payload), GrpcFrame.Encode(new GetUserRequest { UserId = payload.UserId }));
            File.WriteAllBytes(JsonFile(payload), JsonSerializer.SerializeToUtf8Bytes(
                new GetUserRequestDto(payload.UserId), ShapesJsonContext.Default.GetUserRequestDto));
        }
    }

    /// <summary>The gRPC body file of a payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The file's path.</returns>
    public string GrpcFile(TransportPayload payload) => Path.Combine(directory.FullName, $"grpc-{payload.Name}.bin");

    /// <summary>The REST body file of a payload.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The file's path.</returns>
    public string JsonFile(TransportPayload payload) => Path.Combine(directory.FullName, $"rest-{payload.Name}.json");
}

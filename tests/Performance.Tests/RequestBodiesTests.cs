using GrpcTutorial.Wire;
using Performance.Core.Data;
using Performance.LoadClient.Measurements;
using UserService.Contracts;

namespace Performance.Tests;

public sealed class RequestBodiesTests
{
    [Fact]
    public void Body_files_for_h2load_decode_to_the_payload_requests()
    {
        var directory = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "perf-bodies-" + Guid.NewGuid().ToString("N")));
        try
        {
            var bodies = new RequestBodies(directory);
            bodies.WriteAll();
            foreach (var payload in TransportPayloads.All)
            {
                var request = GrpcFrame.Decode(File.ReadAllBytes(bodies.GrpcFile(payload)), GetUserRequest.Parser);
                Assert.Equal(payload.UserId, request.UserId);
                Assert.Equal($$"""{"userId":{{payload.UserId}}}""", File.ReadAllText(bodies.JsonFile(payload)));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

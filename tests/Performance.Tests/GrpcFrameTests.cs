using Performance.Core.Data;
using Performance.Core.Wire;
using Performance.LoadClient.Measurements;
using UserService.Contracts;

namespace Performance.Tests;

public sealed class GrpcFrameTests
{
    [Fact]
    public void Encode_writes_flag_big_endian_length_and_message()
    {
        var frame = GrpcFrame.Encode(new GetUserRequest { UserId = 42 });

        // Flag 0, length 2, then field 1 varint 42: 08 2A.
        Assert.Equal(new byte[] { 0, 0, 0, 0, 2, 0x08, 0x2A }, frame);
    }

    [Fact]
    public void Decode_reads_back_what_encode_wrote()
    {
        var user = UserData.CreateLargeUser(7, 16 * 1024);

        var decoded = GrpcFrame.Decode(GrpcFrame.Encode(user), User.Parser);

        Assert.Equal(user, decoded);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 3, 0x08, 0x2A })]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 0x08, 0x2A })]
    public void Decode_rejects_short_compressed_and_mismatched_frames(byte[] frame)
    {
        Assert.Throws<FormatException>(() => GrpcFrame.Decode(frame, GetUserRequest.Parser));
    }

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

using System.Text.Json;
using UserService.EndToEnd.Tests.Infrastructure;
using UserService.Testing;

namespace UserService.EndToEnd.Tests.Interop;

/// <summary>
/// A client generated in another language works against our server unchanged: the Python code is
/// generated from protos/user_service.proto at test time (Debian's protoc and grpc_python_plugin)
/// and calls all four RPCs of the real server process.
/// </summary>
/// <remarks>
/// Needs Debian's python3-grpcio, python3-protobuf, protobuf-compiler and protobuf-compiler-grpc;
/// test.sh installs them. The test gets its own server, so the users it creates do not disturb the
/// other end-to-end tests.
/// </remarks>
public sealed class PythonClientTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Python = "/usr/bin/python3";

    private static readonly string s_pythonClientScript = Path.Combine(AppContext.BaseDirectory, "Interop", "user_service_client.py");

    [Fact]
    public async Task A_python_client_generated_from_the_proto_calls_all_four_rpcs()
    {
        foreach (var tool in new[] { Python, "/usr/bin/protoc", "/usr/bin/grpc_python_plugin" })
        {
            Assert.True(File.Exists(tool), $"{tool} is missing: install Debian's python3-grpcio, python3-protobuf, protobuf-compiler and protobuf-compiler-grpc (test.sh does).");
        }

        var target = new Uri(server.Address).Authority;
        using var python = RunningProcess.Start(Python, [s_pythonClientScript, target, BuildOutputs.ProtoDirectory]);
        var result = await python.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var user = root.GetProperty("get");
        Assert.Equal(1, user.GetProperty("id").GetInt32());
        Assert.Equal("Ada Lovelace", user.GetProperty("name").GetString());
        Assert.Equal("NOT_FOUND", root.GetProperty("not_found").GetString());
        Assert.Equal(2, root.GetProperty("created").GetInt32());
        var emails = root.GetProperty("listed_emails").EnumerateArray().Select(email => email.GetString()).ToList();
        Assert.Contains("grace.py@example.com", emails);
        Assert.Contains("ada@example.com", emails);
        Assert.Contains("hello from python", root.GetProperty("chat_first_reply").GetString(), StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace GrpcTutorial.Tests.Wire;

/// <summary>Runs the real protoc shipped in the Grpc.Tools package (its folder is stamped into this assembly at build time).</summary>
internal static class Protoc
{
    private static readonly Lazy<string> s_executablePath = new(Locate);

    public static ProtocResult DecodeRaw(byte[] input)
    {
        var start = new ProcessStartInfo(s_executablePath.Value, "--decode_raw")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("protoc did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new TimeoutException("protoc --decode_raw did not finish within 30 s.");
        }

        return new ProtocResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        var root = typeof(Protoc).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GrpcToolsPath")
            .Value;
        if (string.IsNullOrEmpty(root))
        {
            throw new InvalidOperationException("The build did not record the Grpc.Tools package folder.");
        }

        var (folder, file) = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ("windows_x64", "protoc.exe")
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ("macosx_x64", "protoc")
            : (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux_arm64" : "linux_x64", "protoc");
        var path = Path.Combine(root, "tools", folder, file);
        return File.Exists(path) ? path : throw new FileNotFoundException("protoc is not in the Grpc.Tools package.", path);
    }
}

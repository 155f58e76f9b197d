namespace GrpcTutorial.Tests.Wire;

/// <summary>What protoc printed and how it exited.</summary>
internal sealed record ProtocResult(int ExitCode, string Output, string Error);

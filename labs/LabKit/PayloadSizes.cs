namespace GrpcTutorial.Labs;

/// <summary>The size of one message in the two encodings that lesson 01 compares.</summary>
/// <param name="Protobuf">The bytes of the protobuf binary encoding.</param>
/// <param name="Json">The bytes of the JSON that a REST API would send, in UTF-8.</param>
public sealed record PayloadSizes(int Protobuf, int Json);

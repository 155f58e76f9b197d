namespace Performance.Core.Results;

/// <summary>The encoded size of one message shape in both formats.</summary>
/// <param name="Shape">The shape's name.</param>
/// <param name="ProtobufBytes">Size as protobuf.</param>
/// <param name="JsonBytes">Size as UTF-8 JSON.</param>
public sealed record ShapeSize(string Shape, int ProtobufBytes, int JsonBytes);

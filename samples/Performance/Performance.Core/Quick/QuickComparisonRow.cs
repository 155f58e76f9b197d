using Performance.Core.Shapes;

namespace Performance.Core.Quick;

/// <summary>Protobuf and JSON side by side for one message shape.</summary>
/// <param name="Shape">The message shape.</param>
/// <param name="ProtobufSize">Encoded size as protobuf, in bytes.</param>
/// <param name="JsonSize">Encoded size as UTF-8 JSON, in bytes.</param>
/// <param name="ProtobufSerialize">Cost of serializing with Google.Protobuf.</param>
/// <param name="JsonSerialize">Cost of serializing with System.Text.Json (source-generated).</param>
/// <param name="ProtobufParse">Cost of parsing with Google.Protobuf.</param>
/// <param name="JsonParse">Cost of parsing with System.Text.Json (source-generated).</param>
public sealed record QuickComparisonRow(
    ShapeKind Shape,
    int ProtobufSize,
    int JsonSize,
    OperationCost ProtobufSerialize,
    OperationCost JsonSerialize,
    OperationCost ProtobufParse,
    OperationCost JsonParse)
{
    /// <summary>How many times larger JSON is than protobuf.</summary>
    public double SizeRatio => (double)JsonSize / ProtobufSize;

    /// <summary>How many times faster protobuf serializes than JSON (below 1 means slower).</summary>
    public double SerializeSpeedup => JsonSerialize.NanosecondsPerOperation / ProtobufSerialize.NanosecondsPerOperation;

    /// <summary>How many times faster protobuf parses than JSON (below 1 means slower).</summary>
    public double ParseSpeedup => JsonParse.NanosecondsPerOperation / ProtobufParse.NanosecondsPerOperation;
}

using System.Text.Json.Serialization;

namespace Performance.Core.Results;

/// <summary>The encoded size of one message shape in both formats, as sent and after gzip.</summary>
/// <param name="Shape">The shape's name.</param>
/// <param name="ProtobufBytes">Size as protobuf.</param>
/// <param name="JsonBytes">Size as UTF-8 JSON.</param>
/// <param name="ProtobufGzipBytes">Size of the protobuf bytes after gzip (0 in results written before it was measured).</param>
/// <param name="JsonGzipBytes">Size of the JSON bytes after gzip (0 in results written before it was measured).</param>
/// <example>
/// <code>
/// ShapeSize tiny = ShapeSamples.Create(ShapeKind.TinyUser).Size;
/// Console.WriteLine($"{tiny.ProtobufPercentOfJson:0}% of the JSON size");   // 50%
/// </code>
/// </example>
public sealed record ShapeSize(string Shape, int ProtobufBytes, int JsonBytes, int ProtobufGzipBytes = 0, int JsonGzipBytes = 0)
{
    /// <summary>The protobuf size as a percentage of the JSON size, uncompressed.</summary>
    [JsonIgnore]
    public double ProtobufPercentOfJson => 100.0 * ProtobufBytes / JsonBytes;

    /// <summary>The protobuf size as a percentage of the JSON size, both gzipped; NaN when not measured.</summary>
    [JsonIgnore]
    public double GzipProtobufPercentOfJson => JsonGzipBytes == 0 ? double.NaN : 100.0 * ProtobufGzipBytes / JsonGzipBytes;
}

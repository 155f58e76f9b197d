namespace GrpcTutorial.Labs;

/// <summary>The size of one message as protobuf and as the JSON a REST API would send (labs 01 and 13).</summary>
/// <param name="Protobuf">The protobuf size in bytes.</param>
/// <param name="Json">The JSON size in bytes (UTF-8).</param>
public sealed record PayloadSizes(int Protobuf, int Json)
{
    /// <summary>The protobuf size as a percentage of the JSON size.</summary>
    public double ProtobufPercentOfJson => Json == 0 ? 0 : 100.0 * Protobuf / Json;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"protobuf {Protobuf} bytes, JSON {Json} bytes ({ProtobufPercentOfJson:0.0}%)");
}

using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Performance.Core.Shapes;

namespace Performance.Serialization;

/// <summary>
/// Serialize and parse every shape with Google.Protobuf and with System.Text.Json. Both sides
/// write to and read from a byte array, so both pay for allocating their output.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet requires benchmark classes it can derive from.</remarks>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private ShapeSample _sample = null!;

    /// <summary>The message shape under test.</summary>
    [ParamsAllValues]
    public ShapeKind Shape { get; set; }

    /// <summary>Builds the shape once per benchmark.</summary>
    [GlobalSetup]
    public void Setup() => _sample = ShapeSamples.Create(Shape);

    /// <summary>Google.Protobuf: message to bytes.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] ProtobufSerialize() => _sample.SerializeProtobuf();

    /// <summary>System.Text.Json: object to UTF-8 bytes.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] JsonSerialize() => _sample.SerializeJson();

    /// <summary>Google.Protobuf: bytes to message.</summary>
    /// <returns>The message.</returns>
    [Benchmark]
    public IMessage ProtobufParse() => _sample.ParseProtobuf();

    /// <summary>System.Text.Json: UTF-8 bytes to object.</summary>
    /// <returns>The object.</returns>
    [Benchmark]
    public object? JsonParse() => _sample.ParseJson();
}

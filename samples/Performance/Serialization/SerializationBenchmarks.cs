using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Performance.Core.Shapes;

namespace Performance.Serialization;

/// <summary>
/// Serialize and parse every shape with Google.Protobuf and with System.Text.Json. Serializing
/// writes into one reused buffer, as a server writes into its response, so the numbers measure the
/// codec and not the allocation of a new output array (which, above 85,000 bytes, lands on the
/// large object heap and costs far more than the encoding). Parsing reads a byte array into new objects.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet requires benchmark classes it can derive from.</remarks>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private ShapeSample _sample = null!;
    private Utf8JsonWriter _jsonWriter = null!;

    /// <summary>The message shape under test.</summary>
    [ParamsAllValues]
    public ShapeKind Shape { get; set; }

    /// <summary>Builds the shape once per benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sample = ShapeSamples.Create(Shape);
        _jsonWriter = new Utf8JsonWriter(_buffer);
    }

    /// <summary>Releases the JSON writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _jsonWriter.Dispose();

    /// <summary>Google.Protobuf: message to bytes, into the reused buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int ProtobufSerialize()
    {
        _buffer.ResetWrittenCount();
        _sample.WriteProtobuf(_buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>System.Text.Json: object to UTF-8 bytes, into the reused buffer.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int JsonSerialize()
    {
        _buffer.ResetWrittenCount();
        _jsonWriter.Reset(_buffer);
        _sample.WriteJson(_jsonWriter);
        return _buffer.WrittenCount;
    }

    /// <summary>Google.Protobuf: bytes to message.</summary>
    /// <returns>The message.</returns>
    [Benchmark]
    public IMessage ProtobufParse() => _sample.ParseProtobuf();

    /// <summary>System.Text.Json: UTF-8 bytes to object.</summary>
    /// <returns>The object.</returns>
    [Benchmark]
    public object? JsonParse() => _sample.ParseJson();
}

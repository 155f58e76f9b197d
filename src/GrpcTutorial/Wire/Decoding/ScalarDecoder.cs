using System.Globalization;
using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// Turns the raw number of a VARINT, I32 or I64 value into the declared type's value, explaining
/// each step. A null field means no schema is known: the value is shown raw, as protoc does.
/// </summary>
internal static class ScalarDecoder
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Reads one VARINT, I32 or I64 value at the reader's position and decodes it as <paramref name="field"/>
    /// declares (or raw, for a null field): the one switch from wire type to reader and decoder.
    /// </summary>
    public static DecodedValue Read(WireReader reader, WireType wireType, FieldDescriptor? field, byte[] buffer)
    {
        var start = reader.Position;
        switch (wireType)
        {
            case WireType.I32:
                var fixed32 = reader.ReadFixed32();
                return Fixed32(field, fixed32, buffer.AsSpan(start, reader.Position - start));
            case WireType.I64:
                var fixed64 = reader.ReadFixed64();
                return Fixed64(field, fixed64, buffer.AsSpan(start, reader.Position - start));
            case WireType.Varint:
                var varint = reader.ReadVarint();
                return Varint(field, varint, buffer.AsSpan(start, reader.Position - start));
            default:
                throw new ArgumentOutOfRangeException(nameof(wireType), wireType, "Only VARINT, I32 and I64 hold scalar values.");
        }
    }

    public static DecodedValue Varint(FieldDescriptor? field, ulong raw, ReadOnlySpan<byte> bytes)
    {
        var steps = Steps(bytes);
        switch (field?.FieldType)
        {
            case FieldType.Int32:
                var int32 = unchecked((int)raw);
                return new(Text(int32), steps + NegativeNote(int32 < 0, "int32", int32), int32);
            case FieldType.Int64:
                var int64 = unchecked((long)raw);
                return new(Text(int64), steps + NegativeNote(int64 < 0, "int64", int64), int64);
            case FieldType.UInt32:
                var uint32 = unchecked((uint)raw);
                return new(Text(uint32), steps, uint32);
            case FieldType.SInt32:
                var sint32 = ZigZag.Decode32(unchecked((uint)raw));
                return new(Text(sint32), $"{steps}; ZigZag: (n >>> 1) ^ -(n & 1) = {Text(sint32)}", sint32);
            case FieldType.SInt64:
                var sint64 = ZigZag.Decode64(raw);
                return new(Text(sint64), $"{steps}; ZigZag: (n >>> 1) ^ -(n & 1) = {Text(sint64)}", sint64);
            case FieldType.Bool:
                var flag = raw != 0;
                return new(flag ? "true" : "false", $"{steps}; {(flag ? "non-zero = true" : "0 = false")}", flag);
            case FieldType.Enum:
                return Enum(field, unchecked((int)raw), steps);
            case FieldType.UInt64:
                return new(Text(raw), steps, raw);
            default:
                var hint = raw > long.MaxValue ? $"; as int64 or int32 this is {Text(unchecked((long)raw))}" : "";
                return new(Text(raw), steps + hint, raw);
        }
    }

    public static DecodedValue Fixed32(FieldDescriptor? field, uint raw, ReadOnlySpan<byte> bytes)
    {
        var steps = $"little-endian {Hex.Format(bytes)} = 0x{raw:X8}";
        switch (field?.FieldType)
        {
            case FieldType.Fixed32:
                return new(Text(raw), $"{steps} = {Text(raw)}", raw);
            case FieldType.SFixed32:
                var signed = unchecked((int)raw);
                return new(Text(signed), $"{steps} = {Text(signed)} (two's complement)", signed);
            case FieldType.Float:
                var single = BitConverter.UInt32BitsToSingle(raw);
                return new(Text(single), $"{steps} = {Text(single)} (IEEE 754 single precision)", single);
            default:
                var asFloat = Text(BitConverter.UInt32BitsToSingle(raw));
                return new($"0x{raw:X8}", $"{steps}; as fixed32 {Text(raw)}, as sfixed32 {Text(unchecked((int)raw))}, as float {asFloat}", raw);
        }
    }

    public static DecodedValue Fixed64(FieldDescriptor? field, ulong raw, ReadOnlySpan<byte> bytes)
    {
        var steps = $"little-endian {Hex.Format(bytes)} = 0x{raw:X16}";
        switch (field?.FieldType)
        {
            case FieldType.Fixed64:
                return new(Text(raw), $"{steps} = {Text(raw)}", raw);
            case FieldType.SFixed64:
                var signed = unchecked((long)raw);
                return new(Text(signed), $"{steps} = {Text(signed)} (two's complement)", signed);
            case FieldType.Double:
                var number = BitConverter.UInt64BitsToDouble(raw);
                return new(Text(number), $"{steps} = {Text(number)} (IEEE 754 double precision)", number);
            default:
                var asDouble = Text(BitConverter.UInt64BitsToDouble(raw));
                return new($"0x{raw:X16}", $"{steps}; as fixed64 {Text(raw)}, as sfixed64 {Text(unchecked((long)raw))}, as double {asDouble}", raw);
        }
    }

    private static string Steps(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => Wire.Varint.Explain(bytes),
        <= 3 => $"{Wire.Varint.DescribeBytes(bytes)}; {Wire.Varint.Explain(bytes)}",
        _ => $"continuation bit set on the first {bytes.Length - 1} bytes; {Wire.Varint.Explain(bytes)}",
    };

    private static DecodedValue Enum(FieldDescriptor field, int number, string steps)
    {
        var value = field.EnumType.FindValueByNumber(number);
        var text = value is null ? $"{Text(number)} (not declared in {field.EnumType.Name})" : $"{value.Name} = {Text(number)}";
        var explanation = value is null
            ? $"{steps}; {field.EnumType.Name} has no value {Text(number)}: proto3 keeps the number anyway"
            : $"{steps}; {field.EnumType.Name} value {Text(number)} is {value.Name}";
        return new(text, explanation, number);
    }

    private static string NegativeNote(bool negative, string type, long value) => negative
        ? $"; as {type} this is {Text(value)}: negative values are sign-extended to 64 bits, so they always take 10 bytes"
        : "";

    private static string Text(long value) => value.ToString(s_invariant);

    private static string Text(ulong value) => value.ToString(s_invariant);

    private static string Text(float value) => value.ToString("R", s_invariant);

    private static string Text(double value) => value.ToString("R", s_invariant);
}

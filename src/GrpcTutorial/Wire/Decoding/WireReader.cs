using System.Buffers.Binary;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// Reads the primitives of the wire format from a window of a buffer. Offsets are always relative to
/// the start of the whole buffer, so error messages and nested fields point at the real byte.
/// Every read checks the bounds and throws <see cref="WireFormatException"/> instead of reading past the end.
/// </summary>
internal sealed class WireReader
{
    private readonly byte[] _buffer;
    private readonly ParseRules _rules;

    public WireReader(byte[] buffer, int start, int end, ParseRules rules = ParseRules.Spec)
    {
        _buffer = buffer;
        Position = start;
        End = end;
        _rules = rules;
    }

    /// <summary>The offset of the next byte to read.</summary>
    public int Position { get; private set; }

    /// <summary>The offset just past the window.</summary>
    public int End { get; }

    /// <summary>True when every byte of the window has been read.</summary>
    public bool AtEnd => Position >= End;

    /// <summary>How many bytes are left in the window.</summary>
    public int Remaining => End - Position;

    /// <summary>Reads a varint of up to ten bytes.</summary>
    public ulong ReadVarint()
    {
        var start = Position;
        ulong value = 0;
        for (var i = 0; i < Varint.MaxLength; i++)
        {
            if (Position >= End)
            {
                throw new WireFormatException(
                    start,
                    $"Truncated varint at offset {start}: the buffer ends before a byte without the continuation bit.");
            }

            var b = _buffer[Position++];
            value |= (ulong)(b & 0x7F) << (i * 7);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new WireFormatException(
            start,
            $"Varint at offset {start} is longer than {Varint.MaxLength} bytes: its tenth byte still has the continuation bit set.");
    }

    /// <summary>Reads and checks a tag: it must fit in 32 bits, name a field number of at least 1 and a wire type from 0 to 5.</summary>
    public WireTag ReadTag()
    {
        var start = Position;
        var raw = ReadVarint();
        CheckProtocTopLevelSize(start, "Tag");
        if (raw > uint.MaxValue && _rules == ParseRules.Spec)
        {
            throw new WireFormatException(start, $"Tag at offset {start} is {raw}, larger than 32 bits: not a valid tag.");
        }

        var tag = new WireTag(start, Position - start, unchecked((uint)raw));
        if ((int)tag.WireType > 5)
        {
            throw new WireFormatException(
                start,
                $"Invalid wire type {(int)tag.WireType} at offset {start} (tag 0x{raw:X}, field {tag.FieldNumber}): only wire types 0 to 5 exist.");
        }

        if (tag.FieldNumber == 0)
        {
            throw new WireFormatException(
                start,
                $"Field number 0 at offset {start} (tag 0x{raw:X}): field numbers start at 1.");
        }

        return tag;
    }

    /// <summary>Reads the length prefix of a LEN field and checks that that many bytes remain.</summary>
    public int ReadLength()
    {
        var start = Position;
        var length = ReadVarint();
        CheckProtocTopLevelSize(start, "Length prefix");
        if (_rules != ParseRules.Spec)
        {
            length &= uint.MaxValue;
        }

        if (length > (ulong)Remaining)
        {
            throw new WireFormatException(
                start,
                $"Length {length} at offset {start} runs past the end of the buffer: only {Remaining} bytes follow it.");
        }

        return (int)length;
    }

    /// <summary>Reads four little-endian bytes (wire type I32).</summary>
    public uint ReadFixed32()
    {
        RequireFixed(4, "fixed32 (I32)");
        var value = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(Position, 4));
        Position += 4;
        return value;
    }

    /// <summary>Reads eight little-endian bytes (wire type I64).</summary>
    public ulong ReadFixed64()
    {
        RequireFixed(8, "fixed64 (I64)");
        var value = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(Position, 8));
        Position += 8;
        return value;
    }

    /// <summary>Moves past bytes whose bounds were already checked (the body of a LEN field).</summary>
    public void Skip(int count) => Position += count;

    private void CheckProtocTopLevelSize(int start, string what)
    {
        if (_rules == ParseRules.ProtocTopLevel && Position - start > 5)
        {
            throw new WireFormatException(
                start,
                $"{what} at offset {start} takes {Position - start} bytes: protoc accepts at most 5 in the outermost message.");
        }
    }

    private void RequireFixed(int size, string what)
    {
        if (Remaining < size)
        {
            throw new WireFormatException(
                Position,
                $"Truncated {what} value at offset {Position}: it needs {size} bytes but only {Remaining} remain.");
        }
    }
}

using GrpcTutorial.Wire;

namespace GrpcTutorial.Tests.Wire;

/// <summary>Generates random but well-formed wire-format messages (and random garbage) from a fixed seed.</summary>
internal sealed class RandomWire(int seed)
{
    private readonly Random _random = new(seed);

    public byte[] Garbage(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid message: random fields of every wire type, nested messages and groups up to <paramref name="depth"/> levels.</summary>
    public byte[] Message(int depth)
    {
        var bytes = new List<byte>();
        var count = _random.Next(6);
        for (var i = 0; i < count; i++)
        {
            bytes.AddRange(Field(depth));
        }

        return [.. bytes];
    }

    /// <summary>A valid message with one byte changed, dropped or inserted.</summary>
    public byte[] Mutated(int depth)
    {
        var bytes = Message(depth).ToList();
        if (bytes.Count == 0)
        {
            return [(byte)_random.Next(256)];
        }

        var at = _random.Next(bytes.Count);
        switch (_random.Next(3))
        {
            case 0: bytes[at] = (byte)_random.Next(256); break;
            case 1: bytes.RemoveAt(at); break;
            default: bytes.Insert(at, (byte)_random.Next(256)); break;
        }

        return [.. bytes];
    }

    private byte[] Field(int depth)
    {
        var number = _random.Next(4) == 0 ? _random.Next(1, 536870912) : _random.Next(1, 20);
        var kind = _random.Next(depth > 0 ? 8 : 6);
        return kind switch
        {
            0 or 1 => WireBytes.VarintField(number, RandomVarint()),
            2 => [.. WireBytes.Tag(number, WireType.I32), .. RandomBytes(4)],
            3 => [.. WireBytes.Tag(number, WireType.I64), .. RandomBytes(8)],
            4 => WireBytes.LenField(number, RandomBytes(_random.Next(12))),
            5 => WireBytes.LenField(number, Text()),
            6 => WireBytes.LenField(number, Message(depth - 1)),
            _ => [.. WireBytes.Tag(number, WireType.SGroup), .. Message(depth - 1), .. WireBytes.Tag(number, WireType.EGroup)],
        };
    }

    private ulong RandomVarint()
    {
        var bits = _random.Next(65);
        return bits == 0 ? 0 : (ulong)_random.NextInt64() >> (64 - bits) | (bits == 64 ? 1UL << 63 : 0);
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Text()
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz ABC\"'\\\n\t0123456789éü日";
        var length = _random.Next(10);
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = Alphabet[_random.Next(Alphabet.Length)];
        }

        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}

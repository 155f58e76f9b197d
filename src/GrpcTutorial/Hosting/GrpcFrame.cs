using System.Buffers.Binary;

namespace GrpcTutorial.Hosting;

/// <summary>
/// One gRPC message as it travels in an HTTP/2 DATA stream: a 5-byte prefix (a compressed flag
/// and a big-endian 32-bit length) followed by the serialized protobuf message.
/// </summary>
/// <param name="Compressed">The first prefix byte: <see langword="true"/> when the payload is compressed.</param>
/// <param name="Payload">The message bytes that follow the prefix.</param>
public sealed record GrpcFrame(bool Compressed, byte[] Payload)
{
    /// <summary>The size of the prefix that precedes every message.</summary>
    public const int PrefixLength = 5;

    /// <summary>The message length written in the prefix.</summary>
    public int Length => Payload.Length;

    /// <summary>The five prefix bytes exactly as they were sent.</summary>
    public byte[] Prefix
    {
        get
        {
            var prefix = new byte[PrefixLength];
            prefix[0] = Compressed ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteUInt32BigEndian(prefix.AsSpan(1), (uint)Payload.Length);
            return prefix;
        }
    }

    /// <summary>The whole frame, prefix then payload, as uppercase hex pairs.</summary>
    /// <returns>For example <c>00 00 00 00 02 08 01</c>.</returns>
    public string ToHex() => string.Join(' ', Prefix.Concat(Payload).Select(b => b.ToString("X2")));

    /// <inheritdoc />
    public override string ToString() =>
        $"compressed={(Compressed ? 1 : 0)} length={Length} payload={Convert.ToHexString(Payload)}";

    /// <summary>Splits a complete request or response body into its frames.</summary>
    /// <param name="data">The bytes of a request or response body.</param>
    /// <returns>The frames in order.</returns>
    /// <exception cref="InvalidDataException">The body ends in the middle of a frame.</exception>
    public static IReadOnlyList<GrpcFrame> Parse(ReadOnlySpan<byte> data)
    {
        var frames = ParseComplete(data, out var consumed);
        if (consumed < data.Length)
        {
            throw new InvalidDataException(
                $"Incomplete gRPC frame at offset {consumed}: {data.Length - consumed} byte(s) left over after the last complete frame.");
        }

        return frames;
    }

    /// <summary>
    /// Splits as many complete frames as <paramref name="data"/> holds, for a call that was cut
    /// off mid-message.
    /// </summary>
    /// <param name="data">The bytes of a request or response body, possibly truncated.</param>
    /// <param name="consumed">How many bytes the complete frames took.</param>
    /// <returns>The complete frames in order.</returns>
    public static IReadOnlyList<GrpcFrame> ParseComplete(ReadOnlySpan<byte> data, out int consumed)
    {
        var frames = new List<GrpcFrame>();
        consumed = 0;
        while (data.Length - consumed >= PrefixLength)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(consumed + 1)..]);
            var start = consumed + PrefixLength;
            if (length > (uint)(data.Length - start))
            {
                break;
            }

            frames.Add(new GrpcFrame(data[consumed] != 0, data.Slice(start, (int)length).ToArray()));
            consumed = start + (int)length;
        }

        return frames;
    }
}

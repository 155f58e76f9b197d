using System.Buffers.Binary;
using Google.Protobuf;

namespace GrpcTutorial.Wire;

/// <summary>
/// One gRPC message as it travels in an HTTP/2 DATA stream (the "length-prefixed message" of the
/// gRPC over HTTP/2 protocol): a 5-byte prefix (a compressed flag and a big-endian 32-bit length)
/// followed by the serialized protobuf message. A request body built with <see cref="Encode"/> can
/// be sent by any HTTP/2 tool, such as h2load, as a unary gRPC call.
/// </summary>
/// <param name="Compressed">The first prefix byte: <see langword="true"/> when the payload is compressed.</param>
/// <param name="Payload">The message bytes that follow the prefix.</param>
/// <example>
/// <code>
/// byte[] body = GrpcFrame.Encode(new GetUserRequest { UserId = 42 });   // 00 00 00 00 02 08 2A
/// GrpcFrame frame = GrpcFrame.Parse(body).Single();
/// Console.WriteLine(frame.ToHex());
/// </code>
/// </example>
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

    /// <summary>Frames one uncompressed message: the prefix, then the message's bytes.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The five-byte prefix followed by the message's bytes.</returns>
    public static byte[] Encode(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = message.CalculateSize();
        var frame = new byte[PrefixLength + size];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)size);
        message.WriteTo(frame.AsSpan(PrefixLength));
        return frame;
    }

    /// <summary>Reads a body that holds exactly one uncompressed message, such as a unary request.</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="body">The framed bytes.</param>
    /// <param name="parser">The parser of <typeparamref name="T"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidDataException">The body is not one complete, uncompressed frame.</exception>
    public static T Decode<T>(ReadOnlySpan<byte> body, MessageParser<T> parser)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        var frames = Parse(body);
        if (frames.Count != 1)
        {
            throw new InvalidDataException($"Expected one gRPC frame; the body holds {frames.Count}.");
        }

        if (frames[0].Compressed)
        {
            throw new InvalidDataException("The frame is compressed; only uncompressed frames can be decoded here.");
        }

        return parser.ParseFrom(frames[0].Payload);
    }

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

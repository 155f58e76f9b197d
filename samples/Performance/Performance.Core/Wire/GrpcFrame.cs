using System.Buffers.Binary;
using Google.Protobuf;

namespace Performance.Core.Wire;

/// <summary>
/// The gRPC message framing ("length-prefixed message"): one byte compressed flag, four bytes
/// big-endian length, then the protobuf bytes. A request body built this way can be sent by any
/// HTTP/2 tool, such as h2load, as a unary gRPC call.
/// </summary>
public static class GrpcFrame
{
    /// <summary>Size of the prefix in front of every message.</summary>
    public const int HeaderSize = 5;

    /// <summary>Frames one uncompressed message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The five-byte prefix followed by the message's bytes.</returns>
    public static byte[] Encode(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var size = message.CalculateSize();
        var frame = new byte[HeaderSize + size];
        frame[0] = 0; // not compressed
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)size);
        message.WriteTo(frame.AsSpan(HeaderSize));
        return frame;
    }

    /// <summary>Reads one framed message that must fill <paramref name="frame"/> exactly.</summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="frame">The framed bytes.</param>
    /// <param name="parser">The parser of <typeparamref name="T"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">The frame is compressed, truncated or has trailing bytes.</exception>
    public static T Decode<T>(ReadOnlySpan<byte> frame, MessageParser<T> parser)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        if (frame.Length < HeaderSize)
        {
            throw new FormatException($"A gRPC frame has at least {HeaderSize} bytes; got {frame.Length}.");
        }

        if (frame[0] != 0)
        {
            throw new FormatException($"Compressed flag is {frame[0]}; only uncompressed frames are supported.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(frame.Slice(1, 4));
        if (length != frame.Length - HeaderSize)
        {
            throw new FormatException($"The prefix announces {length} bytes but {frame.Length - HeaderSize} follow.");
        }

        return parser.ParseFrom(frame[HeaderSize..]);
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Grpc.Core;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab12;

/// <summary>Reference solution: the prefix read by hand, per-message compression, the finest grpc-timeout unit, and binary metadata for non-ASCII values.</summary>
public sealed class MyGrpcWire : IGrpcWireExercise
{
    private static readonly (char Unit, long Nanoseconds)[] s_units =
    [
        ('n', 1), ('u', 1_000), ('m', 1_000_000), ('S', 1_000_000_000), ('M', 60_000_000_000), ('H', 3_600_000_000_000),
    ];

    public IReadOnlyList<(bool Compressed, byte[] Payload)> SplitMessages(byte[] body)
    {
        var messages = new List<(bool Compressed, byte[] Payload)>();
        var position = 0;
        while (position < body.Length)
        {
            if (body.Length - position < 5)
            {
                throw new InvalidDataException($"The body ends inside a prefix at offset {position}.");
            }

            var compressed = body[position] == 1;
            var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(position + 1, 4));
            position += 5;
            if (length > (uint)(body.Length - position))
            {
                throw new InvalidDataException($"The message at offset {position - 5} says {length} bytes; only {body.Length - position} remain.");
            }

            messages.Add((compressed, body[position..(position + (int)length)]));
            position += (int)length;
        }

        return messages;
    }

    public async Task<int> UploadCompressedAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<User> users)
    {
        // The header chooses the algorithm for the call; WriteOptions decide, message by message, whether to use it.
        using var call = client.CreateUsers(new Metadata { { "grpc-internal-encoding-request", "gzip" } });
        foreach (var user in users)
        {
            // gzip adds about 20 bytes of its own: not worth it for a small message.
            call.RequestStream.WriteOptions = user.CalculateSize() < GrpcWireLab.CompressionThreshold ? new WriteOptions(WriteFlags.NoCompress) : null;
            await call.RequestStream.WriteAsync(user);
        }

        await call.RequestStream.CompleteAsync();
        return (await call.ResponseAsync).CreatedCount;
    }

    public string EncodeTimeout(TimeSpan remaining)
    {
        var nanoseconds = (decimal)remaining.Ticks * 100;
        foreach (var (unit, size) in s_units)
        {
            var amount = Math.Ceiling(nanoseconds / size);
            if (amount <= 99_999_999)
            {
                return amount.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return "99999999H";
    }

    public Metadata CreateHeaders(string requestId, string displayName, byte[] traceId) => new()
    {
        { "x-request-id", requestId },
        { "display-name-bin", Encoding.UTF8.GetBytes(displayName) },
        { "trace-bin", traceId },
    };
}

using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.Json;
using Google.Protobuf;
using GrpcTutorial.Wire;
using Performance.Core.Json;
using Performance.Core.Results;
using UserService.Contracts;

namespace Performance.LoadClient.Measurements;

/// <summary>Times the codecs alone on the streaming data (see <see cref="CodecBaseline"/>): median of several runs after a warm-up.</summary>
public static class CodecBenchmark
{
    private const int WarmupRuns = 3;
    private const int MeasuredRuns = 7;

    /// <summary>Measures the four operations.</summary>
    /// <param name="users">The users, as the server holds them.</param>
    /// <param name="cancellationToken">Cancels between runs.</param>
    /// <returns>Median milliseconds per operation over all users.</returns>
    public static async Task<CodecBaseline> MeasureAsync(IReadOnlyList<User> users, CancellationToken cancellationToken)
    {
        var dtos = users.Select(u => u.ToDto()).ToArray();
        var framed = SerializeProtobuf(users);
        var json = JsonSerializer.SerializeToUtf8Bytes(dtos, ShapesJsonContext.Default.UserDtoArray);

        var protobufSerialize = await MedianAsync(() => Task.FromResult(SerializeProtobuf(users).Length), cancellationToken);
        var protobufParse = await MedianAsync(() => Task.FromResult(ParseProtobuf(framed)), cancellationToken);
        var jsonSerialize = await MedianAsync(async () =>
        {
            using var stream = new MemoryStream();
            await JsonSerializer.SerializeAsync(stream, dtos, ShapesJsonContext.Default.UserDtoArray, cancellationToken);
            return (int)stream.Length;
        }, cancellationToken);
        var jsonParse = await MedianAsync(async () =>
        {
            var count = 0;
            await foreach (var user in JsonSerializer.DeserializeAsyncEnumerable(new MemoryStream(json), ShapesJsonContext.Default.UserDto, cancellationToken))
            {
                count += user is null ? 0 : 1;
            }

            return count;
        }, cancellationToken);
        return new CodecBaseline(protobufSerialize, protobufParse, jsonSerialize, jsonParse);
    }

    private static byte[] SerializeProtobuf(IReadOnlyList<User> users)
    {
        var total = users.Sum(u => GrpcFrame.PrefixLength + u.CalculateSize());
        var buffer = new byte[total];
        var position = 0;
        foreach (var user in users)
        {
            var size = user.CalculateSize();
            buffer[position] = 0;
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position + 1, 4), size);
            user.WriteTo(buffer.AsSpan(position + GrpcFrame.PrefixLength, size));
            position += GrpcFrame.PrefixLength + size;
        }

        return buffer;
    }

    private static int ParseProtobuf(byte[] framed)
    {
        var count = 0;
        var position = 0;
        while (position < framed.Length)
        {
            var size = BinaryPrimitives.ReadInt32BigEndian(framed.AsSpan(position + 1, 4));
            var user = User.Parser.ParseFrom(framed.AsSpan(position + GrpcFrame.PrefixLength, size));
            count += user.Id > 0 ? 1 : 0;
            position += GrpcFrame.PrefixLength + size;
        }

        return count;
    }

    private static async Task<double> MedianAsync(Func<Task<int>> operation, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var run = 0; run < WarmupRuns + MeasuredRuns; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            await operation();
            if (run >= WarmupRuns)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

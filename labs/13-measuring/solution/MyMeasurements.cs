using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab13;

/// <summary>A reference solution: sizes counted by hand, a reused buffer, a latency harness and bounded concurrency.</summary>
public sealed class MyMeasurements : IMeasuringExercise
{
    private byte[] _buffer = new byte[1024];

    public PayloadSizes PredictSizes(int textLength)
    {
        // Protobuf: every field that is set costs a tag, then a varint (id, age) or a length and the bytes (strings).
        var text = CodedOutputStream.ComputeTagSize(2) + CodedOutputStream.ComputeLengthSize(textLength) + textLength;
        var protobuf = CodedOutputStream.ComputeTagSize(1) + CodedOutputStream.ComputeInt32Size(12345)   // 1 + 2
            + (2 * text)
            + CodedOutputStream.ComputeTagSize(4) + CodedOutputStream.ComputeInt32Size(30);              // 1 + 1

        // JSON: the same object with empty strings, plus the text itself (ASCII: one byte per character).
        const string Skeleton = """{"id":12345,"name":"","email":"","age":30}""";
        var json = Skeleton.Length + (2 * textLength);
        return new PayloadSizes(protobuf, json);
    }

    public ReadOnlySpan<byte> Serialize(User user)
    {
        var size = user.CalculateSize();
        if (size > _buffer.Length)
        {
            _buffer = new byte[Math.Max(size, 2 * _buffer.Length)];   // grows rarely; later calls reuse it
        }

        var output = _buffer.AsSpan(0, size);
        user.WriteTo(output);
        return output;
    }

    public async Task<LatencySummary> MeasureAsync(Func<Task> call, int warmupCalls, int measuredCalls, TimeProvider clock)
    {
        for (var i = 0; i < warmupCalls; i++)
        {
            await call();   // JIT, connections, caches: not what we want to measure
        }

        var samples = new TimeSpan[measuredCalls];
        for (var i = 0; i < measuredCalls; i++)
        {
            var start = clock.GetTimestamp();
            await call();
            samples[i] = clock.GetElapsedTime(start);
        }

        Array.Sort(samples);
        return new LatencySummary(measuredCalls, Percentile(samples, 50), Percentile(samples, 99));
    }

    public async Task<IReadOnlyList<User>> GetUsersAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<int> ids, int maxInFlight)
    {
        using var gate = new SemaphoreSlim(maxInFlight);
        var calls = ids.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                return (await client.GetUserAsync(new GetUserRequest { UserId = id })).User;
            }
            finally
            {
                gate.Release();
            }
        });

        // Every call starts at once and waits for a free slot; WhenAll keeps the order of ids.
        return await Task.WhenAll(calls);
    }

    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    private static TimeSpan Percentile(TimeSpan[] sorted, int percentile) =>
        sorted[(int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1];
}

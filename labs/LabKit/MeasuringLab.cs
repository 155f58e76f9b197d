using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using GrpcTutorial.Samples;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 13: measuring performance. Checks an <see cref="IMeasuringExercise"/> on properties that are the same on
/// every machine: byte counts, bytes allocated, the statistics of known samples on a fake clock, and how many
/// calls an in-process server sees in flight at once. No check depends on how fast the machine is.
/// </summary>
public static class MeasuringLab
{
    /// <summary>How many calls the concurrency step asks to keep in flight.</summary>
    public const int MaxInFlight = 8;

    /// <summary>The most bytes a call of <see cref="IMeasuringExercise.Serialize"/> may allocate on average once warmed up.</summary>
    public const int MaxAllocatedBytesPerCall = 128;

    private const string Lesson = "Lesson 13 · Performance, measured";
    private const int AllocationCalls = 1_000;

    private static readonly TimeSpan s_coldCall = TimeSpan.FromMilliseconds(50);

    private static readonly LabDefinition<IMeasuringExercise> s_lab = new("Lab 13 · Measuring performance",
    [
        new("PredictSizes counts the protobuf and JSON bytes of a user with long strings, without serializing",
            "Protobuf: 3 bytes for id 12345 (tag + 2-byte varint), 2 for age 30, and per string a tag, the length as a varint (1 byte up to 127, 2 up to 16,383, 3 above) and the text. JSON: the braces, every \"name\": in quotes with its colon, the quotes around each string, the commas, and the numbers as digits.",
            $"{Lesson}, sections \"Payload size: JSON vs protobuf\" and \"Exercise\"; Lesson 3 · Wire encoding, section \"Varints byte by byte\"",
            exercise =>
            {
                foreach (var length in new[] { 8, 127, 128, 1_000, 20_000 })
                {
                    var user = LongUser(length);
                    var measured = new PayloadSizes(user.CalculateSize(), LessonJson(user).Length);
                    var predicted = exercise.PredictSizes(length);
                    Expect.That(
                        predicted is not null && predicted.Protobuf == measured.Protobuf && predicted.Json == measured.Json,
                        $"PredictSizes({length}) to be the measured {measured}",
                        predicted is null ? "it returned null" : $"it predicted {predicted}");
                }

                return Task.CompletedTask;
            }),
        new("Serialize writes into a buffer it reuses: the right bytes, and (almost) no allocation per call",
            "Keep a byte[] field; per call, size = user.CalculateSize(), grow the array only when it is too small, then user.WriteTo(_buffer.AsSpan(0, size)) and return that span (it allocates nothing; a new CodedOutputStream(_buffer) per call costs only its own small object). ToByteArray() allocates a new array on every call: that is the trap.",
            $"{Lesson}, sections \"A measuring trap: a new array on every call\" and \"Serialization and parsing speed\"",
            exercise =>
            {
                User[] users = [SampleUsers.JohnDoe, LongUser(100_000), LongUser(1_000), new User(), SampleUsers.JohnDoe];
                foreach (var user in users)
                {
                    var expected = user.ToByteArray();
                    var actual = exercise.Serialize(user);
                    Expect.That(
                        actual.SequenceEqual(expected),
                        $"Serialize({Short(user)}) to return exactly the {expected.Length} bytes of ToByteArray()",
                        actual.Length == expected.Length ? $"it returned {actual.Length} bytes, but different ones" : $"it returned {actual.Length} bytes (the whole buffer instead of the message's part of it?)");
                }

                var longUser = LongUser(1_000);
                var byArray = AllocatedPerCall(() => longUser.ToByteArray());
                var yours = AllocatedPerCall(() => exercise.Serialize(longUser));
                Expect.That(
                    yours <= MaxAllocatedBytesPerCall,
                    $"Serialize of a {longUser.CalculateSize():N0}-byte user to allocate at most {MaxAllocatedBytesPerCall} bytes per call (ToByteArray() allocates {byArray:N0})",
                    $"it allocated {yours:N0} bytes per call, measured with GC.GetAllocatedBytesForCurrentThread() over {AllocationCalls:N0} calls (the fewest of three rounds)");
                return Task.CompletedTask;
            }),
        new("MeasureAsync leaves the warm-up out and reports the median and p99 of the timed calls (nearest rank)",
            "Await the warm-up calls without timing them. Then per call: var start = clock.GetTimestamp(); await call(); samples.Add(clock.GetElapsedTime(start)). Sort the samples; the p-th percentile (nearest rank) is sorted[ceil(p / 100 × n) - 1].",
            $"{Lesson}, section \"RPC latency and throughput on this machine\"",
            async exercise =>
            {
                await CheckHarnessAsync(exercise, warmupCalls: 10, [.. Enumerable.Range(0, 250).Select(k => TimeSpan.FromMicroseconds(10 * (1 + (k * 7919 % 250))))]);
                await CheckHarnessAsync(exercise, warmupCalls: 3, [.. new[] { 30, 10, 70, 20, 60, 40, 50 }.Select(us => TimeSpan.FromMicroseconds(us))]);
            }),
        new($"GetUsersAsync keeps {MaxInFlight} calls in flight on one channel, never more, and returns the users in order",
            "Start calls without awaiting each one first: for example a SemaphoreSlim(maxInFlight) that every call waits on and releases, then Task.WhenAll over all of them. Task.WhenAll keeps its tasks' order, so results[i] belongs to ids[i].",
            $"{Lesson}, section \"RPC latency and throughput on this machine\"; Lesson 12 · Under the hood: HTTP/2, section \"Many calls multiplexed on one connection\"",
            async exercise =>
            {
                var probe = new ConcurrencyProbeService(MaxInFlight);
                await using var server = await LabServer.StartAsync(probe);
                int[] ids = [.. Enumerable.Range(1, 40).Select(i => i * 17 % 41)];
                var users = await exercise.GetUsersAsync(server.Client, ids, MaxInFlight);
                Expect.That(users is not null && users.Count == ids.Length, $"GetUsersAsync to return {ids.Length} users", $"it returned {users?.Count.ToString(CultureInfo.InvariantCulture) ?? "null"}");
                var requested = probe.RequestedIds.Order().ToList();
                Expect.That(requested.SequenceEqual(ids.Order()), $"the server to be asked for each of the {ids.Length} ids exactly once", $"it received {requested.Count} calls for {requested.Distinct().Count()} different ids");
                var max = probe.MaxInFlight;
                Expect.That(max <= MaxInFlight, $"at most {MaxInFlight} calls in flight at once", $"the server saw {max} at once (every call started at the same time?)");
                Expect.That(max == MaxInFlight, $"{MaxInFlight} calls in flight at once on the server", $"it saw at most {max} at once{(max == 1 ? " (the calls ran one after another)" : string.Empty)}");
                var firstWrong = Enumerable.Range(0, ids.Length).FirstOrDefault(i => users![i]?.Id != ids[i], -1);
                Expect.That(firstWrong < 0, "users[i] to be the user with id ids[i], for every i", firstWrong < 0 ? string.Empty : $"users[{firstWrong}] has id {users![firstWrong]?.Id.ToString(CultureInfo.InvariantCulture) ?? "null"}, but ids[{firstWrong}] is {ids[firstWrong]} (in the order the answers arrived?)");
                var none = await exercise.GetUsersAsync(server.Client, [], MaxInFlight);
                Expect.That(none is { Count: 0 }, "GetUsersAsync with no ids to return an empty list", $"it returned {none?.Count.ToString(CultureInfo.InvariantCulture) ?? "null"}");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The learner's code.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IMeasuringExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }

    /// <summary>The user of the size step: <c>Id = 12345</c>, a name and an email of <paramref name="textLength"/> ASCII characters, <c>Age = 30</c>.</summary>
    /// <param name="textLength">The number of characters of the name, and of the email.</param>
    /// <returns>A new user.</returns>
    public static User LongUser(int textLength) =>
        new() { Id = 12345, Name = new string('n', textLength), Email = new string('e', textLength), Age = 30 };

    /// <summary>The lesson's JSON for a user: compact, camelCase, every field written (<c>{"id":12345,"name":"…","email":"…","age":30}</c>).</summary>
    /// <param name="user">The user.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] LessonJson(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", user.Id);
            writer.WriteString("name", user.Name);
            writer.WriteString("email", user.Email);
            writer.WriteNumber("age", user.Age);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Short(User user) => user.Name.Length > 20 ? $"a user with {user.Name.Length:N0}-character strings" : user.Equals(new User()) ? "an empty User" : user.Name;

    /// <summary>
    /// Bytes allocated on this thread per call of <paramref name="call"/>, after a warm-up: the
    /// fewest of three rounds, so that a one-off allocation by the runtime during a round (the JIT
    /// recompiling a hot method, for example) does not change the result from one run to the next.
    /// </summary>
    private static long AllocatedPerCall(Action call)
    {
        for (var i = 0; i < 50; i++)
        {
            call();
        }

        var fewest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < AllocationCalls; i++)
            {
                call();
            }

            fewest = Math.Min(fewest, (GC.GetAllocatedBytesForCurrentThread() - before) / AllocationCalls);
        }

        return fewest;
    }

    private static async Task CheckHarnessAsync(IMeasuringExercise exercise, int warmupCalls, TimeSpan[] durations)
    {
        var clock = new FakeClock();
        var calls = 0;
        var inFlight = 0;
        var maxInFlight = 0;
        var summary = await exercise.MeasureAsync(
            async () =>
            {
                var index = Interlocked.Increment(ref calls) - 1;
                var now = Interlocked.Increment(ref inFlight);
                maxInFlight = Math.Max(maxInFlight, now);
                var measured = index - warmupCalls;
                clock.Advance(measured >= 0 && measured < durations.Length ? durations[measured] : s_coldCall);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight);
            },
            warmupCalls,
            durations.Length,
            clock);

        var call = $"MeasureAsync(call, warmupCalls: {warmupCalls}, measuredCalls: {durations.Length}, clock)";
        Expect.That(calls == warmupCalls + durations.Length, $"{call} to make {warmupCalls + durations.Length} calls ({warmupCalls} warm-up + {durations.Length} timed)", $"it made {calls}");
        Expect.That(maxInFlight == 1, $"{call} to run the calls one after another (latency is one call at a time)", $"up to {maxInFlight} calls were in flight at once");
        Expect.That(summary is not null, $"{call} to return a LatencySummary", "it returned null");
        Expect.That(summary!.Count == durations.Length, $"{call}.Count to be {durations.Length} (warm-up calls are not samples)", $"it was {summary.Count}");
        var sorted = durations.Order().ToArray();
        foreach (var (name, percentile, actual) in new[] { ("Median", 50, summary.Median), ("P99", 99, summary.P99) })
        {
            var rank = ((percentile * sorted.Length) + 99) / 100;   // ceil(p / 100 × n), in integers
            var expected = sorted[rank - 1];
            Expect.That(
                actual == expected,
                $"{call}.{name} to be {Micros(expected)} (sample {rank} of the {sorted.Length} sorted samples; each call's duration is on the clock it was given)",
                $"it was {Micros(actual)}{(actual >= s_coldCall ? " (a warm-up call's duration among the samples?)" : actual == TimeSpan.Zero ? " (timed with another clock than the one passed in?)" : string.Empty)}");
        }
    }

    private static string Micros(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMicroseconds:0.###} µs");
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Grpc.Core;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 12: a gRPC call as it travels on HTTP/2. Checks an <see cref="IGrpcWireExercise"/> against
/// an in-process server (no port) whose middleware keeps every request's headers and raw body:
/// the learner splits a real body into its length-prefixed messages, compresses some messages of
/// an upload, writes a <c>grpc-timeout</c> value and sends metadata whose values stay ASCII.
/// </summary>
public static partial class GrpcWireLab
{
    /// <summary>The serialized size, in bytes, from which <see cref="IGrpcWireExercise.UploadCompressedAsync"/> compresses a user.</summary>
    public const int CompressionThreshold = 100;

    private const string Lesson = "Lesson 12 · Under the hood: HTTP/2";

    private const int MaxTimeoutValue = 99_999_999;

    private static readonly (char Unit, long Nanoseconds)[] s_units =
    [
        ('n', 1), ('u', 1_000), ('m', 1_000_000), ('S', 1_000_000_000), ('M', 60_000_000_000), ('H', 3_600_000_000_000),
    ];

    private static readonly LabDefinition<IGrpcWireExercise> s_lab = new("Lab 12 · A gRPC call on the wire",
    [
        new("SplitMessages reads each message's compressed flag and big-endian length from a real request body",
            "Walk the body: byte 0 is the compressed flag (1 = compressed), bytes 1 to 4 the payload's length with the most significant byte first (BinaryPrimitives.ReadUInt32BigEndian; BitConverter reads little-endian on most machines), then the payload; the next prefix starts right after it. A message can be 0 bytes long.",
            $"{Lesson}, sections \"The 5-byte length prefix\" and \"Streaming calls: one message after another\"",
            SplitMessagesAsync),
        new($"UploadCompressedAsync gzips the users of {CompressionThreshold} bytes or more (flag 1) and sends the smaller ones as they are (flag 0)",
            "Ask for gzip on the call: headers: new Metadata { { \"grpc-internal-encoding-request\", \"gzip\" } } (the client sends it as grpc-encoding: gzip). The flag is per message: before each WriteAsync, set call.RequestStream.WriteOptions to new WriteOptions(WriteFlags.NoCompress) for a user whose CalculateSize() is under 100, and back to null for a larger one. One header for the call, one flag per message.",
            $"{Lesson}, section \"The 5-byte length prefix\" (the compressed flag)",
            UploadCompressedAsync),
        new("EncodeTimeout writes at most 8 digits and a unit, as precise as 8 digits allow, and the server takes it as its deadline",
            "Try the units from the finest, n (nanoseconds: remaining.Ticks * 100), then u, m, S, M and H, and take the first in which the amount fits in 8 digits (99,999,999 at most); round up or down. Format the number with CultureInfo.InvariantCulture: no separators, no decimals.",
            $"{Lesson}, section \"grpc-timeout\"",
            EncodeTimeoutAsync),
        new("CreateHeaders sends a request id, a display name with letters outside ASCII and a binary trace id, and every value on the wire is ASCII",
            "Header values must be printable ASCII, and \"Zoë Ünal\" is not: send the name's UTF-8 bytes in a binary header, key \"display-name-bin\", value Encoding.UTF8.GetBytes(displayName). The trace id is bytes too: key \"trace-bin\", value traceId. The client writes a -bin value in base64 and the server's RequestHeaders decode it back to bytes.",
            $"{Lesson}, section \"Request headers\"",
            CreateHeadersAsync),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against <paramref name="exercise"/>; each step starts its own in-process server.</summary>
    /// <param name="exercise">The learner's implementation.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(IGrpcWireExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return s_lab.RunAsync(exercise);
    }

    private static async Task SplitMessagesAsync(IGrpcWireExercise exercise)
    {
        // A real upload: small, empty, 330-byte, compressed and 72,006-byte messages, so that every
        // byte of the length and the flag matter.
        User[] users =
        [
            new() { Id = 1, Name = "Ada" },
            new(),
            new() { Id = 3, Name = string.Concat(Enumerable.Repeat("Grace Hopper ", 25)) },
            new() { Id = 4, Name = new string('a', 1000) },
            new() { Id = 5, Name = string.Concat(Enumerable.Range(0, 8000).Select(i => i.ToString("D4", CultureInfo.InvariantCulture) + "-abc-")) },
        ];
        bool[] compress = [false, false, false, true, false];

        await using var server = await WireRecordingServer.StartAsync().ConfigureAwait(false);
        using (var call = server.Client.CreateUsers(new Metadata { { "grpc-internal-encoding-request", "gzip" } }))
        {
            for (var i = 0; i < users.Length; i++)
            {
                call.RequestStream.WriteOptions = compress[i] ? null : new WriteOptions(WriteFlags.NoCompress);
                await call.RequestStream.WriteAsync(users[i]).ConfigureAwait(false);
            }

            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
            await call.ResponseAsync.ConfigureAwait(false);
        }

        var body = server.Last("CreateUsers", "the lab's own upload to reach the server").Body;
        var expected = GrpcFrame.Parse(body);
        var what = $"SplitMessages(the {Describe.Number(body.Length)}-byte body of a CreateUsers call that sent {users.Length} users, which starts {Describe.Bytes(body.AsSpan(0, 12))} ...)";
        IReadOnlyList<(bool Compressed, byte[] Payload)>? split;
        try
        {
            split = exercise.SplitMessages(body.ToArray());
        }
        catch (Exception exception) when (exception is not NotImplementedException)
        {
            throw new CheckFailedException($"{what} to return {Show(expected.Select(frame => (frame.Compressed, frame.Payload)))}", $"it threw {exception.GetType().Name}: {exception.Message}");
        }

        Expect.That(split is not null, $"{what} to return the messages", "it returned null");
        var same = split!.Count == expected.Count
            && split.Zip(expected).All(pair => pair.First.Compressed == pair.Second.Compressed && pair.First.Payload is not null && pair.First.Payload.AsSpan().SequenceEqual(pair.Second.Payload));
        Expect.That(same, $"{what} to return {Show(expected.Select(frame => (frame.Compressed, frame.Payload)))}", $"it returned {Show(split)}");
    }

    private static async Task UploadCompressedAsync(IGrpcWireExercise exercise)
    {
        User[] users =
        [
            new() { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 },
            new() { Id = 2, Name = string.Concat(Enumerable.Repeat("Grace Hopper ", 20)), Email = "grace@example.com", Age = 85 },
            new() { Id = 3, Name = "Alan Turing", Email = "alan@example.com", Age = 41 },
            new() { Id = 4, Name = "Margaret Hamilton", Email = string.Concat(Enumerable.Repeat("apollo.", 15)) + "example.com", Age = 38 },
        ];

        await using var server = await WireRecordingServer.StartAsync().ConfigureAwait(false);
        var created = await exercise.UploadCompressedAsync(server.Client, users).ConfigureAwait(false);
        var request = server.Last("CreateUsers", "UploadCompressedAsync to call CreateUsers");

        var encoding = request.Header("grpc-encoding");
        Expect.That(encoding == "gzip", "the request header grpc-encoding: gzip (the algorithm of the compressed messages)", encoding is null ? "the request had no grpc-encoding header" : $"grpc-encoding: {encoding}");

        var frames = GrpcFrame.Parse(request.Body);
        var expectedFlags = string.Join(" ", users.Select(user => user.CalculateSize() >= CompressionThreshold ? 1 : 0));
        var flags = string.Join(" ", frames.Select(frame => frame.Compressed ? 1 : 0));
        var sizes = string.Join(", ", users.Select(user => Describe.Number(user.CalculateSize())));
        Expect.That(flags == expectedFlags, $"the {users.Length} messages (users of {sizes} bytes) to carry the compressed flags {expectedFlags}", frames.Count == users.Length ? $"their flags were {flags}" : $"the server received {frames.Count} message(s), flags {flags}");

        var received = server.Service.Created;
        Expect.That(received.SequenceEqual(users), $"the server to read the {users.Length} users back, in order (it decompresses the gzip messages)", $"it read {received.Count} user(s): {string.Join(", ", received.Select(user => user.Id))}");
        Expect.Equal(users.Length, created, "the created_count UploadCompressedAsync returns");
    }

    private static async Task EncodeTimeoutAsync(IGrpcWireExercise exercise)
    {
        TimeSpan[] deadlines =
        [
            TimeSpan.FromTicks(5_000),                  // 0.5 ms
            TimeSpan.FromTicks(999_999),                // 99.9999 ms: 99,999,900 ns still fits
            TimeSpan.FromMilliseconds(250),
            TimeSpan.FromSeconds(5),
            TimeSpan.FromMinutes(2),
            TimeSpan.FromTicks(37_234_567_891),         // 1 h 2 min 3.4567891 s
            TimeSpan.FromDays(30),
            TimeSpan.FromDays(1826),                    // about 5 years
            TimeSpan.FromDays(200_000),
        ];
        foreach (var remaining in deadlines)
        {
            var text = exercise.EncodeTimeout(remaining);
            var call = $"EncodeTimeout({remaining.ToString("c", CultureInfo.InvariantCulture)})";
            var (unit, amount) = Finest(remaining);
            var best = $"{Describe.Number(amount)}{unit}";
            Expect.That(text is not null && TimeoutFormat().IsMatch(text), $"{call} to return 1 to 8 digits and a unit from H M S m u n, such as {best}", $"it returned {Show(text)}");
            var error = Math.Abs(Nanoseconds(text!) - (decimal)remaining.Ticks * 100);
            var unitNanoseconds = s_units.Single(candidate => candidate.Unit == unit).Nanoseconds;
            Expect.That(error < unitNanoseconds, $"{call} to be as precise as 8 digits allow: {best} (to within 1{unit})", $"it returned \"{text}\", {Describe.Number((long)Math.Round(error / unitNanoseconds))}{unit} away");
        }

        // The server turns the text into its deadline: arrival time + timeout.
        var wireTimeout = TimeSpan.FromTicks(37_234_567_891);
        var value = exercise.EncodeTimeout(wireTimeout);
        await using var server = await WireRecordingServer.StartAsync().ConfigureAwait(false);
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/user_service.UserService/GetUser")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent(GrpcFrame.Encode(new GetUserRequest { UserId = 1 })),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        request.Headers.TryAddWithoutValidation("grpc-timeout", value);
        var before = DateTime.UtcNow;
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var after = DateTime.UtcNow;
        var timeout = TimeSpan.FromTicks((long)(Nanoseconds(value) / 100));
        var deadline = server.Service.LastDeadline;
        Expect.That(
            deadline is { } seen && seen >= before + timeout - TimeSpan.FromTicks(1) && seen <= after + timeout + TimeSpan.FromTicks(1),
            $"a GetUser request with grpc-timeout: {value} to get a deadline {value} after it arrived",
            deadline is null || deadline == DateTime.MaxValue ? "the server ignored the header: the call had no deadline" : $"its deadline was {(deadline.Value - before).ToString("c", CultureInfo.InvariantCulture)} after the request was sent");
    }

    private static async Task CreateHeadersAsync(IGrpcWireExercise exercise)
    {
        const string RequestId = "req-0412";
        const string DisplayName = "Zoë Ünal";
        byte[] traceId = [0x4B, 0xF9, 0x2F, 0x35, 0x00, 0x7E, 0xD1, 0x0C, 0x9A, 0x33, 0xFE, 0x12, 0x80, 0x01, 0x5C, 0xC7];

        var headers = exercise.CreateHeaders(RequestId, DisplayName, traceId.ToArray());
        Expect.That(headers is not null, "CreateHeaders to return the call's metadata", "it returned null");
        await using var server = await WireRecordingServer.StartAsync().ConfigureAwait(false);
        await server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }, headers);
        var wire = server.Last("GetUser", "the call with your headers to reach the server").Headers;

        var notAscii = wire.Where(header => header.Value.Any(c => c is < ' ' or > '~')).ToList();
        Expect.That(notAscii.Count == 0, "every header value on the wire to be printable ASCII", $"the server received {string.Join(", ", notAscii.Select(header => $"{header.Key}: {header.Value}"))}");

        string[] expected =
        [
            $"x-request-id: {RequestId}",
            $"display-name-bin: {Convert.ToBase64String(Encoding.UTF8.GetBytes(DisplayName))}",
            $"trace-bin: {Convert.ToBase64String(traceId)}",
        ];
        var custom = wire.Where(header => !header.Key.StartsWith(':') && header.Key is not ("content-type" or "user-agent" or "te" or "grpc-accept-encoding" or "host" or "content-length"))
            .Select(header => $"{header.Key}: {header.Value}")
            .ToList();
        Expect.That(expected.All(custom.Contains), $"the server to receive {string.Join(", ", expected)}", custom.Count == 0 ? "it received no custom headers" : $"it received {string.Join(", ", custom)}");

        var decoded = server.Service.LastHeaders;
        var name = decoded?.GetValueBytes("display-name-bin");
        Expect.That(name is not null && Encoding.UTF8.GetString(name) == DisplayName, $"the server's RequestHeaders to decode display-name-bin to \"{DisplayName}\"", name is null ? "it found no display-name-bin" : $"it decoded \"{Encoding.UTF8.GetString(name)}\"");
        var trace = decoded?.GetValueBytes("trace-bin");
        Expect.That(trace is not null && trace.AsSpan().SequenceEqual(traceId), $"the server's RequestHeaders to decode trace-bin to {Describe.Bytes(traceId)}", trace is null ? "it found no trace-bin" : $"it decoded {Describe.Bytes(trace)}");
    }

    /// <summary>The finest unit in which <paramref name="remaining"/> fits in 8 digits, and the amount rounded up.</summary>
    private static (char Unit, long Amount) Finest(TimeSpan remaining)
    {
        var nanoseconds = (decimal)remaining.Ticks * 100;
        foreach (var (unit, size) in s_units)
        {
            var amount = Math.Ceiling(nanoseconds / size);
            if (amount <= MaxTimeoutValue)
            {
                return (unit, (long)amount);
            }
        }

        return ('H', MaxTimeoutValue);
    }

    private static decimal Nanoseconds(string text) =>
        decimal.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture) * s_units.Single(unit => unit.Unit == text[^1]).Nanoseconds;

    private static string Show(string? text) => text is null ? "null" : $"\"{text}\"";

    private static string Show(IEnumerable<(bool Compressed, byte[] Payload)> messages)
    {
        var list = messages.ToList();
        return list.Count == 0
            ? "no messages"
            : $"{list.Count} message(s): " + string.Join(", ", list.Select(message => message.Payload is null
                ? $"[flag {(message.Compressed ? 1 : 0)}, null]"
                : $"[flag {(message.Compressed ? 1 : 0)}, {Describe.Number(message.Payload.Length)} bytes{Start(message.Payload)}]"));
    }

    private static string Start(byte[] payload) =>
        payload.Length == 0 ? string.Empty : $": {Describe.Bytes(payload.AsSpan(0, Math.Min(4, payload.Length)))}{(payload.Length > 4 ? " ..." : string.Empty)}";

    [GeneratedRegex("^[0-9]{1,8}[HMSmun]$")]
    private static partial Regex TimeoutFormat();
}

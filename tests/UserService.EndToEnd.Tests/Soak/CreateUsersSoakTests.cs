using System.Reflection;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using UserService.Contracts;
using UserService.Testing;
using Xunit.Abstractions;
using UserServiceClient = UserService.Contracts.UserService.UserServiceClient;

namespace UserService.EndToEnd.Tests.Soak;

/// <summary>
/// 20 concurrent CreateUsers streams against the real server on loopback: 10 from a grpc-js client
/// (Node) and 10 from a C# client. Attempts are cancelled at random and every batch is retried with
/// its idempotency key until the server answers. Afterwards the database holds exactly the users the
/// server acknowledged, batch by batch. Bounded: 200 batches of 1 to 40 users, a few minutes at most.
/// </summary>
/// <remarks>Needs Node and the npm packages of Soak/package.json (test.sh installs them).</remarks>
public sealed class CreateUsersSoakTests(ITestOutputHelper output) : IDisposable
{
    private const int StreamsPerClient = 10;
    private const int BatchesPerStream = 10;
    private const int SeededUsers = 5;

    private static readonly string s_soakFolder = typeof(CreateUsersSoakTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "SoakFolder").Value!;
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-soak-").FullName;

    [Fact]
    [Trait("Category", "Soak")]
    public async Task Concurrent_cancelled_and_retried_streams_store_exactly_what_the_server_acknowledged()
    {
        var script = Path.Combine(s_soakFolder, "grpcjs-soak-client.mjs");
        Assert.True(
            Directory.Exists(Path.Combine(s_soakFolder, "node_modules", "@grpc", "grpc-js")),
            $"Run `npm ci --prefix {s_soakFolder}` first (test.sh does).");

        var (server, address) = await RealServer.StartAsync(["--urls", "http://127.0.0.1:0", $"--Database:Path={Path.Combine(_folder, "users.db")}"]);
        using var _ = server;
        var seed = Random.Shared.Next(1, int.MaxValue);
        output.WriteLine($"seed {seed}");

        var node = RunningProcess.Start(
            "node", [script, new Uri(address).Authority, BuildOutputs.ProtoDirectory, $"{StreamsPerClient}", $"{BatchesPerStream}", $"{seed}"]);
        using var channel = GrpcChannel.ForAddress(address);
        var client = new UserServiceClient(channel);
        var csharp = await Task.WhenAll(Enumerable.Range(0, StreamsPerClient).Select(stream => RunStreamAsync(client, stream, new Random(seed + stream))));
        var nodeResult = await node.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.True(nodeResult.ExitCode == 0, nodeResult.ToString());
        var grpcJs = JsonSerializer.Deserialize<List<BatchOutcome>>(nodeResult.Output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        var stored = await CountByPrefixAsync(client);
        Report("grpc-js", grpcJs, stored);
        Report("C#", [.. csharp.SelectMany(batches => batches)], stored);

        // The server's failures, if any, explain a batch that did not end OK.
        foreach (var line in server.Output.Split('\n').Where(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal)).Take(40))
        {
            output.WriteLine($"server: {line}");
        }

        var all = grpcJs.Concat(csharp.SelectMany(batches => batches)).ToList();
        Assert.All(all, batch => Assert.True(batch.Final.Code == "OK", $"{batch.Prefix}: {batch.Final.Code} {batch.Final.Detail}"));
        Assert.All(all, batch => Assert.Equal(batch.Final.Count, stored.GetValueOrDefault(batch.Prefix)));
        Assert.Equal(all.Sum(batch => batch.Final.Count), stored.Values.Sum());
        Assert.All(csharp.SelectMany(batches => batches), batch => Assert.Equal(batch.Size, batch.Final.Count));
        await server.StopAsync(TimeSpan.FromSeconds(15));
    }

    private void Report(string name, IReadOnlyList<BatchOutcome> batches, IReadOnlyDictionary<string, int> stored)
    {
        var prefixed = batches.Sum(batch => stored.GetValueOrDefault(batch.Prefix));
        output.WriteLine(
            $"{name}: {batches.Count} batches, {batches.Sum(b => b.Attempts)} attempts, {batches.Sum(b => b.Cancelled)} cancelled, " +
            $"{batches.Count(b => b.Final.Code == "OK")} acknowledged OK with {batches.Sum(b => b.Final.Count)} users; {prefixed} rows stored; " +
            $"{batches.Count(b => b.Final.Count < b.Size)} batches stored partly by a cancelled attempt (the retry reported it), " +
            $"{batches.Sum(b => b.Size)} users sent");
    }

    private static async Task<List<BatchOutcome>> RunStreamAsync(UserServiceClient client, int stream, Random random)
    {
        var outcomes = new List<BatchOutcome>();
        for (var b = 0; b < BatchesPerStream; b++)
        {
            var size = 1 + random.Next(40);
            var prefix = $"cs-{stream}-{b}-";
            var users = Enumerable.Range(0, size).Select(i => new User { Name = $"cs {stream} {b} {i}", Email = $"{prefix}{i}@example.com", Age = i % 100 }).ToList();
            var headers = new Metadata { { "idempotency-key", Guid.NewGuid().ToString() } };
            var attempts = 0;
            var cancelled = 0;
            while (true)
            {
                attempts++;
                var cancelAt = attempts < 4 && random.NextDouble() < 0.5 ? random.Next(size + 1) : -1;
                using var cancellation = new CancellationTokenSource();
                try
                {
                    using var call = client.CreateUsers(headers, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellation.Token);
                    for (var i = 0; i < size; i++)
                    {
                        if (i == cancelAt)
                        {
                            await cancellation.CancelAsync();
                        }

                        await call.RequestStream.WriteAsync(users[i]);
                    }

                    if (cancelAt == size)
                    {
                        await cancellation.CancelAsync();
                    }

                    await call.RequestStream.CompleteAsync();
                    var response = await call.ResponseAsync;
                    outcomes.Add(new BatchOutcome(prefix, size, attempts, cancelled, new FinalStatus("OK", response.CreatedCount, null)));
                    break;
                }
                catch (Exception exception) when (cancellation.IsCancellationRequested && exception is RpcException or OperationCanceledException)
                {
                    cancelled++;
                }
                catch (RpcException exception)
                {
                    outcomes.Add(new BatchOutcome(prefix, size, attempts, cancelled, new FinalStatus(exception.StatusCode.ToString(), 0, exception.Status.Detail)));
                    break;
                }
            }
        }

        return outcomes;
    }

    private static async Task<Dictionary<string, int>> CountByPrefixAsync(UserServiceClient client)
    {
        var counts = new Dictionary<string, int>();
        using var list = client.ListUsers(new GetUserRequest { UserId = SeededUsers }, deadline: DateTime.UtcNow.AddSeconds(60));
        await foreach (var user in list.ResponseStream.ReadAllAsync())
        {
            var prefix = user.Email[..(user.Email.LastIndexOf('-') + 1)];
            counts[prefix] = counts.GetValueOrDefault(prefix) + 1;
        }

        return counts;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record BatchOutcome(string Prefix, int Size, int Attempts, int Cancelled, FinalStatus Final);

    private sealed record FinalStatus(string Code, int Count, string? Detail);
}

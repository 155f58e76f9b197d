using System.Text.RegularExpressions;
using UserService.EndToEnd.Tests.Infrastructure;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary>
/// <c>create</c> sends an <c>idempotency-key</c> header (a new one per run, or <c>--idempotency-key</c>):
/// repeating a run with its key stores the batch at most once. Against the real server; every test
/// uses emails and keys no other test uses.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class CreateIdempotencyKeyTests(ServerFixture server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-client-").FullName;

    [Fact]
    public async Task A_repeated_run_with_the_same_key_answers_the_first_count_and_stores_nothing_more()
    {
        var (file, emails) = WriteUsers("batch.csv", 3);
        var key = NewKey();

        var first = await CreateAsync(file, "--idempotency-key", key);
        var listed = await ListAsync();
        var second = await CreateAsync(file, "--idempotency-key", key);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("Created 3 users.", first.OutputLines[^1]);
        Assert.Equal("Created 3 users.", second.OutputLines[^1]);
        Assert.Equal(listed, await ListAsync());
        Assert.All(emails, email => Assert.Single(listed, line => line.Contains($"<{email}>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_a_key_each_run_gets_its_own_so_a_second_run_is_ALREADY_EXISTS()
    {
        var (file, _) = WriteUsers("batch.csv", 2);

        var first = await CreateAsync(file);
        var second = await CreateAsync(file);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.StartsWith("error: ALREADY_EXISTS: ", Assert.Single(second.ErrorLines));
    }

    [Fact]
    public async Task A_run_whose_file_starts_with_what_the_key_stored_says_how_many_were_stored_and_what_is_left()
    {
        var (file, emails) = WriteUsers("longer.csv", 3);
        var firstTwo = WriteFile("first-two.csv", string.Join('\n', File.ReadAllLines(file).Take(3)) + "\n");
        var key = NewKey();
        Assert.True((await CreateAsync(firstTwo, "--idempotency-key", key)).ExitCode == 0);

        var result = await CreateAsync(file, "--idempotency-key", key);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "Created 2 users: an earlier run with this idempotency key was cut short after the first 2 of these 3; create the others from a file without those 2 and a new key.",
            result.OutputLines[^1]);
        Assert.DoesNotContain(await ListAsync(), line => line.Contains($"<{emails[2]}>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_reused_for_a_different_batch_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var key = NewKey();
        var (first, _) = WriteUsers("first.csv", 1);
        var (other, otherEmails) = WriteUsers("other.csv", 1);
        Assert.True((await CreateAsync(first, "--idempotency-key", key)).ExitCode == 0);

        var result = await CreateAsync(other, "--idempotency-key", key);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: FAILED_PRECONDITION: idempotency-key was already used for a different batch", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain(await ListAsync(), line => line.Contains($"<{otherEmails[0]}>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("clé")]
    public async Task A_key_the_server_would_refuse_is_a_usage_error_and_sends_nothing(string key)
    {
        var (file, _) = WriteUsers("batch.csv", 1);

        var result = await CreateAsync(file, "--idempotency-key", key);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: --idempotency-key must be 1 to 128 printable ASCII characters without spaces", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_key_longer_than_128_characters_is_a_usage_error()
    {
        var (file, _) = WriteUsers("batch.csv", 1);

        var result = await CreateAsync(file, "--idempotency-key", new string('k', 129));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_run_that_misses_its_deadline_names_its_key_and_repeating_it_with_that_key_stores_the_batch_once()
    {
        var (file, emails) = WriteUsers("batch.csv", 2);

        var late = await CreateAsync(file, "--deadline", "0.000001");

        Assert.True(late.ExitCode == 1, late.ToString());
        var line = Assert.Single(late.ErrorLines);
        Assert.StartsWith("error: DEADLINE_EXCEEDED", line);
        var key = KeyInAdvice().Match(line);
        Assert.True(key.Success, line);

        var repeated = await CreateAsync(file, "--idempotency-key", key.Groups["key"].Value);

        Assert.True(repeated.ExitCode == 0, repeated.ToString());
        Assert.Equal("Created 2 users.", repeated.OutputLines[^1]);
        var listed = await ListAsync();
        Assert.All(emails, email => Assert.Single(listed, listedLine => listedLine.Contains($"<{email}>", StringComparison.Ordinal)));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"\(the server may have stored the users before the call ended; run the same command with --idempotency-key (?<key>[0-9a-f]{32}) to make sure, it stores them at most once\)$")]
    private static partial Regex KeyInAdvice();

    private static string NewKey() => $"test-{Guid.NewGuid():N}";

    private Task<UserService.Testing.ProcessResult> CreateAsync(string file, params string[] options) =>
        ClientRunner.RunAsync(["create", file, "--address", server.Address, .. options]);

    private async Task<IReadOnlyList<string>> ListAsync()
    {
        var result = await ClientRunner.RunAsync(["list", "--address", server.Address]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.OutputLines;
    }

    private (string File, string[] Emails) WriteUsers(string name, int count)
    {
        var emails = Enumerable.Range(1, count).Select(i => $"key-{i}-{Guid.NewGuid():N}@example.com").ToArray();
        var lines = emails.Select((email, i) => $"Person {i + 1},{email},{30 + i}");
        return (WriteFile($"{Guid.NewGuid():N}-{name}", "name,email,age\n" + string.Join('\n', lines) + "\n"), emails);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

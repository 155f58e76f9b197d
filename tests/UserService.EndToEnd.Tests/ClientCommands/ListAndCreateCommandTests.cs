using System.Globalization;
using UserService.EndToEnd.Tests.Infrastructure;
using UserService.Testing;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary>
/// <c>list</c> (server streaming) and <c>create</c> (client streaming) against the real server.
/// The tests share the server's database, so each one creates users with emails no other test uses.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ListAndCreateCommandTests(ServerFixture server) : IDisposable
{
    private static readonly string[] s_seededUsers =
    [
        "User 1: Ada Lovelace <ada@example.com>, age 36",
        "User 2: Alan Turing <alan@example.com>, age 41",
        "User 3: Grace Hopper <grace@example.com>, age 85",
        "User 4: Edsger Dijkstra <edsger@example.com>, age 72",
        "User 5: Barbara Liskov <barbara@example.com>, age 86",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-client-").FullName;

    [Fact]
    public async Task List_streams_every_user_in_id_order_then_the_count()
    {
        var result = await ClientRunner.RunAsync(["list", "--address", server.Address]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var users = result.OutputLines.SkipLast(1).ToList();
        Assert.Equal(s_seededUsers, users.Take(s_seededUsers.Length));
        var ids = users.Select(IdOf).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal($"{users.Count} users listed.", result.OutputLines[^1]);
    }

    [Fact]
    public async Task List_after_an_id_starts_after_it()
    {
        var result = await ClientRunner.RunAsync(["list", "--after", "3", "--address", server.Address]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(s_seededUsers[3..], result.OutputLines.Take(2));
    }

    [Fact]
    public async Task Create_from_the_example_csv_stores_its_users_and_a_second_run_is_ALREADY_EXISTS()
    {
        var file = Path.Combine(BuildOutputs.ClientExamples, "users.csv");

        var created = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("Created 3 users.", created.OutputLines[^1]);
        var listed = await ListAsync();
        Assert.Contains(listed, line => line.EndsWith(": Linus Torvalds <linus@example.com>, age 56", StringComparison.Ordinal));
        Assert.Contains(listed, line => line.EndsWith(": Hoare, Tony <tony@example.com>, age 91", StringComparison.Ordinal));
        Assert.Contains(listed, line => line.EndsWith(": Ken \"k\" Thompson <ken@example.com>, age 82", StringComparison.Ordinal));

        var again = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.StartsWith("error: ALREADY_EXISTS: ", Assert.Single(again.ErrorLines));
        Assert.Equal(listed, await ListAsync());
    }

    [Fact]
    public async Task Create_from_the_example_json_stores_its_users()
    {
        var file = Path.Combine(BuildOutputs.ClientExamples, "users.json");

        var created = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("Created 3 users.", created.OutputLines[^1]);
        var listed = await ListAsync();
        Assert.Contains(listed, line => line.EndsWith(": Margaret Hamilton <margaret@example.com>, age 89", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_with_an_existing_email_is_ALREADY_EXISTS_and_stores_nothing()
    {
        var newEmail = $"new-{Guid.NewGuid():N}@example.com";
        var file = WriteFile("duplicate.csv", $"name,email,age\nNew Person,{newEmail},30\nAda Again,ada@example.com,37\n");

        var result = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: ALREADY_EXISTS: ", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain(await ListAsync(), line => line.Contains(newEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_with_an_invalid_user_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing()
    {
        var newEmail = $"new-{Guid.NewGuid():N}@example.com";
        var file = WriteFile("invalid.json", $$"""[{"name": "Valid", "email": "{{newEmail}}", "age": 30}, {"name": "Old", "email": "old@example.com", "age": 200}]""");

        var result = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: INVALID_ARGUMENT: ", line);
        Assert.Contains("age", line);
        Assert.DoesNotContain(await ListAsync(), listed => listed.Contains(newEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_file_is_a_usage_error_naming_the_file_and_line()
    {
        var file = WriteFile("broken.csv", "name,email,age\nGood,good@example.com,1\nBad,bad@example.com\n");

        var result = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"error: {file}, line 3: expected 3 fields (name,email,age), found 2.", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var file = Path.Combine(_folder, "missing.json");

        var result = await ClientRunner.RunAsync(["create", file, "--address", server.Address]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"error: {file}: file not found.", Assert.Single(result.ErrorLines));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int IdOf(string line)
    {
        // "User 12: Name <email>, age 30"
        var id = line["User ".Length..line.IndexOf(':', StringComparison.Ordinal)];
        return int.Parse(id, CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<string>> ListAsync()
    {
        var result = await ClientRunner.RunAsync(["list", "--address", server.Address]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.OutputLines;
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

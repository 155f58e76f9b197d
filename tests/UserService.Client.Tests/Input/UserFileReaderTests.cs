using UserService.Client.Input;
using UserService.Testing;

namespace UserService.Client.Tests.Input;

/// <summary>Reading a users file from disk: the format comes from the extension.</summary>
public sealed class UserFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-reader-").FullName;

    [Theory]
    [InlineData("users.csv")]
    [InlineData("users.json")]
    public void The_example_files_of_the_README_each_hold_three_users(string name)
    {
        var users = UserFileReader.Read(Path.Combine(BuildOutputs.ClientExamples, name));

        Assert.Equal(3, users.Count);
        Assert.All(users, user => Assert.Contains("@example.com", user.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_a_terminal_control_character_is_rejected_before_anything_is_sent()
    {
        var path = WriteFile("users.json", "[{\"name\": \"Eve\\u001b[2J\", \"email\": \"eve@example.com\", \"age\": 30}]");

        var error = Assert.Throws<UserFileException>(() => UserFileReader.Read(path));

        Assert.EndsWith("user [0]: the name or email contains a control character.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extension_chooses_the_format_in_any_letter_case()
    {
        var path = WriteFile("USERS.CSV", "name,email,age\nAda,ada@example.com,36\n");

        Assert.Equal("Ada", Assert.Single(UserFileReader.Read(path)).Name);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_header()
    {
        var path = Path.Combine(_folder, "bom.csv");
        File.WriteAllText(path, "name,email,age\nAda,ada@example.com,36\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Single(UserFileReader.Read(path));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(_folder, "missing.csv");

        var error = Assert.Throws<UserFileException>(() => UserFileReader.Read(path));

        Assert.Equal($"{path}: file not found.", error.Message);
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_an_error_naming_it()
    {
        var path = Path.Combine(_folder, "nowhere", "users.json");

        var error = Assert.Throws<UserFileException>(() => UserFileReader.Read(path));

        Assert.Equal($"{path}: file not found.", error.Message);
    }

    [Fact]
    public void An_unknown_extension_is_an_error()
    {
        var path = WriteFile("users.txt", "name,email,age\n");

        var error = Assert.Throws<UserFileException>(() => UserFileReader.Read(path));

        Assert.Contains(".json or a .csv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.csv", "name,email,age\n")]
    [InlineData("empty.json", "[]")]
    public void A_file_without_users_is_an_error(string name, string content)
    {
        var path = WriteFile(name, content);

        var error = Assert.Throws<UserFileException>(() => UserFileReader.Read(path));

        Assert.Equal($"{path}: the file contains no users.", error.Message);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

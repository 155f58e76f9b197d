using UserService.Client.Input;

namespace UserService.Client.Tests.Input;

/// <summary>JSON users files: an array of <c>{ name, email, age }</c>.</summary>
public sealed class JsonUserParserTests
{
    [Fact]
    public void Users_are_read_from_an_array_of_objects()
    {
        var users = JsonUserParser.Parse("u.json", """
            [
              { "name": "Ada Lovelace", "email": "ada@example.com", "age": 36 },
              { "Name": "Alan Turing", "EMAIL": "alan@example.com", "age": 41, },
            ]
            """);

        Assert.Equal(2, users.Count);
        Assert.Equal(("Ada Lovelace", "ada@example.com", 36), (users[0].Name, users[0].Email, users[0].Age));
        Assert.Equal(("Alan Turing", "alan@example.com", 41), (users[1].Name, users[1].Email, users[1].Age));
    }

    [Fact]
    public void An_age_of_the_wrong_type_is_an_error_with_its_line_and_path()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", """
            [
              { "name": "Ada Lovelace", "email": "ada@example.com", "age": 36 },
              { "name": "Alan Turing", "email": "alan@example.com", "age": "41" }
            ]
            """));

        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("u.json, line 3: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(at $[1].age)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_an_error_with_its_line()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", "[\n  { \"name\": \"Ada\",\n    \"email\" \"ada@example.com\" }\n]"));

        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void A_missing_property_is_an_error_naming_it()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", """[{ "name": "Ada", "age": 36 }]"""));

        Assert.Contains("'email'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_an_error_naming_it()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", """[{ "name": "Ada", "mail": "ada@example.com", "age": 36 }]"""));

        Assert.Contains("'mail'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_name_is_an_error_naming_the_user()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", """[{ "name": null, "email": "ada@example.com", "age": 36 }]"""));

        Assert.Equal("u.json: user [0]: name and email must not be null.", error.Message);
    }

    [Fact]
    public void A_null_element_is_an_error_naming_its_index()
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", """[{ "name": "Ada", "email": "ada@example.com", "age": 36 }, null]"""));

        Assert.Equal("u.json: user [1] is null.", error.Message);
    }

    [Theory]
    [InlineData("""{ "name": "Ada", "email": "ada@example.com", "age": 36 }""")]
    [InlineData("null")]
    [InlineData("")]
    public void Anything_but_an_array_is_an_error(string text)
    {
        var error = Assert.Throws<UserFileException>(() => JsonUserParser.Parse("u.json", text));

        Assert.StartsWith("u.json", error.Message, StringComparison.Ordinal);
    }
}

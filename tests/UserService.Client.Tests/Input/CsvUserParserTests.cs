using UserService.Client.Input;

namespace UserService.Client.Tests.Input;

/// <summary>CSV users files: header <c>name,email,age</c>, one user per record.</summary>
public sealed class CsvUserParserTests
{
    [Fact]
    public void Users_are_read_after_the_header()
    {
        var users = CsvUserParser.Parse("u.csv", "Name,Email,Age\n\"Hopper, Grace\",grace@example.com,85\nAlan Turing,alan@example.com, 41\n");

        Assert.Equal(2, users.Count);
        Assert.Equal(("Hopper, Grace", "grace@example.com", 85), (users[0].Name, users[0].Email, users[0].Age));
        Assert.Equal(("Alan Turing", "alan@example.com", 41), (users[1].Name, users[1].Email, users[1].Age));
        Assert.All(users, user => Assert.Equal(0, user.Id));
    }

    [Fact]
    public void A_header_only_file_has_no_users()
    {
        Assert.Empty(CsvUserParser.Parse("u.csv", "name,email,age\n"));
    }

    [Fact]
    public void A_wrong_header_is_an_error_on_its_line()
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", "\nname,mail,age\nA,a@example.com,1\n"));

        Assert.Equal("u.csv, line 2: expected the header 'name,email,age', found 'name,mail,age'.", error.Message);
    }

    [Fact]
    public void A_record_with_too_few_fields_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", "name,email,age\nA,a@example.com,1\nB,b@example.com\n"));

        Assert.Equal("u.csv", error.FilePath);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal("u.csv, line 3: expected 3 fields (name,email,age), found 2.", error.Message);
    }

    [Fact]
    public void A_comma_in_an_unquoted_name_makes_too_many_fields()
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", "name,email,age\nHopper, Grace,g@example.com,85\n"));

        Assert.Equal("u.csv, line 2: expected 3 fields (name,email,age), found 4.", error.Message);
    }

    [Theory]
    [InlineData("thirty")]
    [InlineData("30.5")]
    [InlineData("")]
    public void An_age_that_is_not_a_whole_number_is_an_error(string age)
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", $"name,email,age\nA,a@example.com,{age}\n"));

        Assert.Equal($"u.csv, line 2: age '{age}' is not a whole number.", error.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", ""));

        Assert.Null(error.LineNumber);
        Assert.StartsWith("u.csv: the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes_and_crlf_and_blank_lines_are_handled()
    {
        var users = CsvUserParser.Parse("u.csv", "name,email,age\r\n\r\n\"Hopper, \"\"Amazing\"\" Grace\",grace@example.com,85\r\n");

        Assert.Equal("Hopper, \"Amazing\" Grace", Assert.Single(users).Name);
    }

    [Fact]
    public void A_misplaced_quote_is_an_error_naming_the_line()
    {
        var error = Assert.Throws<UserFileException>(() => CsvUserParser.Parse("u.csv", "name,email,age\nA\"da,a@example.com,1\n"));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("quote", error.Message, StringComparison.Ordinal);
    }
}

using UserService.Client.Input;

namespace UserService.EndToEnd.Tests.Readers;

/// <summary>The RFC 4180 CSV reader under the <c>create</c> command.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void Plain_fields_are_split_on_commas_and_trimmed()
    {
        var records = CsvReader.ReadRecords("f.csv", "a,b,c\n d , e ,f\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["d", "e", "f"], records[1].Fields);
    }

    [Fact]
    public void A_quoted_field_keeps_commas_spaces_and_doubled_quotes()
    {
        var records = CsvReader.ReadRecords("f.csv", "\"Hopper, Grace\",\" spaced \",\"say \"\"hi\"\"\"\n");

        Assert.Equal(["Hopper, Grace", " spaced ", "say \"hi\""], Assert.Single(records).Fields);
    }

    [Fact]
    public void Spaces_around_a_quoted_field_are_ignored()
    {
        var records = CsvReader.ReadRecords("f.csv", "a,  \"b, c\"  ,d");

        Assert.Equal(["a", "b, c", "d"], Assert.Single(records).Fields);
    }

    [Fact]
    public void Empty_fields_are_kept()
    {
        var records = CsvReader.ReadRecords("f.csv", ",,\"\"\n");

        Assert.Equal(["", "", ""], Assert.Single(records).Fields);
    }

    [Fact]
    public void Crlf_line_endings_and_blank_lines_are_handled_and_line_numbers_count_them()
    {
        var records = CsvReader.ReadRecords("f.csv", "a,b\r\n\r\nc,d\r\n\r\n");

        Assert.Equal([1, 3], records.Select(record => record.LineNumber));
        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_the_next_record_has_the_right_line_number()
    {
        var records = CsvReader.ReadRecords("f.csv", "\"two\nlines\",x\nnext,y\n");

        Assert.Equal("two\nlines", records[0].Fields[0]);
        Assert.Equal(1, records[0].LineNumber);
        Assert.Equal(3, records[1].LineNumber);
    }

    [Fact]
    public void The_last_record_needs_no_line_break()
    {
        var records = CsvReader.ReadRecords("f.csv", "a,b\nc,d");

        Assert.Equal(["c", "d"], records[1].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_on_the_line_where_the_record_starts()
    {
        var error = Assert.Throws<UserFileException>(() => CsvReader.ReadRecords("f.csv", "a,b\n\"open,c\nmore\n"));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal("f.csv, line 2: a quoted field is never closed.", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_with_its_line()
    {
        var error = Assert.Throws<UserFileException>(() => CsvReader.ReadRecords("f.csv", "a,b\n\"Smith\" Jr,c\n"));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("after the closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_in_the_middle_of_an_unquoted_field_is_an_error()
    {
        var error = Assert.Throws<UserFileException>(() => CsvReader.ReadRecords("f.csv", "a,b\nc,d\nsay \"hi\",e\n"));

        Assert.Equal(3, error.LineNumber);
    }
}

using Grpc.Core;
using GrpcTutorial.Statuses;

namespace GrpcTutorial.Tests.Statuses;

/// <summary>The catalogue of the 17 gRPC status codes.</summary>
public sealed class StatusCatalogueTests
{
    [Fact]
    public void Catalogue_has_the_17_codes_in_order()
    {
        Assert.Equal(17, StatusCatalogue.All.Count);
        Assert.Equal(Enumerable.Range(0, 17), StatusCatalogue.All.Select(c => c.Number));
        Assert.Equal(Enum.GetValues<StatusCode>().Order(), StatusCatalogue.All.Select(c => c.Code));
    }

    [Fact]
    public void Names_are_the_spec_spelling_of_the_enum_names()
    {
        foreach (var info in StatusCatalogue.All)
        {
            var enumName = info.Code.ToString();
            Assert.Equal(enumName.ToUpperInvariant(), info.Name.Replace("_", "", StringComparison.Ordinal));
            Assert.Matches("^[A-Z_]+$", info.Name);
        }

        Assert.Equal("CANCELLED", StatusCatalogue.Get(StatusCode.Cancelled).Name);
        Assert.Equal("DEADLINE_EXCEEDED", StatusCatalogue.Get(StatusCode.DeadlineExceeded).Name);
        Assert.Equal("UNAUTHENTICATED", StatusCatalogue.Get(16).Name);
    }

    [Theory]
    [InlineData(StatusCode.OK, 200)]
    [InlineData(StatusCode.Cancelled, 499)]
    [InlineData(StatusCode.InvalidArgument, 400)]
    [InlineData(StatusCode.DeadlineExceeded, 504)]
    [InlineData(StatusCode.NotFound, 404)]
    [InlineData(StatusCode.AlreadyExists, 409)]
    [InlineData(StatusCode.PermissionDenied, 403)]
    [InlineData(StatusCode.ResourceExhausted, 429)]
    [InlineData(StatusCode.FailedPrecondition, 400)]
    [InlineData(StatusCode.Unimplemented, 501)]
    [InlineData(StatusCode.Unavailable, 503)]
    [InlineData(StatusCode.Unauthenticated, 401)]
    public void Http_equivalents_follow_google_rpc_code(StatusCode code, int http)
    {
        Assert.Equal(http, StatusCatalogue.Get(code).HttpStatus);
    }

    [Fact]
    public void Library_generated_codes_match_the_grpc_documentation()
    {
        StatusCode[] generated =
        [
            StatusCode.OK, StatusCode.Cancelled, StatusCode.Unknown, StatusCode.DeadlineExceeded,
            StatusCode.PermissionDenied, StatusCode.ResourceExhausted, StatusCode.Unimplemented, StatusCode.Internal,
            StatusCode.Unavailable, StatusCode.Unauthenticated,
        ];

        Assert.Equal(generated, StatusCatalogue.All.Where(c => c.LibraryGenerated).Select(c => c.Code));
        Assert.False(StatusCatalogue.Get(StatusCode.NotFound).LibraryGenerated);
        Assert.False(StatusCatalogue.Get(StatusCode.DataLoss).LibraryGenerated);
        Assert.True(StatusCatalogue.Get(StatusCode.PermissionDenied).LibraryGenerated);
    }

    [Fact]
    public void Retry_advice_is_safe_only_for_unavailable()
    {
        Assert.Equal(RetryAdvice.Safe, StatusCatalogue.Get(StatusCode.Unavailable).Retry);
        Assert.Equal(RetryAdvice.IdempotentOnly, StatusCatalogue.Get(StatusCode.DeadlineExceeded).Retry);
        Assert.Equal(RetryAdvice.WithBackoff, StatusCatalogue.Get(StatusCode.ResourceExhausted).Retry);
        Assert.Equal(RetryAdvice.WithBackoff, StatusCatalogue.Get(StatusCode.Aborted).Retry);
        Assert.Equal(13, StatusCatalogue.All.Count(c => c.Retry == RetryAdvice.No));
        Assert.All(StatusCatalogue.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Meaning)));
        Assert.All(StatusCatalogue.All, c => Assert.False(string.IsNullOrWhiteSpace(c.RetryNote)));
    }

    [Fact]
    public void Unknown_numbers_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusCatalogue.Get(17));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusCatalogue.Get((StatusCode)(-1)));
    }

    [Fact]
    public void Html_has_a_row_per_code()
    {
        var html = StatusCatalogue.ToHtml();

        Assert.StartsWith("<table class=\"course-table\">", html);
        Assert.Equal(17, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<td>RESOURCE_EXHAUSTED</td>", html);
        Assert.DoesNotContain("'", html);
    }

    [Fact]
    public void Text_has_a_header_and_a_line_per_code()
    {
        var lines = StatusCatalogue.ToText().TrimEnd('\n').Split('\n');

        Assert.Equal(19, lines.Length);
        Assert.StartsWith("Code  Name", lines[0]);
        Assert.StartsWith("14    UNAVAILABLE", lines[16]);
        Assert.Contains("503", lines[16]);
    }
}

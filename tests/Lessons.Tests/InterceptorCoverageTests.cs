namespace Lessons.Tests;

public sealed class InterceptorCoverageTests
{
    public static TheoryData<string> Lessons() => new(RepositoryPaths.LessonNotebooks().Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_interceptor_in_a_lesson_covers_every_kind_of_call(string notebook)
    {
        var lesson = Notebook.Load(Path.Combine(RepositoryPaths.Notebooks, notebook));
        var gaps = lesson.Cells
            .Where(cell => cell.Kind == "code")
            .SelectMany(cell => InterceptorCoverage.Gaps(InterceptorCoverage.ParseScript(cell.Source), $"{notebook}, cell '{cell.Id}'"))
            .ToList();

        Assert.Empty(gaps);
    }

    [Fact]
    public void Every_interceptor_in_the_library_and_the_samples_covers_every_kind_of_call()
    {
        var sources = new[] { "src", "samples" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var gaps = sources.SelectMany(path => InterceptorCoverage.Gaps(InterceptorCoverage.ParseFile(path), Path.GetRelativePath(RepositoryPaths.Root, path))).ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(gaps);
    }

    [Fact]
    public void The_lessons_and_samples_contain_interceptors_for_the_rule_to_check()
    {
        var inLessons = RepositoryPaths.LessonNotebooks()
            .SelectMany(path => Notebook.Load(path).Cells.Where(cell => cell.Kind == "code"))
            .Sum(cell => InterceptorCoverage.Interceptors(InterceptorCoverage.ParseScript(cell.Source)).Count());

        Assert.True(inLessons >= 2, $"found {inLessons} interceptor(s) in the lessons: the parsing is broken");
    }

    [Fact]
    public void An_authentication_interceptor_that_checks_only_unary_and_client_streaming_calls_is_reported()
    {
        const string cell = """
            class AuthInterceptor : Interceptor
            {
                public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
                    TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) => continuation(request, context);

                public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
                    IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
                    continuation(requestStream, context);
            }

            class BearerTokenInterceptor(string token) : Grpc.Core.Interceptors.Interceptor
            {
                public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
                    TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
                    continuation(request, context);
            }
            """;

        var gaps = InterceptorCoverage.Gaps(InterceptorCoverage.ParseScript(cell), "cell").ToList();

        Assert.Equal(2, gaps.Count);
        Assert.Contains("AuthInterceptor overrides UnaryServerHandler, ClientStreamingServerHandler but not ServerStreamingServerHandler, DuplexStreamingServerHandler", gaps[0], StringComparison.Ordinal);
        Assert.Contains("BearerTokenInterceptor overrides AsyncUnaryCall but not BlockingUnaryCall, AsyncServerStreamingCall", gaps[1], StringComparison.Ordinal);
    }
}

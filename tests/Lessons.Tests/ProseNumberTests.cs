namespace Lessons.Tests;

public sealed class ProseNumberTests
{
    public static TheoryData<string> Lessons() => new(RepositoryPaths.LessonNotebooks().Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Lessons))]
    public void No_lesson_prose_states_a_measured_number_that_no_deterministic_output_shows(string notebook)
    {
        var lesson = Notebook.Load(Path.Combine(RepositoryPaths.Notebooks, notebook));

        Assert.Empty(ProseNumbers.Unbacked(lesson.Name, lesson.Cells));
    }

    [Theory]
    [InlineData("A plain REST GET served about 1.2 times more requests per second than gRPC.")]
    [InlineData("The later round trips take a few milliseconds; the first took 45 ms.")]
    [InlineData("The others follow about 100 ms apart.")]
    [InlineData("The suite measured 9,084 req/s for REST.")]
    [InlineData("gRPC was 0.88x as fast at 64 streams.")]
    public void A_measured_number_in_prose_without_an_output_is_reported(string sentence)
    {
        NotebookCell[] cells = [new("prose", "markdown", sentence, [], "")];

        Assert.Single(ProseNumbers.Unbacked("lesson.ipynb", cells));
    }

    [Theory]
    [InlineData("You will often read that gRPC is \"5-10 times faster than REST\".")]
    [InlineData("Each call gets a 500 ms deadline, and the handler waits 50 ms.")]
    [InlineData("Set `Delay = TimeSpan.FromMilliseconds(about 100 ms)` in code.")]
    [InlineData("The protobuf message took 33 bytes.")]
    public void Quoted_claims_parameters_and_code_are_not_measurements(string sentence)
    {
        NotebookCell[] cells = [new("prose", "markdown", sentence, [], "")];

        Assert.Empty(ProseNumbers.Unbacked("lesson.ipynb", cells));
    }

    [Fact]
    public void A_number_shown_by_a_deterministic_output_may_be_repeated_in_prose()
    {
        NotebookCell[] backed =
        [
            new("code", "code", "Console.WriteLine(ratio);", [], "REST GET served 1.14 times the requests of gRPC"),
            new("prose", "markdown", "The suite's REST GET served 1.14 times the requests.", [], ""),
        ];
        NotebookCell[] varying =
        [
            new("code", "code", "Console.WriteLine(ratio);", ["nondeterministic"], "REST GET served 1.14 times the requests of gRPC"),
            new("prose", "markdown", "The suite's REST GET served 1.14 times the requests.", [], ""),
        ];

        Assert.Empty(ProseNumbers.Unbacked("lesson.ipynb", backed));
        Assert.Single(ProseNumbers.Unbacked("lesson.ipynb", varying));
    }
}

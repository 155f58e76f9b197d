namespace NotebookRunner.Export;

/// <summary>One exported lesson, for the table of contents and the lesson list.</summary>
/// <param name="PageFile">The page's file name, for example <c>06-unary-rpc.md</c>.</param>
/// <param name="Title">The lesson's title (its first <c>#</c> heading).</param>
/// <param name="Minutes">How long the lesson takes.</param>
/// <param name="Estimated">True when <paramref name="Minutes"/> is estimated, not declared by the notebook.</param>
internal sealed record LessonPage(string PageFile, string Title, int Minutes, bool Estimated)
{
    /// <summary>"45 min", or "about 45 min" for an estimate.</summary>
    public string Duration => LessonDuration.Describe(Minutes, Estimated);
}

namespace NotebookRunner.Export;

/// <summary>Where the published pages point back to: the repository that holds the notebooks.</summary>
/// <param name="RepositoryUrl">
/// The repository's web address (for example <c>https://github.com/owner/course</c>), or null when the site is
/// built without one: lesson pages then link to the copy of the notebook published with the site.
/// </param>
/// <param name="Branch">The branch the links name.</param>
internal sealed record ExportOptions(string? RepositoryUrl, string Branch)
{
    /// <summary>The branch used when none is given.</summary>
    public const string DefaultBranch = "main";

    /// <summary>No repository: links stay inside the site.</summary>
    public static ExportOptions Default { get; } = new(null, DefaultBranch);

    /// <summary>
    /// The web address of <paramref name="repositoryPath"/> (a path from the repository root, with <c>/</c>),
    /// or null without a repository URL.
    /// </summary>
    public string? BlobUrl(string repositoryPath) =>
        RepositoryUrl is null ? null : $"{RepositoryUrl.TrimEnd('/')}/blob/{Branch}/{repositoryPath}";
}

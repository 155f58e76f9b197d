namespace NotebookRunner.Execution;

/// <summary>
/// The packages and package sources of one notebook session. Packages accumulate: each restore covers
/// everything asked for so far. As in the kernel, a package's version cannot change within a session.
/// </summary>
internal sealed class PackageSession(NuGetRestorer restorer)
{
    private readonly List<PackageRequest> _packages = [];
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a package source. Only absolute paths and URLs are accepted: the kernel fails on a relative
    /// path with "Invalid URI: The format of the URI could not be determined."
    /// </summary>
    public void AddSource(string source)
    {
        try
        {
            _ = new Uri(source, UriKind.Absolute);
        }
        catch (UriFormatException e)
        {
            throw new PackageRestoreException($"#i \"nuget: {source}\": {e.Message}");
        }

        if (!_sources.Contains(source, StringComparer.Ordinal))
        {
            _sources.Add(source);
        }
    }

    /// <summary>
    /// Adds <paramref name="requests"/> to the session, restores the whole set, and returns the runtime
    /// assemblies not referenced before.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddPackagesAsync(
        IReadOnlyList<PackageRequest> requests, CancellationToken cancellationToken)
    {
        var added = false;
        foreach (var request in requests)
        {
            var existing = _packages.FirstOrDefault(p => string.Equals(p.Name, request.Name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                _packages.Add(request);
                added = true;
            }
            else if (!string.Equals(existing.Version, request.Version, StringComparison.OrdinalIgnoreCase))
            {
                throw new PackageRestoreException(
                    $"{request.Name} version {request.Version ?? "(latest)"} cannot be added because version "
                    + $"{existing.Version ?? "(latest)"} was added previously.");
            }
        }

        if (!added)
        {
            return [];
        }

        var assemblies = await restorer.RestoreAsync(_packages, _sources, cancellationToken);
        return [.. assemblies.Where(_referenced.Add)];
    }
}

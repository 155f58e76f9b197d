namespace NotebookRunner.Execution;

/// <summary>A package asked for with <c>#r "nuget: Name, Version"</c>.</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version, or null for the newest stable version.</param>
internal sealed record PackageRequest(string Name, string? Version)
{
    /// <summary>The package as written in the directive, for messages.</summary>
    public override string ToString() => Version is null ? Name : $"{Name}, {Version}";
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookRunner.Execution;

/// <summary>
/// Resolves <c>#r</c> references as the C# kernel does:
/// a simple name (<c>#r "Microsoft.AspNetCore"</c>) from the shared frameworks the kernel runs on;
/// a path relative to the notebook's folder (or to the <c>.csx</c> file that contains it);
/// and the assemblies a referenced dll depends on from that dll's own folder, then from the shared
/// frameworks. Unlike Roslyn's default, it never falls back on the runner's own private dependencies,
/// so a notebook cannot compile here with something the kernel would not give it.
/// </summary>
internal sealed class NotebookMetadataResolver : MetadataReferenceResolver, IEquatable<NotebookMetadataResolver>
{
    private static readonly ConcurrentDictionary<string, PortableExecutableReference> s_references = new(StringComparer.Ordinal);

    private static readonly string? s_runnerDirectory = Path.GetDirectoryName(typeof(NotebookMetadataResolver).Assembly.Location);

    private readonly ScriptMetadataResolver _pathResolver;
    private readonly SharedFrameworks _frameworks;
    private readonly string _baseDirectory;

    /// <summary>Creates a resolver for a notebook in <paramref name="baseDirectory"/>.</summary>
    public NotebookMetadataResolver(string baseDirectory, SharedFrameworks frameworks)
    {
        _baseDirectory = baseDirectory;
        _frameworks = frameworks;
        _pathResolver = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory).WithSearchPaths();
    }

    /// <inheritdoc/>
    public override bool ResolveMissingAssemblies => true;

    /// <summary>A cached reference to the assembly file at <paramref name="path"/>.</summary>
    public static PortableExecutableReference CreateReference(string path) =>
        s_references.GetOrAdd(Path.GetFullPath(path), p => MetadataReference.CreateFromFile(p));

    /// <inheritdoc/>
    public override ImmutableArray<PortableExecutableReference> ResolveReference(
        string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (IsSimpleName(reference))
        {
            return _frameworks.Find(reference) is { } frameworkPath
                ? [CreateReference(frameworkPath)]
                : [];
        }

        var resolved = _pathResolver.ResolveReference(reference, baseFilePath, properties);
        return [.. resolved.Select(r => r.FilePath is { } path ? CreateReference(path) : r)];
    }

    /// <inheritdoc/>
    public override PortableExecutableReference? ResolveMissingAssembly(
        MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        // The runner's own assemblies (the display helpers, the formatter) are referenced like the kernel's;
        // what they depend on comes from the shared frameworks only, never from the runner's folder.
        if (definition is PortableExecutableReference { FilePath: { } definitionPath }
            && !string.Equals(Path.GetDirectoryName(definitionPath), s_runnerDirectory, StringComparison.Ordinal))
        {
            var beside = Path.Combine(Path.GetDirectoryName(definitionPath)!, referenceIdentity.Name + ".dll");
            if (File.Exists(beside))
            {
                return CreateReference(beside);
            }
        }

        return _frameworks.Find(referenceIdentity.Name) is { } frameworkPath ? CreateReference(frameworkPath) : null;
    }

    /// <inheritdoc/>
    public bool Equals(NotebookMetadataResolver? other) =>
        other is not null && string.Equals(_baseDirectory, other._baseDirectory, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? other) => Equals(other as NotebookMetadataResolver);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_baseDirectory);

    private static bool IsSimpleName(string reference) =>
        reference.IndexOfAny(['/', '\\']) < 0
        && !reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        && !reference.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);
}

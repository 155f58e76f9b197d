using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lessons.Tests;

/// <summary>
/// The rule for interceptors: a class deriving from Grpc.Core.Interceptors.Interceptor that intercepts
/// server calls overrides all four server handlers, and one that intercepts client calls overrides all
/// five client methods. An interceptor that covers only some kinds lets the others through unchecked
/// (an authentication check in UnaryServerHandler alone leaves every streaming method open).
/// </summary>
internal static class InterceptorCoverage
{
    public static IReadOnlyList<string> ServerHandlers { get; } =
    [
        "UnaryServerHandler", "ClientStreamingServerHandler", "ServerStreamingServerHandler", "DuplexStreamingServerHandler",
    ];

    public static IReadOnlyList<string> ClientCalls { get; } =
    [
        "BlockingUnaryCall", "AsyncUnaryCall", "AsyncServerStreamingCall", "AsyncClientStreamingCall", "AsyncDuplexStreamingCall",
    ];

    /// <summary>Parses C# as a notebook kernel does (script code, the newest language version).</summary>
    public static SyntaxTree ParseScript(string code) =>
        CSharpSyntaxTree.ParseText(
            string.Join("\n", code.Split('\n').Where(line => !line.TrimStart().StartsWith("#!", StringComparison.Ordinal))),
            CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview));

    /// <summary>Parses a regular C# source file.</summary>
    public static SyntaxTree ParseFile(string path) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), path);

    /// <summary>The interceptor classes declared in <paramref name="tree"/>.</summary>
    public static IEnumerable<ClassDeclarationSyntax> Interceptors(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(type => type.BaseList?.Types.Any(baseType => IsInterceptor(baseType.Type)) == true);

    /// <summary>One message per interceptor in <paramref name="tree"/> that breaks the rule.</summary>
    public static IEnumerable<string> Gaps(SyntaxTree tree, string origin)
    {
        foreach (var type in Interceptors(tree))
        {
            var overridden = type.Members.OfType<MethodDeclarationSyntax>()
                .Where(method => method.Modifiers.Any(SyntaxKind.OverrideKeyword))
                .Select(method => method.Identifier.ValueText)
                .ToHashSet(StringComparer.Ordinal);
            var name = type.Identifier.ValueText;
            var server = ServerHandlers.Where(overridden.Contains).ToList();
            var client = ClientCalls.Where(overridden.Contains).ToList();

            if (server.Count == 0 && client.Count == 0)
            {
                yield return $"{origin}: {name} derives from Interceptor but overrides none of its call methods";
            }

            if (server.Count > 0 && server.Count < ServerHandlers.Count)
            {
                yield return $"{origin}: {name} overrides {string.Join(", ", server)} but not {string.Join(", ", ServerHandlers.Except(server))}";
            }

            if (client.Count > 0 && client.Count < ClientCalls.Count)
            {
                yield return $"{origin}: {name} overrides {string.Join(", ", client)} but not {string.Join(", ", ClientCalls.Except(client))}";
            }
        }
    }

    private static bool IsInterceptor(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == "Interceptor",
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "Interceptor",
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "Interceptor",
        _ => false,
    };
}

namespace GrpcTutorial.Presentation;

/// <summary>
/// Names the class that creates notebook formatters for the type it decorates.
/// </summary>
/// <remarks>
/// .NET Interactive finds this attribute by its name, not its assembly, so the library gets rich
/// notebook output without referencing the notebook kernel. The notebook runner in
/// <c>tools/NotebookRunner</c> uses the same formatting library, so it renders the same output.
/// </remarks>
/// <param name="formatterSourceType">A type with a public parameterless constructor and a public <c>CreateTypeFormatters()</c> method.</param>
/// <example>
/// <code>
/// [TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
/// public sealed class Report : IHtmlRenderable
/// {
///     public string ToHtml() => "&lt;p&gt;rich output&lt;/p&gt;";
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type that creates the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types to prefer when the value is displayed, most preferred first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

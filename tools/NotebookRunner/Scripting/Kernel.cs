using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookRunner.Execution;

namespace NotebookRunner.Scripting;

/// <summary>
/// The helpers a notebook can call without qualification, as in the .NET Interactive C# kernel (which
/// imports them with <c>using static Microsoft.DotNet.Interactive.Kernel;</c>). Because they are static,
/// classes declared in a cell can call them too.
/// </summary>
#pragma warning disable IDE1006 // The kernel's helpers are lower case: display(), as in notebooks.
public static class Kernel
{
    /// <summary>
    /// Shows <paramref name="value"/> below the cell, formatted for <paramref name="mimeTypes"/> or, when
    /// none are given, as the kernel does: HTML plus plain text, and plain text only for strings.
    /// </summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">The MIME types to format it for, for example <c>"text/plain"</c>.</param>
    /// <returns>A handle to replace the displayed value later.</returns>
    public static DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var recorder = OutputRouter.Current;
        var id = recorder?.AddDisplay(ValueFormatter.Format(value, mimeTypes)) ?? -1;
        return new DisplayedValue(recorder, id, mimeTypes);
    }

    /// <summary>Wraps a string as HTML content, displayed as is.</summary>
    /// <param name="content">The HTML.</param>
    /// <returns>Content that the formatter writes without encoding.</returns>
    public static IHtmlContent HTML(string content) => content.ToHtmlContent();
}
#pragma warning restore IDE1006

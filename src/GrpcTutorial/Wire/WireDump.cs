using System.Globalization;
using Google.Protobuf.Reflection;
using GrpcTutorial.Presentation;
using GrpcTutorial.Wire.Rendering;

namespace GrpcTutorial.Wire;

/// <summary>
/// The annotated view of a protobuf buffer: the decoded fields, plus renderings as a text table,
/// an HTML table and protoc's <c>--decode_raw</c> format. As the last expression of a notebook cell it
/// shows as the HTML table.
/// </summary>
/// <example>
/// <code>
/// WireDump dump = WireInspector.Inspect(SampleUsers.JohnDoe);
/// Console.WriteLine(dump.Summary);            // 33 bytes, 4 top-level fields, decoded as user_service.User
/// Console.WriteLine(dump.ToDecodeRawText());  // as protoc --decode_raw prints it
/// </code>
/// </example>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class WireDump : IHtmlRenderable
{
    private readonly byte[] _bytes;

    internal WireDump(byte[] bytes, MessageDescriptor? descriptor, IReadOnlyList<WireField> fields)
    {
        _bytes = bytes;
        Descriptor = descriptor;
        Fields = fields;
    }

    /// <summary>The inspected bytes.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>How many bytes were inspected.</summary>
    public int Length => _bytes.Length;

    /// <summary>The descriptor the bytes were decoded with, or null for a schema-less decode.</summary>
    public MessageDescriptor? Descriptor { get; }

    /// <summary>The top-level fields, in the order they appear in the buffer.</summary>
    public IReadOnlyList<WireField> Fields { get; }

    /// <summary>The bytes as upper-case hex pairs, e.g. <c>08 B9 60 12 08 ...</c>.</summary>
    public string Hex => Wire.Hex.Format(_bytes);

    /// <summary>A one-line summary, e.g. <c>33 bytes, 4 top-level fields, decoded as user_service.User</c>.</summary>
    public string Summary
    {
        get
        {
            var bytes = Length == 1 ? "1 byte" : $"{Length.ToString(CultureInfo.InvariantCulture)} bytes";
            var fields = Fields.Count == 1 ? "1 top-level field" : $"{Fields.Count.ToString(CultureInfo.InvariantCulture)} top-level fields";
            var schema = Descriptor is null ? "decoded without a schema" : $"decoded as {Descriptor.FullName}";
            return $"{bytes}, {fields}, {schema}";
        }
    }

    /// <summary>Renders a fixed-width plain-text table with one row per tag, length prefix and value.</summary>
    /// <returns>The table, preceded by the summary line.</returns>
    public string ToText() => WireTextRenderer.Render(Summary, WireRows.Flatten(Fields));

    /// <summary>
    /// Renders an HTML <c>&lt;table class="wire-table"&gt;</c> with a caption (the summary), a header row and
    /// one row per tag, length prefix and value (row classes <c>wire-tag</c>, <c>wire-length</c>, <c>wire-value</c>,
    /// <c>wire-element</c>, <c>wire-end</c>); nested rows are indented and all text is HTML-encoded.
    /// </summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml() => WireHtmlRenderer.Render(Summary, WireRows.Flatten(Fields));

    /// <summary>Prints the bytes exactly as <c>protoc --decode_raw</c> would (the descriptor is not used).</summary>
    /// <returns>The text, one field per line, nested blocks indented by two spaces.</returns>
    public string ToDecodeRawText() => DecodeRawPrinter.Print(_bytes);

    /// <summary>The same as <see cref="ToText"/>.</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToText();
}

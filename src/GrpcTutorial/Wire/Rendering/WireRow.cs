namespace GrpcTutorial.Wire.Rendering;

/// <summary>One line of the rendered table: a tag, a length prefix or a value, with the bytes it covers.</summary>
/// <param name="Kind">tag, length, value, element or end (used as a CSS class suffix).</param>
/// <param name="Offset">The offset of the first byte.</param>
/// <param name="Bytes">The bytes the row covers.</param>
/// <param name="Depth">The nesting depth: 0 for top-level fields.</param>
/// <param name="Field">The field number and name.</param>
/// <param name="Type">The declared type, if known.</param>
/// <param name="Wire">The wire type name.</param>
/// <param name="Value">The decoded value.</param>
/// <param name="Explanation">How the bytes decode.</param>
internal sealed record WireRow(
    string Kind,
    int Offset,
    ReadOnlyMemory<byte> Bytes,
    int Depth,
    string Field,
    string Type,
    string Wire,
    string Value,
    string Explanation);

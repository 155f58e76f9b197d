namespace GrpcTutorial.Wire.Decoding;

/// <summary>What a value decoded to: its display text, how it was read, the .NET value and any nested fields.</summary>
/// <param name="Text">The value as display text.</param>
/// <param name="Explanation">How the bytes become the value.</param>
/// <param name="Value">The .NET value, or null for messages and groups.</param>
/// <param name="Children">The fields of a nested message or group, or the elements of a packed field.</param>
internal readonly record struct DecodedValue(string Text, string Explanation, object? Value, IReadOnlyList<WireField> Children)
{
    /// <summary>A value without nested fields.</summary>
    public DecodedValue(string text, string explanation, object? value)
        : this(text, explanation, value, [])
    {
    }
}

namespace GrpcTutorial.Wire;

/// <summary>What the body of a LEN field decoded to.</summary>
/// <param name="Text">The value as display text.</param>
/// <param name="Explanation">How the body was read.</param>
/// <param name="Value">The .NET value, or null for messages.</param>
/// <param name="Children">The nested fields or packed elements.</param>
internal readonly record struct DecodedBody(string Text, string Explanation, object? Value, IReadOnlyList<WireField> Children);

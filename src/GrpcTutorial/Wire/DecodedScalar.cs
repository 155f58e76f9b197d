namespace GrpcTutorial.Wire;

/// <summary>A decoded value: its display text, the explanation of the decoding and the .NET value.</summary>
internal readonly record struct DecodedScalar(string Text, string Explanation, object? Value);

namespace GrpcTutorial.Wire;

/// <summary>What a <see cref="WireField"/> stands for.</summary>
/// <example>
/// <code>
/// var elements = WireInspector.Inspect(message).Fields
///     .SelectMany(f => f.Children)
///     .Where(f => f.Kind == WireFieldKind.PackedElement);
/// </code>
/// </example>
public enum WireFieldKind
{
    /// <summary>A field: a tag followed by its value.</summary>
    Field,

    /// <summary>One element inside a packed repeated field: a value without a tag of its own.</summary>
    PackedElement,

    /// <summary>The EGROUP tag that closes a group (the last child of a group field).</summary>
    GroupEnd,
}

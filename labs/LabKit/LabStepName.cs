using Xunit.Abstractions;

namespace GrpcTutorial.Labs;

/// <summary>
/// A step's name as the argument of a lab's xunit theory: test runners show it in full (a plain
/// string argument is cut at 50 characters), and <see cref="LabStepOrderer"/> runs the steps in order.
/// </summary>
public sealed class LabStepName : IXunitSerializable
{
    /// <summary>Initializes an empty name; xunit fills it in with <see cref="Deserialize"/>.</summary>
    public LabStepName()
    {
    }

    /// <summary>Initializes a step's name (<c>"1 · title"</c>).</summary>
    /// <param name="name">The name, as a lab's <c>StepNames</c> lists it.</param>
    public LabStepName(string name) => Name = name;

    /// <summary>Gets the step's name (<c>"1 · title"</c>).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the step's number, the number the name starts with (<see cref="int.MaxValue"/> if none).</summary>
    public int Number
    {
        get
        {
            var end = Name.IndexOf(' ', StringComparison.Ordinal);
            return end > 0 && int.TryParse(Name.AsSpan(0, end), out var number) ? number : int.MaxValue;
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Name = info.GetValue<string>(nameof(Name));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Name), Name);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

using Xunit.Abstractions;

namespace Lab12;

/// <summary>A step's name as a test argument: test runners show it in full (a plain string argument is cut at 50 characters).</summary>
public sealed class LabStepName : IXunitSerializable
{
    public LabStepName()
    {
    }

    public LabStepName(string name) => Name = name;

    public string Name { get; private set; } = string.Empty;

    public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);

    public override string ToString() => Name;
}

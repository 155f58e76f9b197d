using NotebookRunner.Execution;

namespace NotebookRunner.Scripting;

/// <summary>A value shown with <see cref="Kernel.display"/>; it can be replaced in place.</summary>
public sealed class DisplayedValue
{
    private readonly OutputRecorder? _recorder;
    private readonly int _id;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(OutputRecorder? recorder, int id, string[] mimeTypes)
    {
        _recorder = recorder;
        _id = id;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the displayed value with <paramref name="updatedValue"/>.</summary>
    /// <param name="updatedValue">The new value.</param>
    public void Update(object? updatedValue) =>
        _recorder?.UpdateDisplay(_id, ValueFormatter.Format(updatedValue, _mimeTypes));
}

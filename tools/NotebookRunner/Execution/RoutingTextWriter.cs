using System.Text;

namespace NotebookRunner.Execution;

/// <summary>A console writer that appends to the current cell's <c>stdout</c> or <c>stderr</c> stream.</summary>
internal sealed class RoutingTextWriter(string streamName) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value) => OutputRouter.Current?.WriteStream(streamName, value.ToString());

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is not null)
        {
            OutputRouter.Current?.WriteStream(streamName, value);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) =>
        OutputRouter.Current?.WriteStream(streamName, new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write(value + NewLine);
}

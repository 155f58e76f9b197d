namespace GrpcTutorial.Wire;

/// <summary>
/// Thrown when bytes are not valid protobuf: the message names the byte offset where decoding failed.
/// </summary>
/// <example>
/// <code>
/// try
/// {
///     WireInspector.InspectHex("0A 05 41");   // a length of 5, but only 1 byte follows
/// }
/// catch (WireFormatException error)
/// {
///     Console.WriteLine($"offset {error.Offset}: {error.Message}");
/// }
/// </code>
/// </example>
public sealed class WireFormatException : Exception
{
    /// <summary>Creates the exception without details.</summary>
    public WireFormatException()
        : this("The bytes are not valid protobuf.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, including the byte offset.</param>
    public WireFormatException(string message)
        : base(message)
    {
        Offset = -1;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong, including the byte offset.</param>
    /// <param name="innerException">The cause.</param>
    public WireFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Offset = -1;
    }

    /// <summary>Creates the exception for a problem at a byte offset.</summary>
    /// <param name="offset">The offset, from the start of the whole buffer, where the problem is.</param>
    /// <param name="message">What is wrong; it should mention the offset.</param>
    public WireFormatException(int offset, string message)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>The offset of the offending byte from the start of the whole buffer, or -1 if unknown.</summary>
    public int Offset { get; }
}

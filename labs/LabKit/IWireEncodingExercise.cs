using Google.Protobuf;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab on the wire format (lesson 3): encoding protobuf by hand.</summary>
public interface IWireEncodingExercise
{
    /// <summary>Encodes <paramref name="value"/> as a base-128 varint.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The varint's bytes (150 gives <c>96 01</c>).</returns>
    byte[] EncodeVarint(ulong value);

    /// <summary>Encodes the tag of a field: <c>(fieldNumber &lt;&lt; 3) | wireType</c>, as a varint.</summary>
    /// <param name="fieldNumber">The field number (1 to 536,870,911).</param>
    /// <param name="wireType">The wire type.</param>
    /// <returns>The tag's bytes.</returns>
    byte[] EncodeTag(int fieldNumber, WireFormat.WireType wireType);

    /// <summary>Maps a signed value to the unsigned value that <c>sint32</c> writes (ZigZag).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The ZigZag-encoded value (-1 gives 1, 1 gives 2).</returns>
    uint ZigZag(int value);

    /// <summary>Encodes a <see cref="User"/> by hand, without calling Google.Protobuf's serializer.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The same bytes as <c>user.ToByteArray()</c>.</returns>
    byte[] EncodeUser(User user);
}

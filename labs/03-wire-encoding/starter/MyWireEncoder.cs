using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;

namespace Lab03;

/// <summary>
/// Encode protobuf by hand, byte by byte. Do not call Google.Protobuf's serializer
/// (ToByteArray, CodedOutputStream): the checks compare your bytes with its bytes.
/// </summary>
public sealed class MyWireEncoder : IWireEncodingExercise
{
    // Step 1: 150 is 96 01; 1 is 01; 0 is 00.
    public byte[] EncodeVarint(ulong value) => throw new NotImplementedException();

    // Step 2: (fieldNumber << 3) | wire type, written as a varint.
    public byte[] EncodeTag(int fieldNumber, WireFormat.WireType wireType) => throw new NotImplementedException();

    // Step 3: -1 is 1, 1 is 2, -2 is 3.
    public uint ZigZag(int value) => throw new NotImplementedException();

    // Step 4: id (1, int32), name (2, string), email (3, string), age (4, int32); defaults are not written.
    public byte[] EncodeUser(User user) => throw new NotImplementedException();
}

using System.Text;
using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;

namespace Lab03;

/// <summary>Reference solution: protobuf encoded by hand.</summary>
public sealed class MyWireEncoder : IWireEncodingExercise
{
    public byte[] EncodeVarint(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }

    public byte[] EncodeTag(int fieldNumber, WireFormat.WireType wireType) =>
        EncodeVarint((uint)((fieldNumber << 3) | (int)wireType));

    public uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    public byte[] EncodeUser(User user)
    {
        var bytes = new List<byte>();
        AddInt32(bytes, 1, user.Id);
        AddString(bytes, 2, user.Name);
        AddString(bytes, 3, user.Email);
        AddInt32(bytes, 4, user.Age);
        return [.. bytes];
    }

    private void AddInt32(List<byte> bytes, int fieldNumber, int value)
    {
        if (value != 0)
        {
            bytes.AddRange(EncodeTag(fieldNumber, WireFormat.WireType.Varint));
            bytes.AddRange(EncodeVarint((ulong)(long)value));
        }
    }

    private void AddString(List<byte> bytes, int fieldNumber, string value)
    {
        if (value.Length != 0)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            bytes.AddRange(EncodeTag(fieldNumber, WireFormat.WireType.LengthDelimited));
            bytes.AddRange(EncodeVarint((ulong)utf8.Length));
            bytes.AddRange(utf8);
        }
    }
}

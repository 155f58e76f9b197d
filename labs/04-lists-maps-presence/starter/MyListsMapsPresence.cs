using Google.Protobuf;
using GrpcTutorial.Labs;
using GrpcTutorial.Lessons.Syntax;
using GrpcTutorial.Lessons.Wire;
using GrpcTutorial.Wire;

namespace Lab04;

/// <summary>
/// Encode lists, maps and optional fields by hand, then predict a merge. Do not call Google.Protobuf's
/// serializer, parser or MergeFrom (ToByteArray, CodedOutputStream, ParseFrom): the checks compare your
/// results with theirs. Use Varint.Encode and ZigZag.Encode32 (lab 03 has you write them) and Tag below.
/// Varint.Encode takes a ulong: pass an int32 as (ulong)(long)value, so that a negative one is
/// sign-extended to 64 bits (10 bytes), as protobuf writes it.
/// </summary>
public sealed class MyListsMapsPresence : IListsMapsPresenceExercise
{
    // Step 1: one tag (wire type LEN), the body's length in bytes, then every value as a varint.
    public byte[] EncodePackedInt32(int fieldNumber, IReadOnlyList<int> values) => throw new NotImplementedException();

    // Step 2: the same record, but every value goes through ZigZag before its varint.
    public byte[] EncodePackedSInt32(int fieldNumber, IReadOnlyList<int> values) => throw new NotImplementedException();

    // Step 3: map<string, int32> stock = 1 is one field-1 record per entry, each a small message { key = 1; value = 2; }.
    public byte[] EncodeInventory(Inventory inventory) => throw new NotImplementedException();

    // Step 4: implicit_count (1), explicit_count (2, optional), implicit_name (3), explicit_name (4, optional).
    public byte[] EncodePresence(Presence message) => throw new NotImplementedException();

    // Step 5: the Account that parsing first's bytes followed by second's bytes gives, built by hand.
    public Account PredictConcatenation(Account first, Account second) => throw new NotImplementedException();

    // The tag of a field: (fieldNumber << 3) | wire type, as a varint.
    private static byte[] Tag(int fieldNumber, WireFormat.WireType wireType) => Varint.Encode((uint)((fieldNumber << 3) | (int)wireType));
}

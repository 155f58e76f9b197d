using Google.Protobuf;
using GrpcTutorial.Labs;
using V1 = GrpcTutorial.Lessons.Evolution.V1;
using V2 = GrpcTutorial.Lessons.Evolution.V2;

namespace Lab05;

/// <summary>Reference solution.</summary>
public sealed class MyEvolution : ISchemaEvolutionExercise
{
    public bool IsWireCompatible(SchemaChange change) => change switch
    {
        // Old readers skip the unknown number and keep its bytes.
        SchemaChange.AddFieldWithNewNumber => true,

        // Names never travel in the binary format (JSON is another story).
        SchemaChange.RenameField => true,

        // Reserving stops anyone from reusing the number for something else.
        SchemaChange.DeleteFieldAndReserveNumber => true,

        // The number is the field's identity on the wire: old readers see another field.
        SchemaChange.RenumberField => false,

        // Both are VARINT; values that fit in 32 bits read the same.
        SchemaChange.Int32ToInt64 => true,

        // Same wire type, other encoding: ZigZag turns 1 into 2 and -1 into 1.
        SchemaChange.Int32ToSint32 => false,

        // Both are LEN with the same bytes (valid UTF-8 stays valid).
        SchemaChange.StringToBytes => true,

        // VARINT vs LEN: the reader gets a field of the wrong wire type.
        SchemaChange.Int32ToString => false,

        // Old readers keep the unknown number (proto3 enums are open).
        SchemaChange.AddEnumValue => true,

        // Old bytes of the deleted field are read as the new field.
        SchemaChange.ReuseDeletedNumber => false,
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    public byte[] BirthdayInV1(byte[] v2Bytes)
    {
        // Change the parsed object itself: it carries the fields v1 does not know (email, tags)
        // as unknown fields and writes them back out.
        var profile = V1.Profile.Parser.ParseFrom(v2Bytes);
        profile.Age++;
        return profile.ToByteArray();
    }

    // Every tag is its own field-8 record; a singular field keeps the last one it reads.
    public string PredictV3Tags(V2.Profile profile) => profile.Tags.Count == 0 ? string.Empty : profile.Tags[^1];
}

using Google.Protobuf;
using GrpcTutorial.Labs;
using V1 = GrpcTutorial.Lessons.Evolution.V1;
using V2 = GrpcTutorial.Lessons.Evolution.V2;

namespace Lab05;

/// <summary>
/// Reason about a schema that changes while old programs keep running. The two versions of
/// Profile are in protos/lessons/evolution (profile_v1.proto and profile_v2.proto).
/// </summary>
public sealed class MyEvolution : ISchemaEvolutionExercise
{
    // Step 1: true when old and new programs still read each other's bytes correctly.
    public bool IsWireCompatible(SchemaChange change) => change switch
    {
        SchemaChange.AddFieldWithNewNumber => false,
        SchemaChange.RenameField => false,
        SchemaChange.DeleteFieldAndReserveNumber => false,
        SchemaChange.RenumberField => false,
        SchemaChange.Int32ToInt64 => false,
        SchemaChange.Int32ToSint32 => false,
        SchemaChange.StringToBytes => false,
        SchemaChange.Int32ToString => false,
        SchemaChange.AddEnumValue => false,
        SchemaChange.ReuseDeletedNumber => false,
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    // Step 2: an old (v1) program adds one to the age; the v2 fields it does not know must survive.
    public byte[] BirthdayInV1(byte[] v2Bytes)
    {
        var old = V1.Profile.Parser.ParseFrom(v2Bytes);
        return new V1.Profile { Id = old.Id, Name = old.Name, Age = old.Age, Tier = old.Tier, Score = old.Score }.ToByteArray();
    }

    // Step 3: what does a reader with a single "string tags = 8" see in these bytes?
    public string PredictV3Tags(V2.Profile profile) => throw new NotImplementedException();
}

using V2 = GrpcTutorial.Lessons.Evolution.V2;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab on schema evolution (lesson 5).</summary>
public interface ISchemaEvolutionExercise
{
    /// <summary>Whether bytes written before <paramref name="change"/> are still read correctly after it, and the other way round.</summary>
    /// <param name="change">The change.</param>
    /// <returns><see langword="true"/> when the change is safe on the binary wire.</returns>
    bool IsWireCompatible(SchemaChange change);

    /// <summary>
    /// An old service, built from <c>profile_v1.proto</c>, receives the bytes of a v2 profile, adds
    /// one to the age and sends the profile on. Returns the bytes it sends.
    /// </summary>
    /// <param name="v2Bytes">The bytes a v2 program wrote.</param>
    /// <returns>The bytes the v1 program writes after its change.</returns>
    byte[] BirthdayInV1(byte[] v2Bytes);

    /// <summary>
    /// Predicts what a "v3" reader, whose field 8 is a single <c>string tags</c> instead of
    /// <c>repeated string tags</c>, reads from the bytes of <paramref name="profile"/>.
    /// </summary>
    /// <param name="profile">A v2 profile.</param>
    /// <returns>The value the v3 reader sees in its <c>tags</c> field.</returns>
    string PredictV3Tags(V2.Profile profile);
}

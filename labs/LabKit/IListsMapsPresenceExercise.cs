using GrpcTutorial.Lessons.Syntax;
using GrpcTutorial.Lessons.Wire;

namespace GrpcTutorial.Labs;

/// <summary>
/// The exercise of the lab on lists, maps, presence and merging (lesson 4): encoding those fields by
/// hand and predicting what a parser makes of two messages written one after the other.
/// </summary>
public interface IListsMapsPresenceExercise
{
    /// <summary>Encodes a packed <c>repeated int32</c> field by hand.</summary>
    /// <param name="fieldNumber">The field number.</param>
    /// <param name="values">The values; an empty list writes nothing.</param>
    /// <returns>The field's bytes: one tag, the length, then every value as a varint.</returns>
    byte[] EncodePackedInt32(int fieldNumber, IReadOnlyList<int> values);

    /// <summary>Encodes a packed <c>repeated sint32</c> field by hand.</summary>
    /// <param name="fieldNumber">The field number.</param>
    /// <param name="values">The values; an empty list writes nothing.</param>
    /// <returns>The field's bytes: one tag, the length, then every value ZigZag-encoded as a varint.</returns>
    byte[] EncodePackedSInt32(int fieldNumber, IReadOnlyList<int> values);

    /// <summary>Encodes an <see cref="Inventory"/> (<c>map&lt;string, int32&gt; stock = 1</c>) by hand.</summary>
    /// <param name="inventory">The inventory; its entries are written in the order <c>inventory.Stock</c> enumerates them.</param>
    /// <returns>The same bytes as <c>inventory.ToByteArray()</c>.</returns>
    byte[] EncodeInventory(Inventory inventory);

    /// <summary>Encodes a <see cref="Presence"/> (two plain fields, two <c>optional</c> ones) by hand.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The same bytes as <c>message.ToByteArray()</c>.</returns>
    byte[] EncodePresence(Presence message);

    /// <summary>
    /// Predicts, without parsing or merging with Google.Protobuf, the <see cref="Account"/> a parser
    /// reads from the bytes of <paramref name="first"/> followed by the bytes of <paramref name="second"/>.
    /// </summary>
    /// <param name="first">The message written first (set fields: id, owner, plan, tags, labels, billing_address, discount_percent).</param>
    /// <param name="second">The message written after it (the same fields).</param>
    /// <returns>The account parsed from the two encodings concatenated.</returns>
    Account PredictConcatenation(Account first, Account second);
}

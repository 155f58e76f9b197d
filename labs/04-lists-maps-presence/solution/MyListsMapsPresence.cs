using System.Text;
using Google.Protobuf;
using GrpcTutorial.Labs;
using GrpcTutorial.Lessons.Syntax;
using GrpcTutorial.Lessons.Wire;
using GrpcTutorial.Wire;

namespace Lab04;

/// <summary>Reference solution: lists, maps and optional fields encoded by hand, and a merge predicted by hand.</summary>
public sealed class MyListsMapsPresence : IListsMapsPresenceExercise
{
    // A negative int32 is sign-extended to 64 bits: ten bytes each, even inside a packed list.
    public byte[] EncodePackedInt32(int fieldNumber, IReadOnlyList<int> values) =>
        Packed(fieldNumber, values.Select(value => (ulong)(long)value));

    public byte[] EncodePackedSInt32(int fieldNumber, IReadOnlyList<int> values) =>
        Packed(fieldNumber, values.Select(value => (ulong)ZigZag.Encode32(value)));

    public byte[] EncodeInventory(Inventory inventory)
    {
        var bytes = new List<byte>();
        foreach (var (key, value) in inventory.Stock)
        {
            // Each entry is a message of its own, { string key = 1; int32 value = 2; }, written as field 1.
            // Like any proto3 message, it leaves out a field that holds its default.
            var entry = new List<byte>();
            if (key.Length != 0)
            {
                entry.AddRange(LengthDelimited(1, Encoding.UTF8.GetBytes(key)));
            }

            if (value != 0)
            {
                entry.AddRange([.. Tag(2, WireFormat.WireType.Varint), .. Varint.Encode((ulong)(long)value)]);
            }

            bytes.AddRange(LengthDelimited(1, [.. entry]));
        }

        return [.. bytes];
    }

    public byte[] EncodePresence(Presence message)
    {
        var bytes = new List<byte>();
        if (message.ImplicitCount != 0)
        {
            bytes.AddRange([.. Tag(1, WireFormat.WireType.Varint), .. Varint.Encode((ulong)(long)message.ImplicitCount)]);
        }

        // optional: written once set, even to 0.
        if (message.HasExplicitCount)
        {
            bytes.AddRange([.. Tag(2, WireFormat.WireType.Varint), .. Varint.Encode((ulong)(long)message.ExplicitCount)]);
        }

        if (message.ImplicitName.Length != 0)
        {
            bytes.AddRange(LengthDelimited(3, Encoding.UTF8.GetBytes(message.ImplicitName)));
        }

        // optional: written once set, even to "".
        if (message.HasExplicitName)
        {
            bytes.AddRange(LengthDelimited(4, Encoding.UTF8.GetBytes(message.ExplicitName)));
        }

        return [.. bytes];
    }

    public Account PredictConcatenation(Account first, Account second)
    {
        var merged = first.Clone();

        // A plain scalar that second holds at its default wrote no bytes: first's value stays.
        if (second.Id != 0)
        {
            merged.Id = second.Id;
        }

        if (second.Owner.Length != 0)
        {
            merged.Owner = second.Owner;
        }

        if (second.Plan != Plan.Unspecified)
        {
            merged.Plan = second.Plan;
        }

        // An optional field that second set was written, even as 0: it wins.
        if (second.HasDiscountPercent)
        {
            merged.DiscountPercent = second.DiscountPercent;
        }

        // Repeated fields append; map entries are set one by one, the later one winning.
        merged.Tags.Add(second.Tags);
        foreach (var (key, value) in second.Labels)
        {
            merged.Labels[key] = value;
        }

        // A message field that second set (even empty) was written, and merges field by field.
        if (second.BillingAddress is { } address)
        {
            var target = merged.BillingAddress ??= new Account.Types.Address();
            if (address.Street.Length != 0)
            {
                target.Street = address.Street;
            }

            if (address.City.Length != 0)
            {
                target.City = address.City;
            }

            if (address.CountryCode.Length != 0)
            {
                target.CountryCode = address.CountryCode;
            }
        }

        return merged;
    }

    private static byte[] Packed(int fieldNumber, IEnumerable<ulong> values)
    {
        var body = values.SelectMany(Varint.Encode).ToArray();
        return body.Length == 0 ? [] : LengthDelimited(fieldNumber, body);
    }

    private static byte[] LengthDelimited(int fieldNumber, byte[] body) =>
        [.. Tag(fieldNumber, WireFormat.WireType.LengthDelimited), .. Varint.Encode((ulong)body.Length), .. body];

    private static byte[] Tag(int fieldNumber, WireFormat.WireType wireType) => Varint.Encode((uint)((fieldNumber << 3) | (int)wireType));
}

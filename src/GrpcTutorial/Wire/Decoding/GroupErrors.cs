namespace GrpcTutorial.Wire.Decoding;

/// <summary>The errors about groups (wire types SGROUP and EGROUP) and nesting, worded once.</summary>
internal static class GroupErrors
{
    /// <summary>Throws unless an EGROUP tag closes the group that is open.</summary>
    public static void CheckEnd(WireTag endTag, WireTag? openGroup)
    {
        if (openGroup is not { } group)
        {
            throw new WireFormatException(
                endTag.Offset,
                $"Unmatched group end at offset {endTag.Offset}: an EGROUP tag for field {endTag.FieldNumber} but no group is open.");
        }

        if (group.FieldNumber != endTag.FieldNumber)
        {
            throw new WireFormatException(
                endTag.Offset,
                $"Mismatched group end at offset {endTag.Offset}: EGROUP for field {endTag.FieldNumber}, but the group opened at offset {group.Offset} is field {group.FieldNumber}.");
        }
    }

    /// <summary>The error for a group whose EGROUP tag never comes.</summary>
    public static WireFormatException Unterminated(WireTag group) => new(
        group.Offset,
        $"Unterminated group at offset {group.Offset}: the buffer ends before the EGROUP tag of field {group.FieldNumber}.");

    /// <summary>The error for a group or message nested deeper than the limit.</summary>
    public static WireFormatException TooDeep(WireTag tag, int limit) => new(
        tag.Offset,
        $"Nesting too deep at offset {tag.Offset}: field {tag.FieldNumber} would open level {limit + 1}, beyond the limit of {limit} nested messages and groups.");
}

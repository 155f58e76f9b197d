namespace GrpcTutorial.Labs;

/// <summary>Changes one might make to a message that is already in use (lesson 5).</summary>
public enum SchemaChange
{
    /// <summary>Add a new field with a number never used before.</summary>
    AddFieldWithNewNumber,

    /// <summary>Rename a field, keeping its number and type.</summary>
    RenameField,

    /// <summary>Delete a field and reserve its number and name.</summary>
    DeleteFieldAndReserveNumber,

    /// <summary>Give an existing field another number.</summary>
    RenumberField,

    /// <summary>Change an <c>int32</c> field to <c>int64</c>.</summary>
    Int32ToInt64,

    /// <summary>Change an <c>int32</c> field to <c>sint32</c>.</summary>
    Int32ToSint32,

    /// <summary>Change a <c>string</c> field to <c>bytes</c> (holding UTF-8).</summary>
    StringToBytes,

    /// <summary>Change an <c>int32</c> field to <c>string</c>.</summary>
    Int32ToString,

    /// <summary>Add a value to an enum.</summary>
    AddEnumValue,

    /// <summary>Reuse the number of a deleted field for a new field of another type.</summary>
    ReuseDeletedNumber,
}

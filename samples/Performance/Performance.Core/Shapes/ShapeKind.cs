namespace Performance.Core.Shapes;

/// <summary>The message shapes that the serialization benchmark compares.</summary>
public enum ShapeKind
{
    /// <summary>The course's <c>User</c>: four small fields.</summary>
    TinyUser,

    /// <summary>A user with a nested address and repeated phones, tags and scores.</summary>
    RichUser,

    /// <summary>A list of 1,000 users.</summary>
    UserList1000,

    /// <summary>A message carrying 64 KB of bytes.</summary>
    Blob64K,
}

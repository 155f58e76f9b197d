namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.PhoneKind</c>; written as a string, as REST APIs usually do.</summary>
public enum PhoneKindDto
{
    /// <summary>Not set.</summary>
    Unspecified,

    /// <summary>A mobile phone.</summary>
    Mobile,

    /// <summary>A home phone.</summary>
    Home,

    /// <summary>A work phone.</summary>
    Work,
}

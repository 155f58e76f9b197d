namespace GrpcTutorial.Labs;

/// <summary>The three users of lab 01's prediction, each a different mix of numbers and text.</summary>
public enum UserShape
{
    /// <summary>Only numbers: id 12345 and age 30; the name and the email are empty.</summary>
    NumbersOnly,

    /// <summary>The lesson's user: id 12345, "John Doe", "john@example.com", age 30.</summary>
    Typical,

    /// <summary>Mostly text: id 12345 and age 30, a 200-character name and a 200-character email.</summary>
    LongText,
}

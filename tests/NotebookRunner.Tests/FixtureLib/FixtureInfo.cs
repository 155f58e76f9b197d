namespace FixtureLib;

/// <summary>A plain type of the fixture library, to check that a #r'd dll is usable from a cell.</summary>
public static class FixtureInfo
{
    /// <summary>A greeting.</summary>
    public static string Greeting => "hello from FixtureLib";
}

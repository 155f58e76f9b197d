namespace UserService.Server.Storage;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Database";

    /// <summary>
    /// The SQLite database file. A relative path is relative to the content root (the project
    /// folder under <c>dotnet run</c>). Set it with <c>Database__Path</c> or <c>--Database:Path=</c>.
    /// </summary>
    public string Path { get; set; } = "users.db";
}

namespace UserService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The end-to-end test classes share one server and run one after the other (they share its database).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<ServerFixture>
{
    /// <summary>The collection's name, for <c>[Collection(EndToEndCollection.Name)]</c>.</summary>
    public const string Name = "End to end";
}

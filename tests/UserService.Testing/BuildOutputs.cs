using System.Reflection;

namespace UserService.Testing;

/// <summary>
/// The paths of the programs under test, written into this assembly at build time by the project file
/// (AssemblyMetadata attributes), so they always match the configuration that was built.
/// </summary>
public static class BuildOutputs
{
    /// <summary>Gets the path of UserService.Server.dll.</summary>
    public static string ServerDll => GetExistingPath("ServerDll");

    /// <summary>Gets the path of UserService.Client.dll.</summary>
    public static string ClientDll => GetExistingPath("ClientDll");

    /// <summary>Gets the folder of the client's example input files.</summary>
    public static string ClientExamples => GetExistingPath("ClientExamples");

    /// <summary>Gets the folder that holds user_service.proto.</summary>
    public static string ProtoDirectory => GetExistingPath("ProtoDirectory");

    private static string GetExistingPath(string key)
    {
        var path = typeof(BuildOutputs).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key)
            .Value ?? "";
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InvalidOperationException($"{key}: '{path}' does not exist. Build the solution (or this test project) first.");
        }

        return path;
    }
}

using System.Reflection;
using System.Runtime.Loader;

namespace GrpcTutorial.Production;

/// <summary>
/// A load context that loads the library and its package dependencies from one folder, one copy of
/// each whatever version is asked for, and leaves the shared frameworks (.NET, ASP.NET Core) to the
/// default context.
/// </summary>
/// <param name="folder">The folder that holds the library and its dependencies.</param>
internal sealed class LibraryLoadContext(string folder) : AssemblyLoadContext(nameof(LibraryLoadContext), isCollectible: false)
{
    private static readonly string[] s_frameworkFolders =
    [
        Path.GetDirectoryName(typeof(object).Assembly.Location)!,
        Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!,
    ];

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var fileName = assemblyName.Name + ".dll";
        if (s_frameworkFolders.Any(framework => File.Exists(Path.Combine(framework, fileName))))
        {
            return null;
        }

        var path = Path.Combine(folder, fileName);
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}

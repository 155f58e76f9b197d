using System.Runtime.Loader;

namespace NotebookRunner.Execution;

/// <summary>
/// Lets the runner's process load ASP.NET Core framework assemblies when a notebook's code needs them,
/// as the kernel process (which runs on the ASP.NET Core shared framework) can. The runner itself is a
/// plain console app and does not reference ASP.NET Core.
/// </summary>
internal static class FrameworkAssemblyLoader
{
    private static int s_installed;

    /// <summary>Installs the resolving handler once per process.</summary>
    public static void Install(SharedFrameworks frameworks)
    {
        if (Interlocked.Exchange(ref s_installed, 1) != 0)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simpleName && frameworks.FindAspNetCore(simpleName) is { } path
                ? context.LoadFromAssemblyPath(path)
                : null;
    }
}

using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace NotebookRunner.Execution;

/// <summary>
/// One notebook's C# session, built as the .NET Interactive C# kernel is: Roslyn scripting with
/// <c>CSharpScript.RunAsync</c> and then <c>ContinueWithAsync</c> per cell, the latest language version,
/// the kernel's default imports and references, and its helpers imported statically.
/// </summary>
internal sealed class CSharpScriptKernel
{
    /// <summary>The kernel's default imports, exactly.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    // The kernel submits the same usings before the first cell (UseDefaultFormatting, UseKernelHelpers).
    private const string Prelude =
        "using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;\n"
        + "using Microsoft.DotNet.Interactive.Formatting;\n"
        + "using static NotebookRunner.Scripting.Kernel;\n";

    private static readonly MethodInfo? s_hasReturnValue =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly string _directory;
    private readonly PackageSession _packages;
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>Creates a session for a notebook in <paramref name="directory"/>.</summary>
    public CSharpScriptKernel(string directory, NuGetRestorer restorer)
    {
        _directory = directory;
        _packages = new PackageSession(restorer);
        var frameworks = SharedFrameworks.Current;
        _options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(DefaultImports)
            .WithMetadataResolver(new NotebookMetadataResolver(directory, frameworks))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(directory))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .AddReferences(
                typeof(Enumerable).Assembly,
                typeof(IEnumerable<>).Assembly,
                typeof(Task<>).Assembly,
                typeof(Scripting.Kernel).Assembly,
                typeof(PocketView).Assembly);
    }

    /// <summary>Runs the kernel's prelude, so that the first cell starts with what the kernel provides.</summary>
    public async Task StartAsync(CancellationToken cancellationToken) =>
        _state = await CSharpScript.RunAsync(Prelude, _options, cancellationToken: cancellationToken);

    /// <summary>
    /// Runs one cell's submission, recording its outputs into <paramref name="recorder"/>. Returns
    /// whether it succeeded; failures are recorded as error outputs, never thrown.
    /// </summary>
    public async Task<bool> ExecuteAsync(Submission submission, OutputRecorder recorder, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var source in submission.RestoreSources)
            {
                _packages.AddSource(source);
            }

            if (submission.Packages.Count > 0)
            {
                var assemblies = await _packages.AddPackagesAsync(submission.Packages, cancellationToken);
                _options = _options.AddReferences(assemblies.Select(NotebookMetadataResolver.CreateReference));
            }
        }
        catch (PackageRestoreException e)
        {
            recorder.AddError(e.Message);
            return false;
        }

        if (string.IsNullOrWhiteSpace(submission.Code))
        {
            return true;
        }

        ScriptState<object> state;
        try
        {
            state = _state is null
                ? await CSharpScript.RunAsync(submission.Code, _options, cancellationToken: cancellationToken)
                : await _state.ContinueWithAsync(submission.Code, _options, catchException: _ => true, cancellationToken);
        }
        catch (CompilationErrorException e)
        {
            recorder.AddError(ErrorMessages.Compilation(e, _directory));
            return false;
        }

        _state = state;
        if (state.Exception is { } exception)
        {
            recorder.AddError(ErrorMessages.Exception(exception));
            return false;
        }

        if (HasReturnValue(state.Script))
        {
            recorder.AddReturnValue(ValueFormatter.Format(state.ReturnValue));
        }

        return true;
    }

    // The kernel asks Roslyn's internal Script.HasReturnValue(): a trailing expression without a
    // semicolon has a value, even null; a statement or a void call does not.
    private static bool HasReturnValue(Script script) =>
        s_hasReturnValue is not null
            ? (bool)s_hasReturnValue.Invoke(script, null)!
            : throw new InvalidOperationException("Roslyn's Script.HasReturnValue was not found.");
}

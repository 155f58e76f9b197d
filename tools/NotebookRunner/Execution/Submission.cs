namespace NotebookRunner.Execution;

/// <summary>
/// A cell's code split into what the kernel handles itself (<c>#r "nuget:..."</c>, <c>#i</c>) and the C#
/// that Roslyn compiles (which keeps <c>#r "path"</c> and <c>#load</c>). Directive lines the kernel handles
/// are blanked, so Roslyn's line numbers still match the cell.
/// </summary>
/// <param name="Code">The code for Roslyn.</param>
/// <param name="Packages">The packages to restore before compiling, in order.</param>
/// <param name="RestoreSources">The package sources added by <c>#i</c>, in order.</param>
internal sealed record Submission(string Code, IReadOnlyList<PackageRequest> Packages, IReadOnlyList<string> RestoreSources);

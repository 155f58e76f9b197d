namespace GrpcTutorial.Labs;

/// <summary>
/// Saves a lab's report beside the test assembly (<c>lab-report.txt</c>), where the progress
/// command (<c>labs.sh</c>) reads every lab's passing and failing steps after a test run.
/// </summary>
public static class LabReportFile
{
    /// <summary>The file name, in the test assembly's folder.</summary>
    public const string FileName = "lab-report.txt";

    /// <summary>Awaits the report, writes it as text to <see cref="FileName"/> in <see cref="AppContext.BaseDirectory"/>, and returns it.</summary>
    /// <param name="report">The running checks.</param>
    /// <returns>The report.</returns>
    public static async Task<LabReport> SaveAsync(Task<LabReport> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = await report.ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, FileName), result.ToString()).ConfigureAwait(false);
        return result;
    }
}

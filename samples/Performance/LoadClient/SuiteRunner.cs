using Performance.Core.Results;
using Performance.Core.Shapes;
using Performance.LoadClient.Measurements;
using Performance.LoadClient.Report;

namespace Performance.LoadClient;

/// <summary>The transport part of the suite, from correctness checks to the results files.</summary>
public static class SuiteRunner
{
    /// <summary>Runs it.</summary>
    /// <param name="options">What to run.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every check passed and every run was verified, 1 otherwise (results are written either way).</returns>
    public static async Task<int> RunAsync(SuiteOptions options, CancellationToken cancellationToken)
    {
        static void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

        using var server = await ServerConnection.ConnectAsync(options.BaseAddress, TimeSpan.FromSeconds(60), cancellationToken);
        Log($"Server {options.BaseAddress} is up (pid {server.ProcessId}).");

        var bodies = new RequestBodies(options.WorkDirectory);
        bodies.WriteAll();
        var checks = await Preflight.RunAsync(server, bodies, cancellationToken);
        foreach (var check in checks)
        {
            Log($"{(check.Passed ? "PASS" : "FAIL")} {check.Name}: {check.Detail}");
        }

        if (checks.Any(c => !c.Passed))
        {
            Log("A correctness check failed; not measuring.");
            return 1;
        }

        var unary = options.Parts.Contains("unary")
            ? await new UnaryBenchmark(options, server, bodies, Log).RunAsync(cancellationToken)
            : [];
        var streaming = options.Parts.Contains("streaming")
            ? await new StreamingBenchmark(options, server, Log).RunAsync(cancellationToken)
            : null;
        var serialization = ResultsWriter.ReadSerialization(options.SerializationFile);

        var results = new SuiteResults(
            await MachineInfoReader.ReadAsync(options.StartLoadAverage, options.GitCommit),
            new RunSettings(options.DurationSeconds, UnaryBenchmark.Rounds, options.WarmupSeconds, 1, options.Repetitions, options.Setup),
            checks,
            serialization,
            unary,
            streaming,
            Verdicts.Targets(unary, streaming),
            Verdicts.Claims(unary, streaming, serialization, ShapeSamples.Sizes()),
            options.SuiteStartUnixSeconds > 0 ? DateTimeOffset.UtcNow.ToUnixTimeSeconds() - options.SuiteStartUnixSeconds : 0);
        var (json, markdown) = ResultsWriter.Write(results, options.OutputDirectory);
        Log($"Wrote {json} and {markdown}.");
        foreach (var target in results.Targets)
        {
            Log($"Target {(target.Met ? "MET" : "NOT MET")}: {target.Name}: {target.Measured:0.00}x ({target.Detail})");
        }

        return unary.All(r => r.StatusVerified) ? 0 : 1;
    }

    /// <summary>
    /// Judges committed results again with the current <see cref="Verdicts"/> (for example after a claim's
    /// wording or rule changed) and rewrites results.json and results.md. The measurements are kept as they are.
    /// </summary>
    /// <param name="resultsFile">An existing results.json.</param>
    /// <param name="outputDirectory">Where to write both files.</param>
    /// <returns>0.</returns>
    public static int Rejudge(FileInfo resultsFile, DirectoryInfo outputDirectory)
    {
        var results = ResultsWriter.Read(resultsFile);
        results = results with
        {
            Targets = Verdicts.Targets(results.Unary, results.Streaming),
            Claims = Verdicts.Claims(results.Unary, results.Streaming, results.Serialization, ShapeSamples.Sizes()),
        };
        var (json, markdown) = ResultsWriter.Write(results, outputDirectory);
        Console.WriteLine($"Wrote {json} and {markdown}.");
        return 0;
    }
}

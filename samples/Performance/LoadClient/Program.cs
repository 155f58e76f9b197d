using System.CommandLine;
using Performance.LoadClient;

var port = new Option<int>("--port") { Description = "Transport server port on 127.0.0.1.", DefaultValueFactory = _ => 5199 };
var duration = new Option<int>("--duration") { Description = "Intended seconds per measured h2load round (request count = warm-up rate times this).", DefaultValueFactory = _ => 4 };
var warmup = new Option<int>("--warmup") { Description = "Warm-up seconds before each measured run.", DefaultValueFactory = _ => 2 };
var levels = new Option<string>("--levels") { Description = "Concurrency levels, CLIENTSxSTREAMS, comma-separated.", DefaultValueFactory = _ => "1x1,4x4,8x8" };
var repetitions = new Option<int>("--repetitions") { Description = "Measured streaming downloads per protocol.", DefaultValueFactory = _ => 5 };
var output = new Option<DirectoryInfo>("--out") { Description = "Where results.json and results.md go.", DefaultValueFactory = _ => new DirectoryInfo("results") };
var work = new Option<DirectoryInfo>("--work") { Description = "Scratch directory for body files and h2load logs.", DefaultValueFactory = _ => new DirectoryInfo("artifacts/work") };
var serialization = new Option<FileInfo?>("--serialization") { Description = "The serialization benchmark's JSON output, to merge in." };
var suiteStart = new Option<long>("--suite-start") { Description = "Unix time when the suite started, to report its runtime." };
var startLoad = new Option<string?>("--start-loadavg") { Description = "/proc/loadavg when the suite started." };
var gitCommit = new Option<string?>("--git-commit") { Description = "The checkout's commit." };
var parts = new Option<string>("--parts") { Description = "Which transport parts to run: unary, streaming or both, comma-separated.", DefaultValueFactory = _ => "unary,streaming" };
var rejudge = new Option<FileInfo?>("--rejudge") { Description = "Measure nothing: judge this results.json again with the current verdict rules and rewrite results.json and results.md in --out." };
var setup = new Option<string>("--setup") { Description = "Description of the set-up, copied into the results.", DefaultValueFactory = _ => "not described" };

var root = new RootCommand("Transport benchmark: gRPC vs REST/JSON on one server, driven by h2load; writes results.json and results.md.")
{
    port, duration, warmup, levels, repetitions, output, work, serialization, suiteStart, startLoad, gitCommit, parts, setup, rejudge,
};
root.SetAction((parse, cancellationToken) => parse.GetValue(rejudge) is { } resultsFile
    ? Task.FromResult(SuiteRunner.Rejudge(resultsFile, parse.GetValue(output)!))
    : SuiteRunner.RunAsync(
    new SuiteOptions(
        parse.GetValue(port),
        parse.GetValue(duration),
        parse.GetValue(warmup),
        [.. parse.GetValue(levels)!.Split(',').Select(ConcurrencyLevel.Parse)],
        parse.GetValue(repetitions),
        parse.GetValue(output)!,
        parse.GetValue(work)!,
        parse.GetValue(serialization),
        parse.GetValue(suiteStart),
        parse.GetValue(startLoad),
        parse.GetValue(gitCommit),
        parse.GetValue(parts)!.Split(',', StringSplitOptions.TrimEntries),
        parse.GetValue(setup)!),
    cancellationToken));
return await root.Parse(args).InvokeAsync();

using System.CommandLine;
using System.Text.Json;
using BenchmarkDotNet.Running;
using Performance.Core.Quick;
using Performance.Core.Results;
using Performance.Serialization;

var outOption = new Option<FileInfo>("--out")
{
    Description = "Where to write the results as JSON.",
    DefaultValueFactory = _ => new FileInfo("serialization.json"),
};
var quickOption = new Option<bool>("--quick")
{
    Description = "Skip BenchmarkDotNet and print the quick in-process comparison that lesson 13 runs live.",
};
var root = new RootCommand("Google.Protobuf vs System.Text.Json: size, serialize and parse time, allocations.")
{
    outOption,
    quickOption,
};
root.SetAction(parse =>
{
    if (parse.GetValue(quickOption))
    {
        Console.WriteLine(QuickComparison.Run());
        return 0;
    }

    var summary = BenchmarkRunner.Run<SerializationBenchmarks>(BenchmarkConfig.Create());
    var results = SummaryReader.Read(summary);
    var file = parse.GetValue(outOption)!;
    file.Directory?.Create();
    File.WriteAllText(file.FullName, JsonSerializer.Serialize(results, ResultsJsonContext.Default.SerializationResults));
    Console.WriteLine(ResultTables.Sizes(results.Sizes));
    Console.WriteLine($"Wrote {file.FullName}");
    return results.Measurements.Count == 16 ? 0 : 1;
});
return root.Parse(args).Invoke();

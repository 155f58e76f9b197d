namespace UserService.Client.Input;

/// <summary>One record of a CSV file: its fields and the line it starts on (1-based).</summary>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);

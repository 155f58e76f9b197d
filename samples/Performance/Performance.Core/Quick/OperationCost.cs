namespace Performance.Core.Quick;

/// <summary>The average cost of one operation, measured in process.</summary>
/// <param name="NanosecondsPerOperation">Wall time per operation in the fastest timed round, in nanoseconds.</param>
/// <param name="AllocatedBytesPerOperation">Mean bytes allocated on the managed heap per operation.</param>
public sealed record OperationCost(double NanosecondsPerOperation, double AllocatedBytesPerOperation);

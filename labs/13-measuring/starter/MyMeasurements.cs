using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab13;

/// <summary>
/// Measure what is the same on every machine: bytes, allocations, the statistics of samples and how many
/// calls are in flight. The checks never look at how fast your machine is.
/// </summary>
public sealed class MyMeasurements : IMeasuringExercise
{
    // Step 1: count, without serializing, both sizes of User { Id = 12345, Name and Email of textLength ASCII characters, Age = 30 }.
    public PayloadSizes PredictSizes(int textLength) => throw new NotImplementedException();

    // Step 2: the bytes are right, but ToByteArray() allocates a new array on every call: write into a buffer you keep.
    public ReadOnlySpan<byte> Serialize(User user) => user.ToByteArray();

    // Step 3: run the warm-up untimed, time each measured call with `clock`, then the median and p99 by nearest rank.
    public Task<LatencySummary> MeasureAsync(Func<Task> call, int warmupCalls, int measuredCalls, TimeProvider clock) =>
        throw new NotImplementedException();

    // Step 4: keep maxInFlight GetUser calls in flight on the client's channel (never more); return the users in the order of ids.
    public Task<IReadOnlyList<User>> GetUsersAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<int> ids, int maxInFlight) =>
        throw new NotImplementedException();
}

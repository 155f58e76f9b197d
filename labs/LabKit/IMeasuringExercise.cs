using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab on measuring performance (lesson 13): sizes, allocations, a latency harness and concurrent calls.</summary>
public interface IMeasuringExercise
{
    /// <summary>
    /// Predicts, without serializing, the sizes of <c>User { Id = 12345, Name = n characters, Email = n characters, Age = 30 }</c>
    /// (ASCII text) as protobuf and as the lesson's compact camelCase JSON, <c>{"id":12345,"name":"…","email":"…","age":30}</c>.
    /// </summary>
    /// <param name="textLength">The number of characters of the name, and of the email.</param>
    /// <returns>The predicted sizes in bytes.</returns>
    PayloadSizes PredictSizes(int textLength);

    /// <summary>
    /// Serializes <paramref name="user"/> as protobuf into a buffer this object keeps and reuses, so a call
    /// allocates nothing once the buffer is large enough.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns>Exactly the message's bytes (the same as <c>user.ToByteArray()</c>), valid until the next call.</returns>
    ReadOnlySpan<byte> Serialize(User user);

    /// <summary>
    /// Measures the latency of <paramref name="call"/>: runs it <paramref name="warmupCalls"/> times untimed, then
    /// <paramref name="measuredCalls"/> times one after another, each timed on its own with <paramref name="clock"/>.
    /// </summary>
    /// <param name="call">One call of the workload.</param>
    /// <param name="warmupCalls">How many calls to run first, without timing them.</param>
    /// <param name="measuredCalls">How many calls to time.</param>
    /// <param name="clock">The clock to time with (<c>GetTimestamp</c>, <c>GetElapsedTime</c>).</param>
    /// <returns>The number of samples, their median and their 99th percentile (nearest rank).</returns>
    Task<LatencySummary> MeasureAsync(Func<Task> call, int warmupCalls, int measuredCalls, TimeProvider clock);

    /// <summary>
    /// Fetches a user for every id with <c>GetUser</c>, keeping up to <paramref name="maxInFlight"/> calls in flight at
    /// once on the client's one channel (never more).
    /// </summary>
    /// <param name="client">A client over one channel.</param>
    /// <param name="ids">The ids, each fetched exactly once.</param>
    /// <param name="maxInFlight">How many calls may be in flight at once.</param>
    /// <returns>The users, in the order of <paramref name="ids"/>.</returns>
    Task<IReadOnlyList<User>> GetUsersAsync(UserServiceGrpc.UserServiceClient client, IReadOnlyList<int> ids, int maxInFlight);
}

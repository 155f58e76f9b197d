using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab01;

/// <summary>
/// A first gRPC call, and what protobuf saves compared with JSON. Outside the notebook you will
/// need using Grpc.Core; (RpcException, StatusCode), using Google.Protobuf; (ToByteArray) and
/// using System.Text.Json; (JsonSerializer).
/// </summary>
public sealed class MyFirstCall : IFirstCallExercise
{
    // Step 1: ask the server with client.GetUserAsync and return the User it answers with.
    // Step 2: return null when the server answers NOT_FOUND; let every other status reach the caller.
    public Task<User?> FindUserAsync(UserServiceGrpc.UserServiceClient client, int userId) => throw new NotImplementedException();

    // Step 3: the user's size as protobuf, and as the JSON System.Text.Json writes for its four fields:
    // return new PayloadSizes(Protobuf: ..., Json: ...).
    public PayloadSizes MeasureSizes(User user) => throw new NotImplementedException();

    // Step 4: before measuring, order UserShape.NumbersOnly, Typical and LongText from the biggest saving to the smallest.
    public IReadOnlyList<UserShape> PredictSavingsRanking => throw new NotImplementedException();
}

using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab of lesson 01: a first gRPC call, and the sizes of a message as protobuf and as JSON.</summary>
public interface IFirstCallExercise
{
    /// <summary>Asks the server for one user with the generated client.</summary>
    /// <param name="client">A client connected to a running server.</param>
    /// <param name="userId">The id of the user.</param>
    /// <returns>
    /// The user the server answered with, or <see langword="null"/> when the server answered
    /// <c>NOT_FOUND</c>. Any other failure reaches the caller as the client's <c>RpcException</c>.
    /// </returns>
    Task<User?> FindUserAsync(UserServiceGrpc.UserServiceClient client, int userId);

    /// <summary>Measures <paramref name="user"/> with the real serializers.</summary>
    /// <param name="user">The user.</param>
    /// <returns>
    /// The size of its protobuf encoding, and the size in UTF-8 of the JSON that System.Text.Json
    /// writes for its four fields (<c>{"id":..,"name":..,"email":..,"age":..}</c>, no indentation).
    /// </returns>
    PayloadSizes MeasureSizes(User user);

    /// <summary>
    /// A prediction, made before measuring: the three shapes of user ordered from the one whose
    /// protobuf is the smallest fraction of its JSON to the one whose protobuf is the largest.
    /// </summary>
    IReadOnlyList<UserShape> PredictSavingsRanking { get; }
}

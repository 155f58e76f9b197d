using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab01;

/// <summary>A reference solution: one unary call, both sizes measured, and the ranking the measurement confirms.</summary>
public sealed class MyFirstCall : IFirstCallExercise
{
    public async Task<User?> FindUserAsync(UserServiceGrpc.UserServiceClient client, int userId)
    {
        try
        {
            var response = await client.GetUserAsync(new GetUserRequest { UserId = userId });
            return response.User;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            // NOT_FOUND is an answer: there is no such user. Any other status is a failure the caller must see.
            return null;
        }
    }

    public PayloadSizes MeasureSizes(User user)
    {
        byte[] protobuf = user.ToByteArray();
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new { id = user.Id, name = user.Name, email = user.Email, age = user.Age });
        return new PayloadSizes(protobuf.Length, json.Length);
    }

    // Protobuf leaves out the field names and writes small numbers in a byte or two, but text costs
    // the same UTF-8 bytes in both formats: the less text, the bigger the saving.
    public IReadOnlyList<UserShape> PredictSavingsRanking => [UserShape.NumbersOnly, UserShape.Typical, UserShape.LongText];
}

using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;

namespace Lab02;

/// <summary>
/// Work with the C# that protoc generated from protos/user_service.proto. Replace each
/// NotImplementedException with a line or two; run the checks after each method.
/// </summary>
public sealed class MyGeneratedCode : IGeneratedCodeExercise
{
    // Step 1: a User with all four fields set.
    public User NewUser(int id, string name, string email, int age) => throw new NotImplementedException();

    // Step 2: a changed copy; the original must keep its email.
    public User WithEmail(User user, string email) => throw new NotImplementedException();

    // Step 3: proto3 JSON, as every gRPC language writes it.
    public string ToJson(User user) => throw new NotImplementedException();

    // Step 4: proto3 JSON back to a User, skipping fields the schema does not know.
    public User FromJson(string json) => throw new NotImplementedException();

    // Step 5: the binary format: to bytes and back.
    public User RoundTrip(User user) => throw new NotImplementedException();
}

using Google.Protobuf;
using GrpcTutorial.Labs;
using UserService.Contracts;

namespace Lab02;

/// <summary>Reference solution: the generated C# does all the work.</summary>
public sealed class MyGeneratedCode : IGeneratedCodeExercise
{
    private static readonly JsonParser s_lenientParser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public User NewUser(int id, string name, string email, int age) =>
        new() { Id = id, Name = name, Email = email, Age = age };

    public User WithEmail(User user, string email)
    {
        var copy = user.Clone();
        copy.Email = email;
        return copy;
    }

    public string ToJson(User user) => JsonFormatter.Default.Format(user);

    public User FromJson(string json) => s_lenientParser.Parse<User>(json);

    public User RoundTrip(User user) => User.Parser.ParseFrom(user.ToByteArray());
}

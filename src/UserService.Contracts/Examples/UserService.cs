namespace UserService.Contracts;

/// <example>
/// <code>
/// var client = new UserService.UserServiceClient(GrpcChannel.ForAddress("http://127.0.0.1:5000"));
/// Console.WriteLine(UserService.Descriptor.FullName);   // user_service.UserService
/// </code>
/// </example>
public static partial class UserService
{
    /// <example>
    /// <code>
    /// using var channel = GrpcChannel.ForAddress("http://127.0.0.1:5000");
    /// var client = new UserService.UserServiceClient(channel);
    /// GetUserResponse reply = await client.GetUserAsync(new GetUserRequest { UserId = 1 }, deadline: DateTime.UtcNow.AddSeconds(5));
    /// </code>
    /// </example>
    public partial class UserServiceClient;

    /// <example>
    /// A server implements the methods it supports; the others answer UNIMPLEMENTED:
    /// <code>
    /// public sealed class UserServiceImpl : UserService.UserServiceBase
    /// {
    ///     public override Task&lt;GetUserResponse&gt; GetUser(GetUserRequest request, ServerCallContext context) =&gt;
    ///         Task.FromResult(new GetUserResponse { User = new User { Id = request.UserId, Name = "Ada" } });
    /// }
    /// </code>
    /// </example>
    public abstract partial class UserServiceBase;
}

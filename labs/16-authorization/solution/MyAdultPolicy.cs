using Microsoft.AspNetCore.Authorization;

namespace Lab16;

/// <summary>
/// The policy "Adult", which protects GetUser: the caller's token must carry an "age" claim of 18
/// or more. A missing or malformed claim denies access (PERMISSION_DENIED), it never throws.
/// </summary>
public static class MyAdultPolicy
{
    public static void Configure(AuthorizationPolicyBuilder policy)
    {
        policy.RequireAuthenticatedUser();
        policy.RequireAssertion(context =>
            int.TryParse(context.User.FindFirst("age")?.Value, out var age) && age >= 18);
    }

    public static Dictionary<string, object> ExtraClaimsForAge(int age) => new() { ["age"] = age };
}

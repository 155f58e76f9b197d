using Microsoft.AspNetCore.Authorization;

namespace Lab16;

/// <summary>
/// The policy "Adult", which protects GetUser, and the claims a token issued for a caller of a
/// given age carries (the server signs them into a JWT and validates it on every call).
/// 1. ExtraClaimsForAge puts the age in an "age" claim;
/// 2. Configure admits an age of 18 or more; below, the server answers PERMISSION_DENIED;
/// 3. a token without an age claim (or with one that is not a number) is denied too.
/// </summary>
public static class MyAdultPolicy
{
    public static void Configure(AuthorizationPolicyBuilder policy)
    {
        // Any signed-in caller passes, whatever their age.
        policy.RequireAuthenticatedUser();
    }

    public static Dictionary<string, object> ExtraClaimsForAge(int age)
    {
        // The token says nothing about the age yet.
        return [];
    }
}

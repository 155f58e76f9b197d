using Grpc.Core;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 16: a claims-based authorization policy. Checks the learner's policy <see cref="PolicyName"/>
/// and the claims they put in a token, on an in-process server that validates JWT bearer tokens
/// (signed with a symmetric key) and protects GetUser with the policy.
/// </summary>
public static class AuthLab
{
    /// <summary>The name of the policy that protects the lab's GetUser.</summary>
    public const string PolicyName = "Adult";

    /// <summary>The issuer of the lab's tokens.</summary>
    public const string Issuer = "https://login.course.example";

    /// <summary>The audience of the lab's tokens.</summary>
    public const string Audience = "user-service";

    private const string Lesson = "Lesson 16 · Authentication and authorization";

    private static readonly SymmetricSecurityKey s_signingKey = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private static readonly LabDefinition<(Action<AuthorizationPolicyBuilder> Policy, Func<int, Dictionary<string, object>> Claims)> s_lab = new("Lab 16 · A claims-based policy",
    [
        new("The token of a 30-year-old carries an age claim of 30, and GetUser answers them OK",
            "Return the claim in ExtraClaimsForAge: new Dictionary<string, object> { [\"age\"] = age }. The issuer signs whatever claims you give it into the token.",
            $"{Lesson}, section \"Tokens\"",
            async lab =>
            {
                var token = TokenForAge(lab.Claims, 30);
                var age = new JsonWebToken(token).Claims.FirstOrDefault(claim => claim.Type == "age")?.Value;
                Expect.That(age == "30", "the token's \"age\" claim to be 30", age is null ? "the token has no \"age\" claim" : $"it was \"{age}\"");
                await using var host = await StartAsync(lab.Policy);
                Expect.Equal(StatusCode.OK, await CallAsync(host, token), "GetUser as a 30-year-old");
            }),
        new("The policy Adult admits an age of 18 or more and answers PERMISSION_DENIED below",
            "policy.RequireAssertion(context => int.TryParse(context.User.FindFirst(\"age\")?.Value, out var age) && age >= 18). The caller is known (authenticated), just not allowed: the server answers PERMISSION_DENIED.",
            $"{Lesson}, sections \"Protecting methods\" and \"Which side produces which status code\"",
            async lab =>
            {
                await using var host = await StartAsync(lab.Policy);
                Expect.Equal(StatusCode.PermissionDenied, await CallAsync(host, TokenForAge(lab.Claims, 17)), "GetUser as a 17-year-old");
                Expect.Equal(StatusCode.OK, await CallAsync(host, TokenForAge(lab.Claims, 18)), "GetUser as an 18-year-old");
                Expect.Equal(StatusCode.OK, await CallAsync(host, TokenForAge(lab.Claims, 30)), "GetUser as a 30-year-old");
            }),
        new("No token is UNAUTHENTICATED; a valid token without an age claim is PERMISSION_DENIED",
            "Without a token the caller is unknown (UNAUTHENTICATED), whatever your policy says. A token without \"age\", or with an age that is not a number, must be denied, not admitted and not a crash (an exception in the policy ends the call with INTERNAL, even for a caller without a token): FindFirst returns null and int.TryParse returns false.",
            $"{Lesson}, section \"Which side produces which status code\"",
            async lab =>
            {
                await using var host = await StartAsync(lab.Policy);
                Expect.Equal(StatusCode.Unauthenticated, await CallAsync(host, token: null), "GetUser without a token");
                Expect.Equal(StatusCode.PermissionDenied, await CallAsync(host, IssueToken(new Dictionary<string, object>())), "GetUser with a token that has no age claim");
                Expect.Equal(StatusCode.PermissionDenied, await CallAsync(host, IssueToken(new Dictionary<string, object> { ["age"] = "thirty" })), "GetUser with the age claim \"thirty\"");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step against the learner's policy and claims.</summary>
    /// <param name="configurePolicy">Configures the policy <see cref="PolicyName"/>.</param>
    /// <param name="extraClaimsForAge">The claims, beside <c>name</c>, that a token for a caller of the given age carries.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Action<AuthorizationPolicyBuilder> configurePolicy, Func<int, Dictionary<string, object>> extraClaimsForAge)
    {
        ArgumentNullException.ThrowIfNull(configurePolicy);
        ArgumentNullException.ThrowIfNull(extraClaimsForAge);
        return s_lab.RunAsync((configurePolicy, extraClaimsForAge));
    }

    private static string TokenForAge(Func<int, Dictionary<string, object>> claims, int age) => IssueToken(claims(age) ?? []);

    private static string IssueToken(Dictionary<string, object> extraClaims)
    {
        var claims = new Dictionary<string, object>(extraClaims) { ["name"] = "learner" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(s_signingKey, SecurityAlgorithms.HmacSha256),
        });
    }

    private static Task<LabWebHost> StartAsync(Action<AuthorizationPolicyBuilder> configurePolicy) =>
        LabWebHost.StartAsync(
            services =>
            {
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = Issuer,
                        ValidAudience = Audience,
                        IssuerSigningKey = s_signingKey,
                        NameClaimType = "name",
                    };
                });
                services.AddAuthorization(options => options.AddPolicy(PolicyName, configurePolicy));
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGrpcService<AdultOnlyService>();
            });

    private static async Task<StatusCode> CallAsync(LabWebHost host, string? token)
    {
        var headers = token is null ? null : new Metadata { { "authorization", $"Bearer {token}" } };
        try
        {
            await new UserServiceGrpc.UserServiceClient(host.Channel).GetUserAsync(new GetUserRequest { UserId = 1 }, headers);
            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }
}

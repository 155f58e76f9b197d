using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Performance.Core.Json;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Performance.Core.Transport;

/// <summary>The REST/JSON side: the same operations as minimal APIs over the shared <see cref="UserStore"/>.</summary>
public static class RestEndpoints
{
    /// <summary>Maps <c>POST /api/users/get</c>, <c>GET /api/users/{id}</c> and <c>GET /api/users</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapUserRestEndpoints(this IEndpointRouteBuilder app)
    {
        // The equivalent of the unary gRPC call: a POST whose JSON body names the user.
        app.MapPost("/api/users/get", (GetUserRequestDto request, UserStore store) =>
            store.FindDto(request.UserId) is { } user ? HttpResults.Ok(user) : HttpResults.NotFound());

        // The usual REST shape of the same read.
        app.MapGet("/api/users/{id:int}", (int id, UserStore store) =>
            store.FindDto(id) is { } user ? HttpResults.Ok(user) : HttpResults.NotFound());

        // Every ordinary user as one JSON array, serialized straight to the response as it goes.
        app.MapGet("/api/users", (UserStore store) => TypedResults.Ok(store.Dtos));
        return app;
    }
}

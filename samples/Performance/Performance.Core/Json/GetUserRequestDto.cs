namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>user_service.GetUserRequest</c>: the body of <c>POST /api/users/get</c>, <c>{"userId":1}</c>.</summary>
/// <param name="UserId">The id of the user to return.</param>
public sealed record GetUserRequestDto(int UserId);

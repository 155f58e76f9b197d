using System.Collections.Concurrent;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// A <c>GetUser</c> that counts how many calls it has in flight at once. The first calls wait (up to a
/// generous timeout) until <paramref name="target"/> of them are in flight, so a client that really keeps
/// that many calls open is seen doing so however slow the machine; a client that sends one call at a time
/// costs the timeout once. It records every id it was asked for, and answers some ids a little later than
/// others so that responses arrive out of order.
/// </summary>
/// <param name="target">How many calls in flight at once the check expects.</param>
internal sealed class ConcurrencyProbeService(int target) : UserServiceGrpc.UserServiceBase
{
    private static readonly TimeSpan s_barrierTimeout = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<int> _requestedIds = new();
    private int _inFlight;
    private int _maxInFlight;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyList<int> RequestedIds => [.. _requestedIds];

    public override async Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        _requestedIds.Enqueue(request.UserId);
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            var max = Volatile.Read(ref _maxInFlight);
            while (inFlight > max)
            {
                var seen = Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
                if (seen == max)
                {
                    break;
                }

                max = seen;
            }

            if (inFlight >= target)
            {
                _reached.TrySetResult();
            }

            try
            {
                await _reached.Task.WaitAsync(s_barrierTimeout, context.CancellationToken);
            }
            catch (TimeoutException)
            {
                _reached.TrySetResult();   // waited long enough: let every later call through at once
            }

            if (request.UserId % 3 == 0)
            {
                await Task.Delay(20, context.CancellationToken);   // answer out of order
            }

            return new GetUserResponse { User = new User { Id = request.UserId, Name = $"User {request.UserId}", Email = $"user{request.UserId}@example.com", Age = 20 + (request.UserId % 50) } };
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

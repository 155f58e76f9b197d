namespace GrpcTutorial.Labs;

/// <summary>A clock that moves only when told to, so that a latency harness can be checked with exact durations.</summary>
internal sealed class FakeClock : TimeProvider
{
    private long _ticks = TimeSpan.TicksPerDay;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan duration) => Interlocked.Add(ref _ticks, duration.Ticks);
}

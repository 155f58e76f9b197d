namespace GrpcTutorial.Hosting;

/// <summary>
/// A read-only response body that reports any read failing after its request was cancelled as an
/// <see cref="OperationCanceledException"/>, as SocketsHttpHandler does (see <see cref="CancellationFaithfulHandler"/>).
/// </summary>
internal sealed class CancellationFaithfulStream(Stream inner, CancellationToken requestCancelled) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (Exception error) when (error is not OperationCanceledException && requestCancelled.IsCancellationRequested)
        {
            throw new OperationCanceledException(error.Message, error, requestCancelled);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException
            && (requestCancelled.IsCancellationRequested || cancellationToken.IsCancellationRequested))
        {
            throw new OperationCanceledException(error.Message, error, cancellationToken.IsCancellationRequested ? cancellationToken : requestCancelled);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

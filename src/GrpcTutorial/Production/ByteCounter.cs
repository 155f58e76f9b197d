using System.Net.Sockets;

namespace GrpcTutorial.Production;

/// <summary>
/// Counts the bytes a client sends and receives on its TCP connections: everything on the wire
/// above TCP (TLS records if any, HTTP/2 frames, headers, messages). Attach it with <see cref="CountBytes"/>.
/// </summary>
public sealed class ByteCounter
{
    private long _sent;
    private long _received;
    private int _connections;

    /// <summary>Bytes written to the connections so far.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Bytes read from the connections so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>TCP connections opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Sets the counts back to zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _sent, 0);
        Interlocked.Exchange(ref _received, 0);
        Interlocked.Exchange(ref _connections, 0);
    }

    /// <summary>Makes <paramref name="handler"/> open its TCP connections itself and count their bytes in <paramref name="counter"/>.</summary>
    /// <param name="handler">The client handler.</param>
    /// <param name="counter">Where to count.</param>
    /// <returns>The same handler, for chaining.</returns>
    public static SocketsHttpHandler CountBytes(SocketsHttpHandler handler, ByteCounter counter)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(counter);

        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            Interlocked.Increment(ref counter._connections);
            return new CountingStream(new NetworkStream(socket, ownsSocket: true), counter);
        };
        return handler;
    }

    private sealed class CountingStream(Stream inner, ByteCounter counter) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Interlocked.Add(ref counter._sent, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref counter._sent, buffer.Length);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        private int Counted(int read)
        {
            Interlocked.Add(ref counter._received, read);
            return read;
        }
    }
}

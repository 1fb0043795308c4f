using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// An HTTP/1.1 server on a loopback socket for the faults WireMock cannot stage: a body that stops
    /// half-way (connection closed or stalled) and a body that trickles in. Each request is answered by
    /// the scenario's callback with the raw stream; it returns whether the connection may be kept.
    /// </summary>
    /// <param name="Number">1 for the first request the server read.</param>
    /// <param name="Target">The request target exactly as it came over the wire (still percent-encoded).</param>
    internal sealed record RawRequest(int Number, string Target);

    internal sealed class RawHttpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Func<RawRequest, Stream, CancellationToken, Task<bool>> _answer;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _accepting;
        private int _requests;
        private int _connections;
        private int _open;
        private int _maxOpen;

        public RawHttpServer(Func<RawRequest, Stream, CancellationToken, Task<bool>> answer)
        {
            _answer = answer;
            _listener.Start();
            _accepting = Task.Run(AcceptAsync);
        }

        public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public int Requests => Volatile.Read(ref _requests);

        public int Connections => Volatile.Read(ref _connections);

        /// <summary>The most connections that were open at the same time.</summary>
        public int MaxOpenConnections => Volatile.Read(ref _maxOpen);

        /// <summary>A loopback port with nothing listening (bound and released at once).</summary>
        public static int UnusedPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public static byte[] Head(int status, int contentLength, string contentType = "application/json") =>
            Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\n\r\n");

        /// <summary>A complete 200 answer with <paramref name="body"/>.</summary>
        public static async Task<bool> WriteOk(Stream stream, string body, CancellationToken cancellationToken)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await stream.WriteAsync(Head(200, bytes.Length), cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            return true;
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _accepting.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopping the listener ends the accept loop with one of these.
            }
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                Interlocked.Increment(ref _connections);
                _ = Task.Run(() => ServeAsync(socket));
            }
        }

        private async Task ServeAsync(TcpClient socket)
        {
            var open = Interlocked.Increment(ref _open);
            int seen;
            while (open > (seen = Volatile.Read(ref _maxOpen)) && Interlocked.CompareExchange(ref _maxOpen, open, seen) != seen)
            {
            }
            try
            {
                using (socket)
                {
                    var stream = socket.GetStream();
                    while (await ReadRequestHeadAsync(stream).ConfigureAwait(false) is { } target)
                    {
                        var n = Interlocked.Increment(ref _requests);
                        if (!await _answer(new RawRequest(n, target), stream, _stop.Token).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up or the server stopped: that is what these scenarios stage.
            }
            finally
            {
                Interlocked.Decrement(ref _open);
            }
        }

        /// <summary>Reads up to the blank line (GET requests carry no body); the request target as sent, or null when the client closed.</summary>
        private async Task<string?> ReadRequestHeadAsync(Stream stream)
        {
            var tail = 0;
            var one = new byte[1];
            var head = new StringBuilder();
            while (tail < 4)
            {
                if (await stream.ReadAsync(one, _stop.Token).ConfigureAwait(false) == 0)
                {
                    return null;
                }
                head.Append((char)one[0]);
                tail = one[0] == (tail % 2 == 0 ? '\r' : '\n') ? tail + 1 : (one[0] == '\r' ? 1 : 0);
            }
            var requestLine = head.ToString().Split("\r\n")[0].Split(' ');
            return requestLine.Length > 1 ? requestLine[1] : string.Empty;
        }
    }
}

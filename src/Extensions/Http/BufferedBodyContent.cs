using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// An answer's body held in memory. <c>LoadIntoBufferAsync</c> grows one array by doubling: a 1–4 MB
    /// OneRoster page then costs several large-object-heap arrays and copies per request, and the full garbage
    /// collections they cause took a large share of a stream's time. Large or unsized bodies go instead into
    /// pooled 256 KB blocks that return to the pool when the response is disposed, so a stream of thousands of
    /// pages allocates almost nothing for bodies. Small bodies of known length (single records, errors, write
    /// answers) get one array of their own: hundreds of concurrent small calls must not drain the pool.
    /// </summary>
    internal sealed class BufferedBodyContent : HttpContent
    {
        internal const int BlockSize = 256 * 1024;

        /// <summary>Largest body of known length kept in an array of its own (below the large-object threshold).</summary>
        internal const int SmallBody = 64 * 1024;

        // A pool of our own: blocks are above the large-object threshold, and the shared pool drops and re-allocates
        // them under load. It keeps at most what was in use at once, up to 64 blocks (16 MB).
        private static readonly ArrayPool<byte> Blocks = ArrayPool<byte>.Create(BlockSize, maxArraysPerBucket: 64);

        private static int _pooledBlocksInUse;

        private readonly List<byte[]> _blocks = new();
        private readonly int _blockSize;
        private readonly bool _pooled;
        private long _length;
        private int _disposed;

        private BufferedBodyContent(int blockSize, bool pooled)
        {
            _blockSize = blockSize;
            _pooled = pooled;
        }

        /// <summary>
        /// Reads <paramref name="source"/> to its end and returns content with the same bytes and headers.
        /// The caller disposes <paramref name="source"/>.
        /// </summary>
        public static async Task<BufferedBodyContent> ReadAsync(HttpContent source, CancellationToken cancellationToken)
        {
            var declared = source.Headers.ContentLength;
            // One byte more than declared, so that the read which finds the end needs no second array.
            var content = declared is >= 0 and <= SmallBody
                ? new BufferedBodyContent((int)declared.Value + 1, pooled: false)
                : new BufferedBodyContent(BlockSize, pooled: true);
            try
            {
                foreach (var header in source.Headers)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                using var stream = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                while (true)
                {
                    // A body longer than declared (a handler that misreports it) simply continues in further blocks.
                    var used = (int)(content._length % content._blockSize);
                    if (used == 0)
                    {
                        content._blocks.Add(content._pooled ? Rent() : new byte[content._blockSize]);
                    }
                    var block = content._blocks[^1];
                    var read = await stream.ReadAsync(block.AsMemory(used, content._blockSize - used), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return content;
                    }
                    content._length += read;
                }
            }
            catch
            {
                content.Dispose();
                throw;
            }
        }

        /// <summary>How many arrays hold the body (for tests).</summary>
        internal int BlockCount => _blocks.Count;

        /// <summary>How many bytes the body holds.</summary>
        internal long Length => _length;

        /// <summary>Pooled blocks held by bodies not yet disposed, process-wide (for tests: a body nobody releases shows here).</summary>
        internal static int PooledBlocksInUse => Volatile.Read(ref _pooledBlocksInUse);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            var remaining = _length;
            foreach (var block in _blocks)
            {
                var count = (int)Math.Min(remaining, _blockSize);
                await stream.WriteAsync(block.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                remaining -= count;
            }
        }

        /// <summary>The bytes in place, for a reader that parses UTF-8 directly; valid until the content is disposed.</summary>
        internal ReadOnlySequence<byte> Bytes()
        {
            ThrowIfDisposed();
            if (_blocks.Count <= 1)
            {
                return _blocks.Count == 0 ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(_blocks[0], 0, (int)_length);
            }
            var first = new BlockSegment(_blocks[0].AsMemory(0, _blockSize), 0);
            var last = first;
            var remaining = _length - _blockSize;
            for (var i = 1; i < _blocks.Count; i++)
            {
                var count = (int)Math.Min(remaining, _blockSize);
                last = last.Append(_blocks[i].AsMemory(0, count));
                remaining -= count;
            }
            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }

        /// <summary>A stream over the bytes; it refuses to read once the content is disposed.</summary>
        internal Stream OpenRead() => new BlockReadStream(this);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(OpenRead());

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                if (_pooled)
                {
                    foreach (var block in _blocks)
                    {
                        Blocks.Return(block);
                        Interlocked.Decrement(ref _pooledBlocksInUse);
                    }
                }
                _blocks.Clear();
            }
            base.Dispose(disposing);
        }

        private static byte[] Rent()
        {
            Interlocked.Increment(ref _pooledBlocksInUse);
            return Blocks.Rent(BlockSize);
        }

        private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed != 0, this);

        /// <summary>One block of a body's byte sequence (tests build sequences split where they choose with it).</summary>
        internal sealed class BlockSegment : ReadOnlySequenceSegment<byte>
        {
            public BlockSegment(ReadOnlyMemory<byte> memory, long runningIndex)
            {
                Memory = memory;
                RunningIndex = runningIndex;
            }

            public BlockSegment Append(ReadOnlyMemory<byte> memory)
            {
                var next = new BlockSegment(memory, RunningIndex + Memory.Length);
                Next = next;
                return next;
            }
        }

        /// <summary>Reads the blocks in order; refuses to read once the content has released them.</summary>
        private sealed class BlockReadStream : Stream
        {
            private readonly BufferedBodyContent _content;
            private long _position;

            public BlockReadStream(BufferedBodyContent content) => _content = content;

            public override bool CanRead => true;

            public override bool CanSeek => true;

            public override bool CanWrite => false;

            public override long Length => _content._length;

            public override long Position
            {
                get => _position;
                set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
            }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                _content.ThrowIfDisposed();
                var blockSize = _content._blockSize;
                var total = 0;
                while (buffer.Length > 0 && _position < _content._length)
                {
                    var block = _content._blocks[(int)(_position / blockSize)];
                    var start = (int)(_position % blockSize);
                    var available = (int)Math.Min(blockSize - start, _content._length - _position);
                    var count = Math.Min(available, buffer.Length);
                    block.AsSpan(start, count).CopyTo(buffer);
                    buffer = buffer[count..];
                    _position += count;
                    total += count;
                }
                return total;
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                cancellationToken.IsCancellationRequested
                    ? ValueTask.FromCanceled<int>(cancellationToken)
                    : new ValueTask<int>(Read(buffer.Span));

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                SeekOrigin.End => _content._length + offset,
                _ => throw new ArgumentOutOfRangeException(nameof(origin)),
            };

            public override void Flush()
            {
            }

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}

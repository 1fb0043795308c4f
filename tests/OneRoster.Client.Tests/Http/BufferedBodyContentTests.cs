using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Http;

namespace OneRoster.Tests.Http
{
    /// <summary>Buffered bodies (pooled blocks or one small array) read back byte for byte, with their headers, and not after release.</summary>
    public class BufferedBodyContentTests
    {
        private const int Block = BufferedBodyContent.BlockSize;

        [Test]
        public async Task A_body_reads_back_exactly_whatever_its_size(
            [Values(0, 1, BufferedBodyContent.SmallBody, BufferedBodyContent.SmallBody + 1, Block - 1, Block, Block + 1, 3 * Block + 17)] int size,
            [Values] bool lengthDeclared)
        {
            var bytes = Bytes(size);
            using HttpContent source = lengthDeclared ? new ByteArrayContent(bytes) : new StreamContent(new UnsizedStream(bytes));
            source.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            source.Headers.TryAddWithoutValidation("X-Total-Count", "42");
            Assert.That(source.Headers.ContentLength, lengthDeclared ? Is.EqualTo(size) : Is.Null);

            using var buffered = await BufferedBodyContent.ReadAsync(source, CancellationToken.None);

            Assert.That(buffered.Headers.ContentLength, Is.EqualTo(size));
            Assert.That(buffered.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(buffered.Headers.GetValues("X-Total-Count"), Is.EqualTo(new[] { "42" }));
            Assert.That(await ReadInSmallPiecesAsync(await buffered.ReadAsStreamAsync()), Is.EqualTo(bytes), "read through the stream");
            Assert.That(await buffered.ReadAsByteArrayAsync(), Is.EqualTo(bytes), "copied out whole");
        }

        [TestCase(0)]
        [TestCase(1000)]
        [TestCase(BufferedBodyContent.SmallBody)]
        public async Task A_small_body_of_known_length_takes_one_array(int size)
        {
            using var buffered = await BufferedBodyContent.ReadAsync(new ByteArrayContent(Bytes(size)), CancellationToken.None);

            Assert.That(buffered.BlockCount, Is.EqualTo(1));
            Assert.That(await buffered.ReadAsByteArrayAsync(), Is.EqualTo(Bytes(size)));
        }

        [Test]
        public async Task A_body_longer_than_its_declared_length_is_kept_whole()
        {
            var bytes = Bytes(5000);
            using var source = new StreamContent(new UnsizedStream(bytes));
            source.Headers.ContentLength = 10;

            using var buffered = await BufferedBodyContent.ReadAsync(source, CancellationToken.None);

            Assert.That(await buffered.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        }

        [Test]
        public async Task The_stream_seeks_like_a_memory_stream()
        {
            var bytes = Bytes(2 * Block + 5);
            using var buffered = await BufferedBodyContent.ReadAsync(new ByteArrayContent(bytes), CancellationToken.None);
            using var stream = await buffered.ReadAsStreamAsync();

            stream.Seek(Block - 2, SeekOrigin.Begin);
            var buffer = new byte[4];
            Assert.That(stream.Read(buffer, 0, 4), Is.EqualTo(4));
            Assert.That(buffer, Is.EqualTo(bytes.Skip(Block - 2).Take(4)));
            stream.Seek(-1, SeekOrigin.End);
            Assert.That(stream.ReadByte(), Is.EqualTo(bytes[^1]));
            Assert.That(stream.ReadByte(), Is.EqualTo(-1));
        }

        [Test]
        public async Task Nothing_reads_from_a_released_body()
        {
            var buffered = await BufferedBodyContent.ReadAsync(new StreamContent(new UnsizedStream(Bytes(Block + 1))), CancellationToken.None);
            var stream = await buffered.ReadAsStreamAsync();

            buffered.Dispose();

            Assert.Throws<ObjectDisposedException>(() => stream.ReadByte(), "blocks back in the pool must not be read");
        }

        [Test]
        public void A_body_that_breaks_while_read_fails_with_the_reading_error()
        {
            using var source = new StreamContent(new BreakingStream(Block + 10));

            Assert.ThrowsAsync<IOException>(() => BufferedBodyContent.ReadAsync(source, CancellationToken.None));
        }

        private static byte[] Bytes(int size) => Enumerable.Range(0, size).Select(i => (byte)(i * 31 + (i >> 8))).ToArray();

        private static async Task<byte[]> ReadInSmallPiecesAsync(Stream stream)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[1000];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
            }
            return copy.ToArray();
        }

        /// <summary>A body whose length is not known in advance (chunked, or decompressed on the fly).</summary>
        private sealed class UnsizedStream : MemoryStream
        {
            public UnsizedStream(byte[] bytes)
                : base(bytes, writable: false)
            {
            }

            public override bool CanSeek => false;
        }

        /// <summary>Gives <c>n</c> bytes, then fails as a reset connection does.</summary>
        private sealed class BreakingStream : Stream
        {
            private int _left;

            public BreakingStream(int bytesBeforeBreaking) => _left = bytesBeforeBreaking;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_left == 0)
                {
                    throw new IOException("Connection reset by peer.");
                }
                var n = Math.Min(count, _left);
                _left -= n;
                return n;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}

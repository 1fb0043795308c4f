using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace OneRoster.Csv.Reading
{
    /// <summary>Where a bundle's files come from: a folder, or a zip whose entries are opened one archive per file.</summary>
    internal abstract class BundleSource
    {
        /// <summary>Every file name, with its folder inside a zip (so nested entries can be reported).</summary>
        public abstract IReadOnlyList<string> EntryNames { get; }

        public abstract bool IsZip { get; }

        /// <summary>True when a file of this exact name lies at the root.</summary>
        public bool Contains(string name) => EntryNames.Contains(name, StringComparer.Ordinal);

        public abstract Stream Open(string name);

        public static BundleSource Open(string path, string displayName)
        {
            if (Directory.Exists(path))
            {
                return new FolderSource(path);
            }
            if (File.Exists(path))
            {
                try
                {
                    using var probe = ZipFile.OpenRead(path);
                    return new ZipSource(path, probe.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).ToArray());
                }
                catch (InvalidDataException e)
                {
                    throw new CsvBundleException(new CsvProblem(string.Empty, 0, null, 0, CsvRules.BundleNotFound, $"{displayName} is not a zip file: {e.Message}"));
                }
            }
            throw new CsvBundleException(new CsvProblem(string.Empty, 0, null, 0, CsvRules.BundleNotFound, $"{displayName} is neither a folder nor a zip file."));
        }

        private sealed class FolderSource : BundleSource
        {
            private readonly string _path;

            public FolderSource(string path)
            {
                _path = path;
                EntryNames = Directory.GetFiles(path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
            }

            public override IReadOnlyList<string> EntryNames { get; }

            public override bool IsZip => false;

            public override Stream Open(string name) =>
                new FileStream(Path.Combine(_path, name), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }

        private sealed class ZipSource : BundleSource
        {
            private readonly string _path;

            public ZipSource(string path, IReadOnlyList<string> names)
            {
                _path = path;
                EntryNames = names;
            }

            public override IReadOnlyList<string> EntryNames { get; }

            public override bool IsZip => true;

            // One archive per opened file: entries of one archive share its file stream and cannot be read side by side.
            public override Stream Open(string name)
            {
                var archive = ZipFile.OpenRead(_path);
                try
                {
                    var entry = archive.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in the zip.", name);
                    return new OwningStream(entry.Open(), archive);
                }
                catch
                {
                    archive.Dispose();
                    throw;
                }
            }
        }

        /// <summary>An entry stream that closes its archive with it.</summary>
        private sealed class OwningStream : Stream
        {
            private readonly Stream _inner;
            private readonly IDisposable _owner;

            public OwningStream(Stream inner, IDisposable owner)
            {
                _inner = inner;
                _owner = owner;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

            public override int Read(Span<byte> buffer) => _inner.Read(buffer);

            public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
                _inner.ReadAsync(buffer, cancellationToken);

            public override System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) =>
                _inner.ReadAsync(buffer, offset, count, cancellationToken);

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
                    _inner.Dispose();
                    _owner.Dispose();
                }
                base.Dispose(disposing);
            }
        }
    }
}

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// Reads a stream record by record, like <c>await foreach</c>, but gives up on disposal after
    /// <see cref="FakeCollection.Patience"/>: a stream that failed to cancel its requests fails the test instead of hanging it.
    /// </summary>
    internal sealed class PatientReader<T> : IAsyncEnumerator<T>
    {
        private readonly IAsyncEnumerator<T> _inner;

        public PatientReader(IAsyncEnumerable<T> stream, CancellationToken cancellationToken = default) =>
            _inner = stream.GetAsyncEnumerator(cancellationToken);

        public T Current => _inner.Current;

        public ValueTask<bool> MoveNextAsync() => _inner.MoveNextAsync();

        public async ValueTask DisposeAsync() => await _inner.DisposeAsync().AsTask().WaitAsync(FakeCollection.Patience);
    }
}

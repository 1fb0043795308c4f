using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>One request the stream sent to a <see cref="FakeCollection"/>.</summary>
    public sealed class PageCall
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _sawCancellation;

        public PageCall(int index, PageRequest request, CancellationToken token)
        {
            Index = index;
            Request = request;
            Token = token;
        }

        public int Index { get; }

        public PageRequest Request { get; }

        public CancellationToken Token { get; }

        public bool SawCancellation
        {
            get => _sawCancellation;
            set => _sawCancellation = value;
        }

        public Task Gate => _gate.Task;

        public void Release() => _gate.TrySetResult();

        public void Fail(Exception error) => _gate.TrySetException(error);
    }
}

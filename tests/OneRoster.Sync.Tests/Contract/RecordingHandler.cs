using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Sync.Tests.Contract
{
    /// <summary>A change handler that keeps every batch, and can fail on a chosen one.</summary>
    internal sealed class RecordingHandler : IRosterChangeHandler
    {
        public List<RosterChangeBatch> Batches { get; } = new();

        public Func<RosterChangeBatch, bool>? FailWhen { get; set; }

        public Task HandleAsync(RosterChangeBatch batch, CancellationToken cancellationToken)
        {
            if (FailWhen?.Invoke(batch) == true)
            {
                throw new InvalidOperationException("The handler's database is down.");
            }
            Batches.Add(batch);
            return Task.CompletedTask;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>Base of the nested scopes: one parent record (or a chain of them) and its lists.</summary>
    public abstract class RecordScope
    {
        private readonly ClientCore? _core;

        /// <summary>For mocking only.</summary>
        protected RecordScope()
        {
            ParentIds = Array.Empty<string>();
        }

        private protected RecordScope(ClientCore core, params string[] parentIds)
        {
            _core = core;
            ParentIds = parentIds;
        }

        /// <summary>The sourcedId of the record this scope belongs to.</summary>
        public string SourcedId => ParentIds.Length == 0 ? string.Empty : ParentIds[^1];

        private protected ClientCore Core => _core ?? throw ClientCore.Unbound(this);

        private protected string[] ParentIds { get; }

        /// <summary>The list <paramref name="operation"/> serves under this scope's ids.</summary>
        private protected RecordList<T> List<TEnvelope, T>(ListOperation<TEnvelope, T> operation) where T : class =>
            new(Core.List(operation, ParentIds));

        /// <summary>The list <paramref name="operation"/> serves under this scope's ids, whose records open <typeparamref name="TScope"/>.</summary>
        private protected RecordList<T, TScope> List<TEnvelope, T, TScope>(ListOperation<TEnvelope, T> operation, Func<string, TScope> openScope) where T : class =>
            new(Core.List(operation, ParentIds), openScope);

        /// <summary>POSTs <paramref name="records"/> in one list envelope to a nested collection and returns the pairs.</summary>
        private protected async Task<IReadOnlyList<GuidPair>> PostListAsync<TEnvelope, T>(
            WriteOperation<TEnvelope> operation, ListEnvelope<TEnvelope, T> envelope, IEnumerable<T> records, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(records);
            var list = records.ToList();
            if (list.Count == 0 || list.Any(r => r is null))
            {
                throw new ArgumentException("Pass at least one record and no null records.", nameof(records));
            }
            var request = operation.CreateRequest(Core.RootOf(operation), ParentIds, envelope.Wrap(list));
            using var answer = await Core.SendAsync(request, null, cancellationToken).ConfigureAwait(false);
            return WriteAnswers.Pairs(answer);
        }
    }
}

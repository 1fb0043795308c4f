using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>Base of the nested scopes: one parent record (or a chain of them) and its lists.</summary>
    public abstract class RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected RecordScope()
        {
            ParentIds = Array.Empty<string>();
        }

        private protected RecordScope(OneRosterClient client, params string[] parentIds)
        {
            Client = client;
            ParentIds = parentIds;
        }

        /// <summary>The sourcedId of the record this scope belongs to.</summary>
        public string SourcedId => ParentIds.Length == 0 ? string.Empty : ParentIds[^1];

        private protected OneRosterClient? Client { get; }

        private protected string[] ParentIds { get; }

        private protected RecordList<T> List<T>(string operationId) where T : class => new(Client!, operationId, ParentIds);

        /// <summary>POSTs a list envelope of <paramref name="records"/> to a nested collection and returns the pairs.</summary>
        private protected async Task<IReadOnlyList<GuidPair>> PostListAsync<T>(string operationId, IEnumerable<T> records, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(records);
            var list = records.ToList();
            if (list.Count == 0 || list.Any(r => r is null))
            {
                throw new ArgumentException("Pass at least one record and no null records.", nameof(records));
            }
            var operation = GeneratedOperation.Get(operationId);
            var body = Envelope.WrapList(operation.BodyType!, list);
            var answer = await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, ParentIds, QueryArguments.None, body, ct),
                null,
                cancellationToken).ConfigureAwait(false);
            return (answer as GuidPairSet)?.SourcedIdPairs ?? (IReadOnlyList<GuidPair>)Array.Empty<GuidPair>();
        }

        private protected string[] With(string sourcedId) => SourcedIds.Append(ParentIds, sourcedId);
    }
}

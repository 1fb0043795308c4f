using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;

namespace OneRoster
{
    // What the resource areas need from the client beyond InvokeAsync: the provider profile,
    // page sizes, and write calls that accept the empty answers providers give to writes.
    public partial class OneRosterClient
    {
        /// <summary>
        /// The provider profile in use: <see cref="OneRosterClientOptions.Provider"/>, else Timeback's for a
        /// Timeback environment, else the standard one.
        /// </summary>
        public virtual OneRosterProvider Provider =>
            Options.Provider ?? (Options.Environment is not null ? OneRosterProvider.Timeback : OneRosterProvider.Standard);

        /// <summary>The page size streams ask for: <see cref="OneRosterClientOptions.PageSize"/> or the provider's maximum.</summary>
        internal int EffectivePageSize => Options.PageSize ?? Provider.MaxPageSize;

        internal PagingOptions CreatePagingOptions(int? limit) => new()
        {
            PageSize = limit ?? EffectivePageSize,
            MaxConcurrency = Options.MaxConcurrency,
        };

        /// <summary>
        /// Runs a write. Providers answer writes with 201/200 and no body, or with a body the generated
        /// code does not expect (the created record instead of <c>sourcedIdPairs</c>): a 2xx is a success
        /// whatever its body, and the caller gets null when the body could not be read.
        /// </summary>
        internal Task<object?> InvokeWriteAsync(Func<HttpClient, CancellationToken, Task<object?>> call, string? sourcedId, CancellationToken cancellationToken) =>
            InvokeAsync<object?>(
                async (http, ct) =>
                {
                    try
                    {
                        return await call(http, ct).ConfigureAwait(false);
                    }
                    catch (OneRoster.Rostering.ApiException ex) when (ex.StatusCode is >= 200 and < 300)
                    {
                        return null;
                    }
                },
                sourcedId,
                cancellationToken);
    }
}

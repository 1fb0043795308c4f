using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The lists nested under one user: <c>client.Users["u-1"].Classes</c>, resources, demographics.</summary>
    public class UserScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected UserScope()
        {
        }

        internal UserScope(OneRosterClient client, string userSourcedId)
            : base(client, userSourcedId)
        {
            Classes = List<Class>("getClassesForUser");
            Resources = List<OneRoster.Resources.Resource>(client.Provider.ResourceListOperation("getResourcesForUser"));
        }

        /// <summary>The user's classes.</summary>
        public virtual RecordList<Class> Classes { get; } = null!;

        /// <summary>The user's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<OneRoster.Resources.Resource> Resources { get; } = null!;

        /// <summary>
        /// The user's demographics. OneRoster keys demographics by the user's sourcedId; Timeback also
        /// serves them on the user (getUserWithDemographics), which is used when the provider is Timeback.
        /// </summary>
        /// <exception cref="OneRosterNotFoundException">No demographics for this user.</exception>
        public virtual async Task<Demographics> GetDemographicsAsync(CancellationToken cancellationToken = default)
        {
            var operationId = Client!.Provider.UsesTimebackPaths ? "getUserWithDemographics" : "getDemographics";
            var operation = GeneratedOperation.Get(operationId);
            var answer = await Client.InvokeAsync(
                (http, ct) => operation.InvokeAsync(http, ParentIds, QueryArguments.None, null, ct),
                SourcedId,
                cancellationToken).ConfigureAwait(false);
            var demographics = Envelope.Single<Demographics>(answer) ?? Envelope.Single<User>(answer)?.Demographics;
            return demographics ?? throw new OneRosterNotFoundException($"The provider has no demographics for user '{SourcedId}'.") { SourcedId = SourcedId };
        }
    }
}

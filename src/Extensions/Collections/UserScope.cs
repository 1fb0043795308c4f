using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The lists nested under one user: <c>client.Users["u-1"].Classes</c>, resources, demographics.</summary>
    public class UserScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected UserScope()
        {
        }

        internal UserScope(ClientCore core, string userSourcedId)
            : base(core, userSourcedId)
        {
        }

        /// <summary>The user's classes.</summary>
        public virtual RecordList<Class> Classes => field ??= List(ClassesClient.Operations.GetClassesForUser);

        /// <summary>The user's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<Resource> Resources => field ??= List(Core.Provider.UsesTimebackPaths
            ? ResourcesClient.Operations.GetResourcesForUserTimeback
            : ResourcesClient.Operations.GetResourcesForUser);

        /// <summary>
        /// The user's demographics. OneRoster keys demographics by the user's sourcedId; Timeback also serves them on
        /// the user (getUserWithDemographics), which is used when the provider is Timeback.
        /// </summary>
        /// <exception cref="OneRosterNotFoundException">No demographics for this user.</exception>
        public virtual async Task<Demographics> GetDemographicsAsync(CancellationToken cancellationToken = default)
        {
            Demographics? demographics;
            Http.Answer answer;
            if (Core.Provider.UsesTimebackPaths)
            {
                var operation = UsersClient.Operations.GetUserWithDemographics;
                answer = await Core.SendAsync(operation.CreateRequest(Core.RootOf(operation), ParentIds, null), SourcedId, cancellationToken).ConfigureAwait(false);
                demographics = answer.Read<SingleUser>(Serialization.OneRoster11Payloads.ReadingFor<User>(Core.Provider))?.User?.Demographics;
            }
            else
            {
                var operation = DemographicsClient.Operations.GetDemographics;
                answer = await Core.SendAsync(operation.CreateRequest(Core.RootOf(operation), ParentIds, null), SourcedId, cancellationToken).ConfigureAwait(false);
                demographics = answer.Read<SingleDemographics>(Serialization.OneRoster11Payloads.ReadingFor<Demographics>(Core.Provider))?.Demographics;
            }
            using (answer)
            {
                return demographics ?? throw OneRosterErrorMapper.Missing(answer.Request, answer.Status, $"The provider has no demographics for user '{SourcedId}'.", SourcedId);
            }
        }
    }
}

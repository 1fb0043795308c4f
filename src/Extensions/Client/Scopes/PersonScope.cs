using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>One student or teacher: <c>client.Students["u-1"].Classes</c>, <c>client.Teachers["u-2"].Classes</c>.</summary>
    public class PersonScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected PersonScope()
        {
        }

        internal PersonScope(OneRosterClient client, string classesOperation, string userSourcedId)
            : base(client, userSourcedId)
        {
            Classes = List<Class>(classesOperation);
        }

        /// <summary>The person's classes.</summary>
        public virtual RecordList<Class> Classes { get; } = null!;
    }
}

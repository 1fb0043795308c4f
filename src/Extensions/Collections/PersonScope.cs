using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>One student or teacher: <c>client.Students["u-1"].Classes</c>, <c>client.Teachers["u-2"].Classes</c>.</summary>
    public class PersonScope : RecordScope
    {
        private readonly ListOperation<ClassSet, Class>? _classes;

        /// <summary>For mocking only.</summary>
        protected PersonScope()
        {
        }

        internal PersonScope(ClientCore core, ListOperation<ClassSet, Class> classes, string userSourcedId)
            : base(core, userSourcedId)
        {
            _classes = classes;
        }

        /// <summary>The person's classes.</summary>
        public virtual RecordList<Class> Classes => field ??= List(_classes ?? throw ClientCore.Unbound(this));
    }
}

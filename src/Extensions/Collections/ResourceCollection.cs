using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Query;
using OneRoster.Resources;

namespace OneRoster.Collections
{
    /// <summary>Resources, plus Timeback's assignment of a resource to a course, class or user.</summary>
    public class ResourceCollection : EditableRecordCollection<Resource>
    {
        private readonly ClientCore? _core;

        /// <summary>For mocking only.</summary>
        protected ResourceCollection()
        {
        }

        internal ResourceCollection(ClientCore core, IRecordQueries<Resource> queries, IRecordReader<Resource> reader, IRecordWriter<Resource> writer)
            : base(queries, reader, writer)
        {
            _core = core;
        }

        /// <summary>Assigns a resource to a class.</summary>
        public virtual Task AssignToClassAsync(string resourceSourcedId, string classSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync(ResourcesClient.Operations.AssignResourceToClass, resourceSourcedId, classSourcedId, cancellationToken);

        /// <summary>Assigns a resource to a course.</summary>
        public virtual Task AssignToCourseAsync(string resourceSourcedId, string courseSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync(ResourcesClient.Operations.AssignResourceToCourse, resourceSourcedId, courseSourcedId, cancellationToken);

        /// <summary>Assigns a resource to a user.</summary>
        public virtual Task AssignToUserAsync(string resourceSourcedId, string userSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync(ResourcesClient.Operations.AssignResourceToUser, resourceSourcedId, userSourcedId, cancellationToken);

        /// <summary>Removes a resource from a class.</summary>
        public virtual Task RemoveFromClassAsync(string resourceSourcedId, string classSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync(ResourcesClient.Operations.RemoveResourceFromClass, resourceSourcedId, classSourcedId, cancellationToken);

        /// <summary>Removes a resource from a course.</summary>
        public virtual Task RemoveFromCourseAsync(string resourceSourcedId, string courseSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync(ResourcesClient.Operations.RemoveResourceFromCourse, resourceSourcedId, courseSourcedId, cancellationToken);

        /// <summary>Removes a resource from a user.</summary>
        public virtual Task RemoveFromUserAsync(string resourceSourcedId, string userSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync(ResourcesClient.Operations.RemoveResourceFromUser, resourceSourcedId, userSourcedId, cancellationToken);

        private ClientCore Core => _core ?? throw ClientCore.Unbound(this);

        private Task AssignAsync(WriteOperation<SingleResourceAssignment> operation, string resourceSourcedId, string ownerSourcedId, CancellationToken cancellationToken)
        {
            SourcedIds.Validate(resourceSourcedId, nameof(resourceSourcedId));
            SourcedIds.Validate(ownerSourcedId, nameof(ownerSourcedId));
            var body = SingleResourceAssignment.Shape.Wrap(new ResourceAssignment { SourcedId = resourceSourcedId });
            return Core.SendWriteAsync(operation.CreateRequest(Core.RootOf(operation), new[] { ownerSourcedId }, body), ownerSourcedId, cancellationToken);
        }

        private Task RemoveAsync(Operation operation, string resourceSourcedId, string ownerSourcedId, CancellationToken cancellationToken)
        {
            SourcedIds.Validate(resourceSourcedId, nameof(resourceSourcedId));
            SourcedIds.Validate(ownerSourcedId, nameof(ownerSourcedId));
            return Core.SendWriteAsync(operation.CreateRequest(Core.RootOf(operation), new[] { ownerSourcedId, resourceSourcedId }), resourceSourcedId, cancellationToken);
        }
    }
}

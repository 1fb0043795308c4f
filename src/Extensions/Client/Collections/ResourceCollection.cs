using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Resources;

namespace OneRoster
{
    /// <summary>Resources, plus Timeback's assignment of a resource to a course, class or user.</summary>
    public class ResourceCollection : EditableRecordCollection<Resource>
    {
        /// <summary>For mocking only.</summary>
        protected ResourceCollection()
        {
        }

        internal ResourceCollection(OneRosterClient client, RecordOperations operations)
            : base(client, operations)
        {
        }

        /// <summary>Assigns a resource to a class.</summary>
        public virtual Task AssignToClassAsync(string resourceSourcedId, string classSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync("assignResourceToClass", resourceSourcedId, classSourcedId, cancellationToken);

        /// <summary>Assigns a resource to a course.</summary>
        public virtual Task AssignToCourseAsync(string resourceSourcedId, string courseSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync("assignResourceToCourse", resourceSourcedId, courseSourcedId, cancellationToken);

        /// <summary>Assigns a resource to a user.</summary>
        public virtual Task AssignToUserAsync(string resourceSourcedId, string userSourcedId, CancellationToken cancellationToken = default) =>
            AssignAsync("assignResourceToUser", resourceSourcedId, userSourcedId, cancellationToken);

        /// <summary>Removes a resource from a class.</summary>
        public virtual Task RemoveFromClassAsync(string resourceSourcedId, string classSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync("removeResourceFromClass", resourceSourcedId, classSourcedId, cancellationToken);

        /// <summary>Removes a resource from a course.</summary>
        public virtual Task RemoveFromCourseAsync(string resourceSourcedId, string courseSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync("removeResourceFromCourse", resourceSourcedId, courseSourcedId, cancellationToken);

        /// <summary>Removes a resource from a user.</summary>
        public virtual Task RemoveFromUserAsync(string resourceSourcedId, string userSourcedId, CancellationToken cancellationToken = default) =>
            RemoveAsync("removeResourceFromUser", resourceSourcedId, userSourcedId, cancellationToken);

        private async Task AssignAsync(string operationId, string resourceSourcedId, string ownerSourcedId, CancellationToken cancellationToken)
        {
            SourcedIds.Validate(resourceSourcedId, nameof(resourceSourcedId));
            SourcedIds.Validate(ownerSourcedId, nameof(ownerSourcedId));
            var body = new SingleResourceAssignment { Resource = new ResourceAssignment { SourcedId = resourceSourcedId } };
            var operation = GeneratedOperation.Get(operationId);
            await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, new[] { ownerSourcedId }, QueryArguments.None, body, ct),
                ownerSourcedId,
                cancellationToken).ConfigureAwait(false);
        }

        private async Task RemoveAsync(string operationId, string resourceSourcedId, string ownerSourcedId, CancellationToken cancellationToken)
        {
            SourcedIds.Validate(resourceSourcedId, nameof(resourceSourcedId));
            SourcedIds.Validate(ownerSourcedId, nameof(ownerSourcedId));
            var operation = GeneratedOperation.Get(operationId);
            await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, new[] { ownerSourcedId, resourceSourcedId }, QueryArguments.None, null, ct),
                resourceSourcedId,
                cancellationToken).ConfigureAwait(false);
        }
    }
}

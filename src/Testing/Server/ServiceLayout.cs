using System;
using System.Collections.Generic;

namespace OneRoster.Testing.Server
{
    /// <summary>
    /// Maps a request path under the fake's service roots (<see cref="FakeServerOptions.ServicePaths"/>) onto the roots
    /// the OpenAPI documents declare, which the route table is written in.
    /// </summary>
    internal sealed class ServiceLayout
    {
        private static readonly OneRosterService[] Services = { OneRosterService.Rostering, OneRosterService.Gradebook, OneRosterService.Resources };
        private readonly OneRosterServicePaths _paths;

        public ServiceLayout(OneRosterServicePaths paths) => _paths = paths;

        /// <summary>
        /// The declared paths <paramref name="rawPath"/> may stand for, each with its service, in service order; none when
        /// it is under no root of the layout (then no route answers it).
        /// </summary>
        public IEnumerable<(string Path, OneRosterService Service)> Declared(string rawPath)
        {
            foreach (var service in Services)
            {
                var root = _paths[service];
                if (rawPath.Length > root.Length && rawPath.StartsWith(root, StringComparison.Ordinal) && rawPath[root.Length] == '/')
                {
                    yield return (OneRosterServicePaths.Standard[service] + rawPath.Substring(root.Length), service);
                }
            }
        }
    }
}

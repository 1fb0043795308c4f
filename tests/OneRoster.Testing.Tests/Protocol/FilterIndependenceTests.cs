using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;

namespace OneRoster.Testing.Tests.Protocol
{
    /// <summary>The fake reads and evaluates filters with its own code: the client's filter types are not even referenced.</summary>
    public class FilterIndependenceTests
    {
        [Test]
        public void The_fake_references_no_type_of_the_clients_filter_namespace()
        {
            Assert.That(QueryTypesReferencedBy(typeof(OneRosterFakeServer).Assembly), Is.Empty);
        }

        [Test]
        public void The_check_sees_a_reference_when_there_is_one()
        {
            // This assembly names the client's Filter right here, so the same check must find it.
            Assert.That(typeof(OneRoster.Query.Filter).Name, Is.EqualTo("Filter"));
            Assert.That(QueryTypesReferencedBy(GetType().Assembly), Does.Contain("OneRoster.Query.Filter"));
        }

        /// <summary>Type references (not definitions) into <c>OneRoster.Query</c> in the metadata of <paramref name="assembly"/>.</summary>
        private static List<string> QueryTypesReferencedBy(Assembly assembly)
        {
            using var stream = File.OpenRead(assembly.Location);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return metadata.TypeReferences
                .Select(handle => metadata.GetTypeReference(handle))
                .Select(reference => metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name))
                .Where(name => name.StartsWith("OneRoster.Query.", StringComparison.Ordinal))
                .Distinct()
                .ToList();
        }
    }
}

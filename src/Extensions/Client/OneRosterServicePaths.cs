using System;

namespace OneRoster
{
    /// <summary>
    /// Where a provider serves each OneRoster service, relative to the provider root: the standard
    /// <c>ims/oneroster/rostering/v1p2</c>, a OneRoster 1.1 provider's single <c>ims/oneroster/v1p1</c>, or a
    /// provider's own layout such as the Timeback Platform's <c>rostering/1.0</c>. The operation's path
    /// (<c>/users</c>, <c>/classes/{id}/students</c>) follows the root unchanged.
    /// </summary>
    public sealed partial record OneRosterServicePaths
    {
        /// <summary>The OneRoster 1.2 layout: <c>ims/oneroster/{rostering|gradebook|resources}/v1p2</c>.</summary>
        public static OneRosterServicePaths Standard { get; } = new(
            "ims/oneroster/rostering/v1p2", "ims/oneroster/gradebook/v1p2", "ims/oneroster/resources/v1p2");

        /// <summary>The OneRoster 1.1 layout: every service under <c>ims/oneroster/v1p1</c>.</summary>
        public static OneRosterServicePaths OneRoster11 { get; } = new("ims/oneroster/v1p1", "ims/oneroster/v1p1", "ims/oneroster/v1p1");

        /// <summary>Creates a layout; each root is relative to the provider root (leading and trailing '/' are dropped).</summary>
        /// <exception cref="ArgumentException">A root is blank.</exception>
        public OneRosterServicePaths(string rostering, string gradebook, string resources)
        {
            Rostering = Checked(rostering, nameof(rostering));
            Gradebook = Checked(gradebook, nameof(gradebook));
            Resources = Checked(resources, nameof(resources));
        }

        /// <summary>The Rostering root, e.g. <c>ims/oneroster/rostering/v1p2</c>.</summary>
        public string Rostering { get; }

        /// <summary>The Gradebook root, e.g. <c>ims/oneroster/gradebook/v1p2</c>.</summary>
        public string Gradebook { get; }

        /// <summary>The Resources root, e.g. <c>ims/oneroster/resources/v1p2</c>.</summary>
        public string Resources { get; }

        /// <summary>The root of <paramref name="service"/>.</summary>
        public string this[OneRosterService service] => service switch
        {
            OneRosterService.Rostering => Rostering,
            OneRosterService.Gradebook => Gradebook,
            OneRosterService.Resources => Resources,
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a OneRoster service."),
        };

        /// <summary>The same layout under a prefix, e.g. <c>campus/api</c> for Infinite Campus.</summary>
        public OneRosterServicePaths Under(string prefix)
        {
            var p = Checked(prefix, nameof(prefix));
            return new OneRosterServicePaths(p + "/" + Rostering, p + "/" + Gradebook, p + "/" + Resources);
        }

        /// <summary>The service a standard (OpenAPI-declared) root belongs to, e.g. <c>ims/oneroster/gradebook/v1p2</c> → Gradebook; null for another root.</summary>
        internal static OneRosterService? ServiceOf(string standardRoot) =>
            string.Equals(standardRoot, Standard.Rostering, StringComparison.Ordinal) ? OneRosterService.Rostering
            : string.Equals(standardRoot, Standard.Gradebook, StringComparison.Ordinal) ? OneRosterService.Gradebook
            : string.Equals(standardRoot, Standard.Resources, StringComparison.Ordinal) ? OneRosterService.Resources
            : null;

        private static string Checked(string root, string name)
        {
            if (string.IsNullOrWhiteSpace(root) || string.IsNullOrWhiteSpace(root.Trim('/')))
            {
                throw new ArgumentException("A service root must not be blank.", name);
            }
            return root.Trim().Trim('/');
        }
    }
}

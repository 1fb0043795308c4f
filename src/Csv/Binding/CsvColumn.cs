using System;
using System.Collections.Generic;

namespace OneRoster.Csv
{
    /// <summary>One column of a binding file: its header, whether it needs a value, its type, and the DTO property it maps to.</summary>
    public sealed class CsvColumn
    {
        internal CsvColumn(string header, CsvRequirement requirement, CsvValueType type, string property, string? references, IReadOnlyList<string>? values, bool isExtensible)
        {
            Header = header;
            Requirement = requirement;
            Type = type;
            Property = property;
            References = references;
            Values = values ?? Array.Empty<string>();
            IsExtensible = isExtensible;
        }

        /// <summary>The header, exactly (headers are case-sensitive), e.g. <c>primaryOrgSourcedId</c>.</summary>
        public string Header { get; }

        /// <summary>Whether every row needs a value.</summary>
        public CsvRequirement Requirement { get; }

        /// <summary>What the text must look like.</summary>
        public CsvValueType Type { get; }

        /// <summary>The property of the record type the value maps to, as docs/csv.md lists it (e.g. <c>PrimaryOrg.SourcedId</c>).</summary>
        public string Property { get; }

        /// <summary>For references, the file whose sourcedIds the value must name (e.g. <c>orgs.csv</c>); otherwise null.</summary>
        public string? References { get; }

        /// <summary>For enumerations, the tokens the binding defines; empty otherwise.</summary>
        public IReadOnlyList<string> Values { get; }

        /// <summary>True when tokens beyond <see cref="Values"/> are allowed if they start with <c>ext:</c>.</summary>
        public bool IsExtensible { get; }

        /// <inheritdoc/>
        public override string ToString() => Header;
    }
}

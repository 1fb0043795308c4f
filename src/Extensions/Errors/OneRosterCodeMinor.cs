using System;

namespace OneRoster.Errors
{
    /// <summary>One <c>imsx_codeMinorField</c> entry of an <c>imsx_StatusInfo</c>.</summary>
    public sealed class OneRosterCodeMinor
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="field">The <c>imsx_codeMinorFieldName</c>, normally <c>TargetEndSystem</c>.</param>
        /// <param name="value">The <c>imsx_codeMinorFieldValue</c>, e.g. <see cref="CodeMinorValue.UnknownObject"/>.</param>
        public OneRosterCodeMinor(string field, CodeMinorValue value)
        {
            Field = field ?? throw new ArgumentNullException(nameof(field));
            Value = value;
        }

        /// <summary>The <c>imsx_codeMinorFieldName</c>, normally <c>TargetEndSystem</c>.</summary>
        public string Field { get; }

        /// <summary>The <c>imsx_codeMinorFieldValue</c>, e.g. <c>unknownobject</c> or <c>invalid_filter_field</c>.</summary>
        public CodeMinorValue Value { get; }

        /// <summary>Returns <c>field=value</c>.</summary>
        public override string ToString() => $"{Field}={Value}";
    }
}

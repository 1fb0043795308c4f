using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace OneRoster
{
    /// <summary>
    /// Converts preset names to <see cref="OneRosterProvider"/>, so configuration can say <c>"Provider": "ClassLink"</c>;
    /// names are read as <see cref="OneRosterProvider.TryParse"/> reads them (case, '-' and '_' ignored).
    /// </summary>
    public sealed class OneRosterProviderConverter : TypeConverter
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

        /// <inheritdoc />
        /// <exception cref="ArgumentException">No preset has that name; the message lists the presets.</exception>
        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is string name ? OneRosterProvider.Parse(name) : base.ConvertFrom(context, culture, value);

        /// <inheritdoc />
        public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
            destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

        /// <summary>
        /// A preset as its <see cref="OneRosterProvider.Name"/>; any other profile as its description
        /// (<see cref="OneRosterProvider.ToString"/>), which does not convert back.
        /// </summary>
        public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        {
            // A changed copy keeps its preset's Name, and that name would read back as the unchanged preset.
            if (destinationType == typeof(string) && value is OneRosterProvider provider && OneRosterProvider.Presets.Contains(provider))
            {
                return provider.Name;
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }
}

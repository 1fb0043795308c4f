using System;
using System.ComponentModel;
using NUnit.Framework;

namespace OneRoster.Tests.Client
{
    [TestFixture]
    public sealed class OneRosterProviderConverterTests
    {
        private static readonly TypeConverter Converter = TypeDescriptor.GetConverter(typeof(OneRosterProvider));

        [Test]
        public void Every_preset_round_trips_through_its_name()
        {
            foreach (var preset in OneRosterProvider.Presets)
            {
                var text = Converter.ConvertToInvariantString(preset);

                Assert.That(text, Is.EqualTo(preset.Name));
                Assert.That(Converter.ConvertFromInvariantString(text!), Is.SameAs(preset));
            }
        }

        [Test]
        public void A_changed_preset_is_not_written_as_the_preset_s_name()
        {
            var changed = OneRosterProvider.ClassLink with { MaxPageSize = 10 };

            Assert.That(Converter.ConvertToInvariantString(changed), Is.Not.EqualTo("ClassLink"));
        }

        [Test]
        public void An_unknown_name_is_an_argument_exception_listing_the_presets()
        {
            var error = Assert.Throws<ArgumentException>(() => Converter.ConvertFromInvariantString("Clever"));

            Assert.That(error!.Message, Does.Contain("'Clever' is not a known OneRoster provider. Known: Standard, Timeback, TimebackPlatform, EdFi, InfiniteCampus, ClassLink."));
        }
    }
}

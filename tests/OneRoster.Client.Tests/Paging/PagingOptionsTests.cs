using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    public class PagingOptionsTests
    {
        [Test]
        public void Defaults_are_pages_of_100_four_at_a_time_from_the_start_without_a_limit()
        {
            var options = new PagingOptions();

            Assert.That(options.PageSize, Is.EqualTo(100));
            Assert.That(options.MaxConcurrency, Is.EqualTo(4));
            Assert.That(options.MaxItems, Is.Null);
            Assert.That(options.StartOffset, Is.Zero);
        }

        [TestCase(nameof(PagingOptions.PageSize), 0)]
        [TestCase(nameof(PagingOptions.PageSize), -1)]
        [TestCase(nameof(PagingOptions.MaxConcurrency), 0)]
        [TestCase(nameof(PagingOptions.MaxConcurrency), int.MinValue)]
        [TestCase(nameof(PagingOptions.MaxItems), -1)]
        [TestCase(nameof(PagingOptions.StartOffset), -1)]
        public void Out_of_range_values_are_rejected_when_set(string property, long value)
        {
            var options = new PagingOptions();

            Assert.That(() => Set(options, property, value), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains(property));
        }

        [TestCase(nameof(PagingOptions.PageSize), 1)]
        [TestCase(nameof(PagingOptions.PageSize), 3000)]
        [TestCase(nameof(PagingOptions.MaxConcurrency), 1)]
        [TestCase(nameof(PagingOptions.MaxItems), 0)]
        [TestCase(nameof(PagingOptions.MaxItems), long.MaxValue)]
        [TestCase(nameof(PagingOptions.StartOffset), 0)]
        public void Boundary_values_are_accepted(string property, long value)
        {
            var options = new PagingOptions();

            Set(options, property, value);

            Assert.That(Convert.ToInt64(typeof(PagingOptions).GetProperty(property)!.GetValue(options)), Is.EqualTo(value));
        }

        [Test]
        public void MaxItems_can_be_cleared()
        {
            var options = new PagingOptions { MaxItems = 5 };

            options.MaxItems = null;

            Assert.That(options.MaxItems, Is.Null);
        }

        [Test]
        public async Task A_stream_keeps_the_options_it_was_created_with()
        {
            var collection = new FakeCollection(300) { SendsTotal = true };
            var options = FakeCollection.Options(100, maxItems: 150);
            var stream = collection.Stream(options);

            options.MaxItems = 10;
            options.PageSize = 7;

            Assert.That(await stream.CountAsync(), Is.EqualTo(150));
            Assert.That(collection.Requests[0].Limit, Is.EqualTo(100));
        }

        [Test]
        public void StreamAsync_checks_its_arguments_when_called_not_when_read()
        {
            var collection = new FakeCollection(1);
            var options = new PagingOptions();

            Assert.That(() => Paginator.StreamAsync(null!, (Row r) => r.Id, options), Throws.ArgumentNullException);
            Assert.That(() => Paginator.StreamAsync(collection.Fetch, null!, options), Throws.ArgumentNullException);
            Assert.That(() => Paginator.StreamAsync(collection.Fetch, r => r.Id, null!), Throws.ArgumentNullException);
        }

        private static void Set(PagingOptions options, string property, long value)
        {
            switch (property)
            {
                case nameof(PagingOptions.PageSize): options.PageSize = checked((int)value); break;
                case nameof(PagingOptions.MaxConcurrency): options.MaxConcurrency = checked((int)value); break;
                case nameof(PagingOptions.MaxItems): options.MaxItems = value; break;
                case nameof(PagingOptions.StartOffset): options.StartOffset = checked((int)value); break;
                default: throw new ArgumentException(property);
            }
        }
    }
}

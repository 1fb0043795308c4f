using System;

namespace OneRoster.Testing.Protocol
{
    /// <summary>The value of one filter predicate, read once as text and, where it is one, as a number or an instant.</summary>
    internal sealed class PredicateValue
    {
        public PredicateValue(string text)
        {
            Text = text;
            if (PlainNumber.TryRead(text, out var number))
            {
                Number = number;
            }
            else if (IsoInstant.TryRead(text, out var instant))
            {
                Instant = instant;
            }
        }

        /// <summary>The value as written, doubled quotes read back as one.</summary>
        public string Text { get; }

        public PlainNumber? Number { get; }

        public DateTimeOffset? Instant { get; }
    }
}

using System;

namespace OneRoster.Query
{
    /// <summary>A predicate's value read once, at construction, as text, number and instant, so evaluating it on many records parses nothing twice.</summary>
    internal sealed class ComparisonValue
    {
        public ComparisonValue(string text)
        {
            Text = text;
            if (ScalarText.TryParseNumber(text, out ScalarText.Number number))
            {
                IsNumber = true;
                Number = number;
            }
            else if (ScalarText.TryParseInstant(text, out DateTimeOffset instant))
            {
                IsInstant = true;
                Instant = instant;
            }
        }

        public string Text { get; }

        public bool IsNumber { get; }

        public ScalarText.Number Number { get; }

        public bool IsInstant { get; }

        public DateTimeOffset Instant { get; }
    }
}

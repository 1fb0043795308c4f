using System;

namespace OneRoster.Csv.Mapping
{
    /// <summary>A value a CSV field cannot carry; the writer turns it into a <see cref="CsvBundleException"/> with its place.</summary>
    internal sealed class UnrepresentableValueException : Exception
    {
        public UnrepresentableValueException(string message)
            : base(message)
        {
        }
    }
}

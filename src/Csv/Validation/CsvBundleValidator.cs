using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv.Validation;

namespace OneRoster.Csv
{
    /// <summary>
    /// Checks a bundle against every rule of <see cref="CsvRules"/>: the manifest against the files, headers, each value's
    /// requirement, format and vocabulary, duplicate sourcedIds, references to records the bundle lacks, and the bulk and
    /// delta rules for <c>status</c> and <c>dateLastModified</c>. Streams each file (twice when references are checked).
    /// </summary>
    public static class CsvBundleValidator
    {
        /// <summary>Validates a bundle (a zip, or a folder).</summary>
        /// <param name="path">The bundle.</param>
        /// <param name="options">Limits and reference checking; null for the defaults.</param>
        /// <param name="cancellationToken">Cancels the validation.</param>
        /// <returns>The report; a path that is no bundle gives a report with one <see cref="CsvRules.BundleNotFound"/> problem.</returns>
        public static Task<CsvValidationReport> ValidateAsync(string path, CsvValidatorOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            return new BundleCheck(path, options ?? new CsvValidatorOptions()).RunAsync(cancellationToken);
        }
    }
}

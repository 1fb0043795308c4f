using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>Records whose 1.1 string flags may come in another case: enrollments (<c>primary</c>) and demographics (the race flags).</summary>
    internal sealed class OneRoster11Flags : OneRoster11Mapping
    {
        private readonly string[] _flags;

        private OneRoster11Flags(params string[] flags)
        {
            _flags = flags;
        }

        public static OneRoster11Flags Enrollments { get; } = new("primary");

        public static OneRoster11Flags Demographics { get; } = new(
            "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
            "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity");

        public override void Read(JObject record)
        {
            base.Read(record);
            foreach (var flag in _flags)
            {
                OneRoster11Fields.LowerCaseFlag(record, flag);
            }
        }
    }
}

using System.Collections.Generic;
using Newtonsoft.Json;

// Timeback answers some reads under keys of its own instead of the 1.2 envelope keys
// (its published documents: getAllTerms -> "terms", getGradingPeriod -> "gradingPeriod",
// getStudentsForClass -> "students", ...), and other providers put class rosters under "users".
// These write-only aliases fold every spelling into the 1.2 property, so callers always read
// the records from the same place and nothing lands unseen in AdditionalProperties.
namespace OneRoster.Rostering
{
    public partial class AcademicSessionSet
    {
        [JsonProperty("terms")]
        private List<AcademicSession>? TermsKey { set => AcademicSessions = EnvelopeKeys.Merge(AcademicSessions, value); }

        [JsonProperty("gradingPeriods")]
        private List<AcademicSession>? GradingPeriodsKey { set => AcademicSessions = EnvelopeKeys.Merge(AcademicSessions, value); }
    }

    public partial class SingleAcademicSession
    {
        [JsonProperty("term")]
        private AcademicSession? TermKey { set => AcademicSession ??= value; }

        [JsonProperty("gradingPeriod")]
        private AcademicSession? GradingPeriodKey { set => AcademicSession ??= value; }
    }

    public partial class UserSet
    {
        [JsonProperty("students")]
        private List<User>? StudentsKey { set => Users = EnvelopeKeys.Merge(Users, value); }

        [JsonProperty("teachers")]
        private List<User>? TeachersKey { set => Users = EnvelopeKeys.Merge(Users, value); }
    }

    public partial class SingleUser
    {
        [JsonProperty("student")]
        private User? StudentKey { set => User ??= value; }

        [JsonProperty("teacher")]
        private User? TeacherKey { set => User ??= value; }
    }

    internal static class EnvelopeKeys
    {
        /// <summary>Both keys in one answer is not expected; if it happens, no record is dropped.</summary>
        public static List<T>? Merge<T>(List<T>? existing, List<T>? incoming)
        {
            if (existing is null || existing.Count == 0)
            {
                return incoming ?? existing;
            }
            if (incoming is not null)
            {
                existing.AddRange(incoming);
            }
            return existing;
        }
    }
}

using System;
using System.Collections.Generic;
using OneRoster.Gradebook;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Query
{
    /// <summary>
    /// The fields a filter may name on each record type: the JSON names of the generated DTOs, and dotted paths into
    /// their nested objects (<c>user.sourcedId</c>, <c>roles.org.sourcedId</c>). A static table, not reflection, so the
    /// core path stays trim-safe; <c>FilterFieldTableTests</c> recomputes it from the DTOs and fails when they drift
    /// (after a change in <c>openapi/</c>, regenerate and paste the test's expected table here).
    /// </summary>
    internal static class FilterFieldTable
    {
        private static readonly Dictionary<Type, HashSet<string>> Fields = new()
        {
            [typeof(AcademicSession)] = Set("children children.href children.sourcedId children.type clientAppId dateLastModified endDate metadata org org.href org.sourcedId org.type parent parent.href parent.sourcedId parent.type schoolYear sourcedId startDate status tenantId title type"),
            [typeof(AssessmentLineItem)] = Set("class class.href class.sourcedId class.type component component.href component.sourcedId component.type componentResource componentResource.href componentResource.sourcedId componentResource.type dateLastModified description learningObjectiveSet learningObjectiveSet.learningObjectiveIds learningObjectiveSet.source metadata parent parent.href parent.sourcedId parent.type parentAssessmentLineItem parentAssessmentLineItem.href parentAssessmentLineItem.sourcedId parentAssessmentLineItem.type resultValueMax resultValueMin scoreScale scoreScale.href scoreScale.sourcedId scoreScale.type sourcedId status title"),
            [typeof(AssessmentResult)] = Set("assessmentLineItem assessmentLineItem.href assessmentLineItem.sourcedId assessmentLineItem.type comment dateLastModified inProgress incomplete late learningObjectiveSet learningObjectiveSet.learningObjectiveIds learningObjectiveSet.learningObjectiveIds.learningObjectiveId learningObjectiveSet.learningObjectiveIds.score learningObjectiveSet.learningObjectiveIds.textScore learningObjectiveSet.learningObjectiveResults learningObjectiveSet.learningObjectiveResults.learningObjectiveId learningObjectiveSet.learningObjectiveResults.score learningObjectiveSet.learningObjectiveResults.textScore learningObjectiveSet.source metadata missing score scoreDate scorePercentile scoreScale scoreScale.href scoreScale.sourcedId scoreScale.type scoreStatus sourcedId status student student.href student.sourcedId student.type textScore"),
            [typeof(Category)] = Set("dateLastModified metadata sourcedId status title weight"),
            [typeof(Class)] = Set("classCode classType course course.href course.sourcedId course.type dateLastModified grades location metadata org org.href org.sourcedId org.type periods resources resources.href resources.sourcedId resources.type school school.href school.sourcedId school.type sourcedId status subjectCodes subjects terms terms.href terms.sourcedId terms.type title"),
            [typeof(ComponentResource)] = Set("courseComponent courseComponent.href courseComponent.sourcedId courseComponent.type dateLastModified lessonType metadata resource resource.href resource.sourcedId resource.type sortOrder sourcedId status title"),
            [typeof(Course)] = Set("academicSession academicSession.href academicSession.sourcedId academicSession.type courseCode dateLastModified grades gradingScheme level metadata org org.href org.sourcedId org.type resources resources.href resources.sourcedId resources.type schoolYear schoolYear.href schoolYear.sourcedId schoolYear.type sourcedId status subjectCodes subjects title"),
            [typeof(CourseComponent)] = Set("course course.href course.sourcedId course.type courseComponent courseComponent.href courseComponent.sourcedId courseComponent.type dateLastModified metadata parent parent.href parent.sourcedId parent.type prerequisiteCriteria prerequisites sortOrder sourcedId status title unlockDate"),
            [typeof(Demographics)] = Set("americanIndianOrAlaskaNative asian birthDate blackOrAfricanAmerican cityOfBirth countryOfBirthCode dateLastModified demographicRaceTwoOrMoreRaces hispanicOrLatinoEthnicity metadata nativeHawaiianOrOtherPacificIslander publicSchoolResidenceStatus sex sourcedId stateOfBirthAbbreviation status white"),
            [typeof(Enrollment)] = Set("beginDate class class.href class.sourcedId class.type dateLastModified endDate metadata primary role school school.href school.sourcedId school.type sourcedId status user user.href user.sourcedId user.type"),
            [typeof(LineItem)] = Set("academicSession academicSession.href academicSession.sourcedId academicSession.type assignDate category category.href category.sourcedId category.type class class.href class.sourcedId class.type dateLastModified description dueDate gradingPeriod gradingPeriod.href gradingPeriod.sourcedId gradingPeriod.type learningObjectiveSet learningObjectiveSet.learningObjectiveIds learningObjectiveSet.source metadata resultValueMax resultValueMin school school.href school.sourcedId school.type scoreScale scoreScale.href scoreScale.sourcedId scoreScale.type sourcedId status title"),
            [typeof(Org)] = Set("children children.href children.sourcedId children.type dateLastModified identifier metadata name parent parent.href parent.sourcedId parent.type sourcedId status type"),
            [typeof(Resource)] = Set("applicationId dateLastModified importance metadata roles sourcedId status title vendorId vendorResourceId"),
            [typeof(Result)] = Set("class class.href class.sourcedId class.type comment dateLastModified inProgress incomplete late learningObjectiveSet learningObjectiveSet.learningObjectiveIds learningObjectiveSet.learningObjectiveIds.learningObjectiveId learningObjectiveSet.learningObjectiveIds.score learningObjectiveSet.learningObjectiveIds.textScore learningObjectiveSet.learningObjectiveResults learningObjectiveSet.learningObjectiveResults.learningObjectiveId learningObjectiveSet.learningObjectiveResults.score learningObjectiveSet.learningObjectiveResults.textScore learningObjectiveSet.source lineItem lineItem.href lineItem.sourcedId lineItem.type metadata missing score scoreDate scoreScale scoreScale.href scoreScale.sourcedId scoreScale.type scoreStatus sourcedId status student student.href student.sourcedId student.type textScore"),
            [typeof(ScoreScale)] = Set("class class.href class.sourcedId class.type course course.href course.sourcedId course.type dateLastModified metadata scoreScaleValue scoreScaleValue.description scoreScaleValue.itemValueLHS scoreScaleValue.itemValueRHS scoreScaleValue.value sourcedId status title type"),
            [typeof(User)] = Set("agents agents.href agents.sourcedId agents.type dateLastModified demographics demographics.americanIndianOrAlaskaNative demographics.asian demographics.birthDate demographics.blackOrAfricanAmerican demographics.cityOfBirth demographics.countryOfBirthCode demographics.dateLastModified demographics.demographicRaceTwoOrMoreRaces demographics.hispanicOrLatinoEthnicity demographics.metadata demographics.nativeHawaiianOrOtherPacificIslander demographics.publicSchoolResidenceStatus demographics.sex demographics.sourcedId demographics.stateOfBirthAbbreviation demographics.status demographics.white email enabledUser familyName givenName grades identifier metadata middleName password phone preferredFirstName preferredLastName preferredMiddleName primaryOrg primaryOrg.href primaryOrg.sourcedId primaryOrg.type pronouns resources resources.href resources.sourcedId resources.type roles roles.beginDate roles.endDate roles.org roles.org.href roles.org.sourcedId roles.org.type roles.role roles.roleType roles.userProfile sms sourcedId status userIds userIds.identifier userIds.type userMasterIdentifier userProfiles userProfiles.app userProfiles.app.description userProfiles.app.domain userProfiles.app.metadata userProfiles.app.name userProfiles.app.sourcedId userProfiles.applicationId userProfiles.credentials userProfiles.credentials.id userProfiles.credentials.password userProfiles.credentials.type userProfiles.credentials.username userProfiles.description userProfiles.profileId userProfiles.profileType userProfiles.vendorId username"),
        };

        /// <summary>The fields of <paramref name="recordType"/>, or null for a type the table does not know (nothing is checked).</summary>
        public static IReadOnlySet<string>? For(Type recordType) => Fields.TryGetValue(recordType, out var fields) ? fields : null;

        /// <summary>Every record type in the table and its fields, for the test that holds the table to the DTOs.</summary>
        internal static IReadOnlyDictionary<Type, HashSet<string>> All => Fields;

        private static HashSet<string> Set(string fields) => new(fields.Split(' '), StringComparer.Ordinal);
    }
}

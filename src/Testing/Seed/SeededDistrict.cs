using System.Collections.Generic;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Seed
{
    /// <summary>All seeded collections of one generated district; they refer to each other through it.</summary>
    internal sealed class SeededDistrict
    {
        public SeededDistrict(DistrictShape shape)
        {
            Shape = shape;
            var random = new RecordRandom(shape.Seed, 0, 0);
            Name = random.Pick(SeedVocabulary.DistrictNames);
            Domain = Name.Replace(" ", string.Empty, System.StringComparison.Ordinal).ToLowerInvariant() + ".k12.example.org";
            Orgs = new OrgRecords(this);
            Sessions = new SessionRecords(this);
            Courses = new CourseRecords(this);
            Classes = new ClassRecords(this);
            Users = new UserRecords(this);
            Enrollments = new EnrollmentRecords(this);
            Demographics = new DemographicsRecords(this);
            Components = new CourseComponentRecords(this);
            ComponentResources = new ComponentResourceRecords(this);
            Categories = new CategoryRecords(this);
            ScoreScales = new ScoreScaleRecords(this);
            LineItems = new LineItemRecords(this);
            Results = new ResultRecords(this);
            AssessmentLineItems = new AssessmentLineItemRecords(this);
            AssessmentResults = new AssessmentResultRecords(this);
            Resources = new ResourceRecords(this);
        }

        public DistrictShape Shape { get; }

        /// <summary>The district's place name (<c>Maple Valley</c>).</summary>
        public string Name { get; }

        /// <summary>The e-mail domain of its users.</summary>
        public string Domain { get; }

        public OrgRecords Orgs { get; }

        public SessionRecords Sessions { get; }

        public CourseRecords Courses { get; }

        public ClassRecords Classes { get; }

        public UserRecords Users { get; }

        public EnrollmentRecords Enrollments { get; }

        public DemographicsRecords Demographics { get; }

        public CourseComponentRecords Components { get; }

        public ComponentResourceRecords ComponentResources { get; }

        public CategoryRecords Categories { get; }

        public ScoreScaleRecords ScoreScales { get; }

        public LineItemRecords LineItems { get; }

        public ResultRecords Results { get; }

        public AssessmentLineItemRecords AssessmentLineItems { get; }

        public AssessmentResultRecords AssessmentResults { get; }

        public ResourceRecords Resources { get; }

        public IEnumerable<SeededRecords> All() => new SeededRecords[]
        {
            Orgs, Sessions, Courses, Classes, Users, Enrollments, Demographics, Components, ComponentResources,
            Categories, ScoreScales, LineItems, Results, AssessmentLineItems, AssessmentResults, Resources,
        };
    }
}

namespace OneRoster.Testing.Seed
{
    /// <summary>The words seeded records are made of: names, places, course and resource catalogs.</summary>
    internal static class SeedVocabulary
    {
        public static readonly string[] GivenNames =
        {
            "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas",
            "Mia", "Levi", "Evelyn", "Ezra", "Harper", "Asher", "Luna", "James", "Camila", "Leo", "Gianna", "Henry",
            "Elizabeth", "Sebastian", "Eleanor", "Jack", "Ella", "Aiden", "Abigail", "Kai", "Sofia", "Hudson", "Avery",
            "Ethan", "Scarlett", "Daniel", "Emily", "Samuel", "Aria", "Michael", "Penelope", "Logan", "Chloe", "Owen",
            "Layla", "Jackson", "Mila", "Wyatt", "Nora", "Maya", "Santiago", "Zoe", "Aaliyah", "Jayden", "Priya", "Arjun",
            "Mei", "Wei", "Fatima", "Omar", "Yusuf", "Amara", "Kofi", "Ngozi", "Hana", "Kenji", "Sione", "Leilani",
            "Diego", "Valentina", "Siobhan", "Declan", "Ingrid", "Lars", "Anya", "Dmitri", "Zara", "Ibrahim", "Chen",
            "Rosa", "Tomás", "Aisha", "Malik", "Nia", "Xavier", "Imani", "Rafael", "Lucía",
        };

        public static readonly string[] FamilyNames =
        {
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
            "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
            "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "Chen",
            "Wang", "Singh", "Okafor", "Mensah", "Tanaka", "Nakamura", "Kowalski", "Novak", "Ivanova", "O'Brien",
            "MacLeod", "Fitzgerald", "Schmidt", "Müller", "Rossi", "Bianchi", "Haddad", "Khan", "Ali", "Cohen",
            "Levi", "Silva", "Santos", "Pereira", "Dubois", "Laurent", "Jensen", "Larsen", "Tupou", "Kahale",
            "Begay", "Yazzie", "Whitehorse", "Van der Berg", "De la Cruz", "St. James",
        };

        public static readonly string[] DistrictNames =
        {
            "Maple Valley", "Cedar Ridge", "Riverbend", "Lakeshore", "Pine Hollow", "Granite Falls", "Harbor Point",
            "Sunset Mesa", "Willow Creek", "Eagle Crest",
        };

        public static readonly string[] SchoolStems =
        {
            "Lincoln", "Washington", "Jefferson", "Roosevelt", "Franklin", "Kennedy", "Madison", "Hamilton", "Adams",
            "Jackson", "Oak Grove", "Hillside", "Meadowbrook", "Sierra Vista", "Parkview", "Westwood", "Eastlake",
            "Northgate", "Southridge", "Brookside", "Fairview", "Highland", "Riverside", "Lakeview", "Sequoia",
            "Redwood", "Aspen", "Juniper", "Cypress", "Magnolia",
        };

        public static readonly string[] LevelNames = { "Elementary School", "Middle School", "High School" };

        public static readonly string[][] LevelGrades =
        {
            new[] { "KG", "01", "02", "03", "04", "05" },
            new[] { "06", "07", "08" },
            new[] { "09", "10", "11", "12" },
        };

        /// <summary>Course titles by level and period; period p teaches <see cref="SubjectNames"/>[p].</summary>
        public static readonly string[][] CourseTitles =
        {
            new[] { "Mathematics", "Reading and Writing", "Science Explorations", "Social Studies", "Art", "Physical Education" },
            new[] { "Math 7", "English 7", "Life Science", "World History", "Spanish I", "Physical Education" },
            new[] { "Algebra I", "English 10", "Biology", "U.S. History", "Spanish II", "Health and Fitness" },
        };

        public static readonly string[] CourseCodes = { "MATH", "ELA", "SCI", "SOC", "LANG", "PE" };

        public static readonly string[] SubjectNames =
        {
            "Mathematics", "English Language Arts", "Science", "Social Studies", "World Languages", "Physical Education",
        };

        /// <summary>SCED subject area codes matching <see cref="SubjectNames"/>.</summary>
        public static readonly string[] SubjectCodes = { "02", "01", "03", "04", "06", "08" };

        public static readonly string[] ResourceKinds = { "Interactive Textbook", "Video Lessons", "Practice Set", "Assessment Bank" };

        public static readonly string[] Vendors = { "Brightleaf Learning", "OpenStax", "Khan Academy", "Edmentum" };

        public static readonly string[] CategoryTitles = { "Homework", "Quizzes", "Tests", "Projects", "Participation" };

        public static readonly double[] CategoryWeights = { 0.2, 0.2, 0.35, 0.15, 0.1 };

        /// <summary>Line item titles by kind (index into <see cref="CategoryTitles"/> 0, 1, 2).</summary>
        public static readonly string[] LineItemTitles = { "Homework 1", "Unit 1 Quiz", "Midterm Exam" };

        public static readonly string[] Comments =
        {
            "Great work!", "Shows strong understanding.", "Please review the feedback.", "Late submission.",
            "Excellent effort.", "See me about corrections.",
        };

        public static readonly string[] Cities = { "Springfield", "Portland", "Austin", "Denver", "Tucson", "Fresno", "Omaha", "Boise" };

        public static readonly string[] States = { "CA", "TX", "CO", "AZ", "OR", "NE", "ID", "WA" };
    }
}

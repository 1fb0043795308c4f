using System;
using System.Globalization;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// The arithmetic of a seeded district: how many users of each role every school has, how students are spread
    /// over class sections, and where each class's enrollments and results start. A few int arrays (about 20 bytes
    /// per class) describe the whole district; records are computed from them when read.
    /// </summary>
    /// <remarks>
    /// Each school's users are one contiguous block: teachers, aides, a principal (100+ users), students, guardians.
    /// Students take one class in each of <see cref="Periods"/> periods; period p has <c>sections</c> classes of about
    /// <see cref="ClassSize"/>, and student s sits in section <c>(s + 7p) mod sections</c>, so classmates differ from
    /// period to period. Enrollments and results are ordered by class, which lets a class's range be found by index.
    /// </remarks>
    internal sealed class DistrictShape
    {
        public const int Periods = 6;
        public const int SessionsPerSchool = 7;
        public const int CoursesPerSchool = Periods;
        public const int LineItemsPerClass = 3;
        public const int ComponentsPerCourse = 2;
        public const int ClassSize = 25;
        public const int Categories = 5;
        public const int ResourcesPerSubject = 4;
        public const int Subjects = Periods;

        private static readonly DateTime ModifiedBase = new(2025, 7, 1, 8, 0, 0, DateTimeKind.Utc);

        public DistrictShape(int users, int seed, int? schools, int schoolYear)
        {
            if (users < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(users), users, "The number of users must not be negative.");
            }
            if (schools is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(schools), schools, "A district needs at least one school.");
            }
            Seed = seed;
            Users = users;
            SchoolYear = schoolYear;
            SchoolCount = schools ?? Math.Max(1, (users + 799) / 800);

            UserStart = new int[SchoolCount + 1];
            Teachers = new int[SchoolCount];
            Aides = new int[SchoolCount];
            Principals = new int[SchoolCount];
            Students = new int[SchoolCount];
            Guardians = new int[SchoolCount];
            Sections = new int[SchoolCount];
            ClassStart = new int[SchoolCount + 1];
            StudentStart = new int[SchoolCount + 1];
            for (var k = 0; k < SchoolCount; k++)
            {
                var n = users / SchoolCount + (k < users % SchoolCount ? 1 : 0);
                Teachers[k] = n >= 2 ? Math.Max(1, n * 6 / 100) : 0;
                Guardians[k] = n >= 4 ? n / 4 : 0;
                Aides[k] = n / 100;
                Principals[k] = n >= 100 ? 1 : 0;
                Students[k] = n - Teachers[k] - Guardians[k] - Aides[k] - Principals[k];
                Sections[k] = Math.Max(1, (Students[k] + ClassSize - 1) / ClassSize);
                UserStart[k + 1] = UserStart[k] + n;
                ClassStart[k + 1] = ClassStart[k] + Periods * Sections[k];
                StudentStart[k + 1] = StudentStart[k] + Students[k];
            }

            EnrollmentStart = new int[ClassCount + 1];
            ResultStart = new int[ClassCount + 1];
            for (var g = 0; g < ClassCount; g++)
            {
                var size = ClassStudentCount(g);
                EnrollmentStart[g + 1] = checked(EnrollmentStart[g] + (Teachers[SchoolOfClass(g)] > 0 ? 1 : 0) + size);
                ResultStart[g + 1] = checked(ResultStart[g] + LineItemsPerClass * size);
            }
        }

        public int Seed { get; }

        public int Users { get; }

        /// <summary>The calendar year the school year starts in (2025 for 2025–26).</summary>
        public int SchoolYear { get; }

        public int SchoolCount { get; }

        public int[] UserStart { get; }

        public int[] Teachers { get; }

        public int[] Aides { get; }

        public int[] Principals { get; }

        public int[] Students { get; }

        public int[] Guardians { get; }

        public int[] Sections { get; }

        public int[] ClassStart { get; }

        /// <summary>Ordinal of each school's first student among all students (demographics order).</summary>
        public int[] StudentStart { get; }

        public int[] EnrollmentStart { get; }

        public int[] ResultStart { get; }

        public int ClassCount => ClassStart[SchoolCount];

        public int StudentCount => StudentStart[SchoolCount];

        public int EnrollmentCount => EnrollmentStart[ClassCount];

        public int ResultCount => ResultStart[ClassCount];

        public int SchoolOfUser(int user) => Locate(UserStart, user);

        public int SchoolOfClass(int cls) => Locate(ClassStart, cls);

        public int SchoolOfStudentOrdinal(int ordinal) => Locate(StudentStart, ordinal);

        public int FirstStudent(int school) => RoleBlock(school, UserKind.Student).Start;

        public int FirstGuardian(int school) => RoleBlock(school, UserKind.Guardian).Start;

        /// <summary>The users of one kind in a school: a contiguous block in the order of <see cref="UserKind"/>.</summary>
        public (int Start, int Count) RoleBlock(int school, UserKind kind)
        {
            var start = UserStart[school];
            for (var before = UserKind.Teacher; before < kind; before++)
            {
                start += CountOf(school, before);
            }
            return (start, CountOf(school, kind));
        }

        public UserKind KindOf(int user, out int school, out int local)
        {
            school = SchoolOfUser(user);
            local = user - UserStart[school];
            var kind = UserKind.Teacher;
            while (kind < UserKind.Guardian && local >= CountOf(school, kind))
            {
                local -= CountOf(school, kind);
                kind++;
            }
            return kind;
        }

        private int CountOf(int school, UserKind kind) => kind switch
        {
            UserKind.Teacher => Teachers[school],
            UserKind.Aide => Aides[school],
            UserKind.Principal => Principals[school],
            UserKind.Student => Students[school],
            _ => Guardians[school],
        };

        /// <summary>Period and section of a class (global index).</summary>
        public (int School, int Period, int Section) ClassPosition(int cls)
        {
            var k = SchoolOfClass(cls);
            var local = cls - ClassStart[k];
            return (k, local / Sections[k], local % Sections[k]);
        }

        /// <summary>The class a student (school-local student number) attends in a period.</summary>
        public int ClassOfStudent(int school, int student, int period) =>
            ClassStart[school] + period * Sections[school] + (student + 7 * period) % Sections[school];

        /// <summary>The school-local number of the first student of a class; members follow every <c>sections</c>.</summary>
        public int FirstStudentOfClass(int cls)
        {
            var (k, p, sec) = ClassPosition(cls);
            var sections = Sections[k];
            return ((sec - 7 * p) % sections + sections) % sections;
        }

        public int ClassStudentCount(int cls)
        {
            var k = SchoolOfClass(cls);
            var first = FirstStudentOfClass(cls);
            return first < Students[k] ? (Students[k] - 1 - first) / Sections[k] + 1 : 0;
        }

        /// <summary>The school-local number of the teacher of a class (class-local index modulo teachers).</summary>
        public int TeacherOfClass(int cls)
        {
            var k = SchoolOfClass(cls);
            return (cls - ClassStart[k]) % Teachers[k];
        }

        public bool HasTeacher(int cls) => Teachers[SchoolOfClass(cls)] > 0;

        public SchoolLevel LevelOf(int school) =>
            SchoolCount == 1 ? SchoolLevel.High : (SchoolLevel)(school % 3);

        public string LastModified(ref RecordRandom random) =>
            ModifiedBase.AddMinutes(random.Next(60 * 24 * 60)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>The k for which starts[k] &lt;= value &lt; starts[k + 1] (empty ranges skipped).</summary>
        public static int Locate(int[] starts, int value)
        {
            int low = 0, high = starts.Length - 1; // first index whose start is greater than value
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (starts[mid] > value)
                {
                    high = mid;
                }
                else
                {
                    low = mid + 1;
                }
            }
            return low - 1;
        }
    }

    internal enum UserKind
    {
        Teacher,
        Aide,
        Principal,
        Student,
        Guardian,
    }

    internal enum SchoolLevel
    {
        Elementary,
        Middle,
        High,
    }
}

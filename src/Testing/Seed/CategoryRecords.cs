using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Five district-wide gradebook categories (homework, quizzes, tests, projects, participation).</summary>
    internal sealed class CategoryRecords : SeededRecords
    {
        public CategoryRecords(SeededDistrict district)
            : base(district, FakeCollections.Categories, "cat-", DistrictShape.Categories, 8)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var category = Base(index, ref random);
            category["title"] = SeedVocabulary.CategoryTitles[index];
            category["weight"] = SeedVocabulary.CategoryWeights[index];
            return category;
        }
    }
}

namespace OneRoster.Testing
{
    /// <summary>How create answers carry <c>sourcedIdPairs</c>.</summary>
    public enum SourcedIdPairsShape
    {
        /// <summary>An array of pairs, as OneRoster 1.2 declares: <c>{"sourcedIdPairs": [{...}]}</c>.</summary>
        Array,

        /// <summary>One pair object, as Timeback answers single creates: <c>{"sourcedIdPairs": {...}}</c>.</summary>
        SingleObject,
    }
}

namespace OneRoster.Models
{
    /// <summary>
    /// A OneRoster vocabulary value (a role, an org type, a score status, ...). OneRoster lets providers extend every
    /// vocabulary with <c>ext:</c> values and real providers send values the spec never listed, so a vocabulary is an
    /// open set: any token is a valid value, and the static members of each type are merely the values the spec names.
    /// </summary>
    /// <remarks>
    /// The vocabularies are <c>readonly struct</c>s wrapping the token, like Azure's <c>AzureLocation</c>: equality is
    /// ordinal and case-sensitive (as the spec defines the tokens), unknown values are kept, and they convert implicitly
    /// to and from <see cref="string"/>, so <c>user.Roles[0].Role == UserRole.Teacher</c> and
    /// <c>role.Role = UserRole.Student</c> both work. The default value holds no token: it equals a null string and
    /// converts to the empty one.
    /// </remarks>
    public interface IExtensibleEnum
    {
        /// <summary>The token as it appears in OneRoster JSON, e.g. <c>teacher</c> or <c>ext:tutor</c>; empty for the default value.</summary>
        string Value { get; }

        /// <summary>True when the value is a provider extension (its token starts with <c>ext:</c>).</summary>
        bool IsExtension { get; }
    }
}

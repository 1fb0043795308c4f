namespace OneRoster
{
    /// <summary>
    /// Creates the <see cref="OneRosterClient"/>s registered with <c>AddOneRosterClient(name, ...)</c>, one name
    /// per provider or tenant. Clients share the connection pool and the token cache of their name, so creating
    /// one per use is cheap; disposing one does not affect the others.
    /// </summary>
    public interface IOneRosterClientFactory
    {
        /// <summary>A client for the registration called <paramref name="name"/> (<c>""</c> is the unnamed one).</summary>
        /// <exception cref="System.InvalidOperationException">No client of that name is registered.</exception>
        /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The registration's options cannot work.</exception>
        OneRosterClient CreateClient(string name);
    }
}

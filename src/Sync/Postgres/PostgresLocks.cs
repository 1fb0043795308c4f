using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace OneRoster.Sync
{
    /// <summary>
    /// The advisory locks that let many workers share one database: a transaction takes the lock of what it writes
    /// (<c>pg_advisory_xact_lock</c>, released by its commit or rollback), so two writers of the same tenant and
    /// collection take turns while other tenants and collections go on in parallel.
    /// </summary>
    /// <remarks>
    /// The key is the first 8 bytes of SHA-256 over the store's schema, the tenant and the name: the same on every
    /// machine, process and version (string.GetHashCode is randomised per process, PostgreSQL's hashtext is not
    /// promised stable across versions).
    /// </remarks>
    internal static class PostgresLocks
    {
        public static long Key(string schema, string tenant, string name)
        {
            var text = Encoding.UTF8.GetBytes($"oneroster.sync\0{schema}\0{tenant}\0{name}");
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(text, hash);
            return BinaryPrimitives.ReadInt64BigEndian(hash);
        }

        /// <summary>Waits for the lock and holds it until <paramref name="transaction"/> ends.</summary>
        public static async Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long key, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

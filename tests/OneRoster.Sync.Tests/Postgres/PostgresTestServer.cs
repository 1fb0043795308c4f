using System;
using System.Threading.Tasks;
using Npgsql;
using NUnit.Framework;

namespace OneRoster.Sync.Tests.Postgres
{
    /// <summary>
    /// The PostgreSQL server the tests use: the connection string in <c>ONEROSTER_TEST_POSTGRES</c> (what
    /// <c>bash build/postgres.sh start</c> prints; <c>.ci/run</c> sets it). Without it the PostgreSQL tests are ignored
    /// with a message saying how to start one, unless <c>ONEROSTER_TEST_POSTGRES_REQUIRED=1</c> (CI), where they fail.
    /// Each fixture works in a schema of its own (<see cref="CreateSchemaAsync"/>), so runs never see each other.
    /// </summary>
    internal static class PostgresTestServer
    {
        public const string Variable = "ONEROSTER_TEST_POSTGRES";
        public const string RequiredVariable = "ONEROSTER_TEST_POSTGRES_REQUIRED";

        public const string HowToStart =
            "PostgreSQL tests need a server: run `export " + Variable + "=\"$(bash build/postgres.sh start)\"` in the repository " +
            "(a throwaway cluster on a loopback port; `bash build/postgres.sh stop` removes it), or set " + Variable +
            " to an Npgsql connection string of a database the tests may create schemas in.";

        public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

        /// <summary>The server's connection string; ignores the calling test or fixture (fails it when required) when none is set.</summary>
        public static string ConnectionString()
        {
            var connectionString = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                return connectionString;
            }
            if (Required)
            {
                Assert.Fail(RequiredVariable + "=1 but " + Variable + " is not set. " + HowToStart);
            }
            Assert.Ignore(HowToStart);
            return "";
        }

        /// <summary>A new, empty schema (dropped with everything in it when the result is disposed); fails when the server does not answer.</summary>
        public static async Task<PostgresTestSchema> CreateSchemaAsync()
        {
            var connectionString = ConnectionString();
            var dataSource = NpgsqlDataSource.Create(connectionString);
            var name = "sync_test_" + Guid.NewGuid().ToString("N")[..12];
            try
            {
                await using var command = dataSource.CreateCommand($"CREATE SCHEMA {name}");
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                await dataSource.DisposeAsync();
                // A variable that is set says a server is meant to be there: not reaching it is a failure, not a skip.
                Assert.Fail($"{Variable} is set but the server did not answer ({e.Message}). {HowToStart}");
            }
            return new PostgresTestSchema(dataSource, connectionString, name);
        }
    }

    /// <summary>A schema of the test server for one fixture, and a data source on the server.</summary>
    internal sealed class PostgresTestSchema : IAsyncDisposable
    {
        public PostgresTestSchema(NpgsqlDataSource dataSource, string connectionString, string name)
        {
            DataSource = dataSource;
            ConnectionString = connectionString;
            Name = name;
        }

        public NpgsqlDataSource DataSource { get; }

        public string Name { get; }

        /// <summary>The connection string as given (a data source's own drops the password).</summary>
        public string ConnectionString { get; }

        public async ValueTask DisposeAsync()
        {
            await using (var command = DataSource.CreateCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE"))
            {
                await command.ExecuteNonQueryAsync();
            }
            await DataSource.DisposeAsync();
        }
    }
}

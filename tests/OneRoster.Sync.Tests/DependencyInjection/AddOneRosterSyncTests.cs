using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.DependencyInjection
{
    /// <summary>AddOneRosterSync: a sync resolved from the container runs on the registered client and store.</summary>
    [TestFixture]
    public class AddOneRosterSyncTests
    {
        [Test]
        public async Task A_resolved_sync_mirrors_through_the_registered_client_into_the_registered_store()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 25));
            var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".db");
            var services = new ServiceCollection();
            services.AddOneRosterClient(o =>
            {
                o.BaseUrl = fake.BaseUrl;
                o.TokenUrl = fake.TokenUrl;
                o.ClientId = fake.ClientId;
                o.ClientSecret = fake.ClientSecret;
            });
            services.AddOneRosterSync(_ => new SqliteRosterStore(path), o =>
            {
                o.Tenant = "district-7";
                o.Collections = new[] { SyncCollection.Users };
            });
            try
            {
                await using (var provider = services.BuildServiceProvider())
                {
                    var sync = provider.GetRequiredService<RosterSync>();
                    var report = await sync.RunAsync();

                    Assert.That((report.Tenant, report[SyncCollection.Users].Inserted), Is.EqualTo(("district-7", 25L)));
                    Assert.That(await provider.GetRequiredService<IRosterStore>().CountAsync("district-7", SyncCollection.Users), Is.EqualTo(25));
                    var store = provider.GetRequiredService<IRosterStore>();
                    Assert.That(provider.GetRequiredService<IRosterStore>(), Is.SameAs(store), "one store for the container");
                    Assert.That(provider.GetRequiredService<RosterSync>(), Is.Not.SameAs(sync), "a sync per resolution");
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void Unusable_options_fail_when_the_sync_is_resolved()
        {
            var services = new ServiceCollection();
            services.AddOneRosterClient(o =>
            {
                o.BaseUrl = new Uri("http://127.0.0.1:9/");
                o.TokenUrl = new Uri("http://127.0.0.1:9/token");
                o.ClientId = "id";
                o.ClientSecret = "secret";
            });
            services.AddOneRosterSync(_ => new SqliteRosterStore("unused.db"), o => o.MassDeletionGuard = 2);
            using var provider = services.BuildServiceProvider(); // disposed synchronously: the store must allow it

            Assert.That(() => provider.GetRequiredService<RosterSync>(), Throws.ArgumentException.With.Message.Contains("MassDeletionGuard"));
            Assert.That(provider.GetRequiredService<IRosterStore>(), Is.InstanceOf<IDisposable>());
        }
    }
}

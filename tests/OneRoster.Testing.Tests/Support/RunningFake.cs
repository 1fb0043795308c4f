using System;
using System.Threading.Tasks;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>A fake started for one test, with a connected <see cref="FakeApi"/>; disposing stops both.</summary>
    public sealed class RunningFake : IAsyncDisposable
    {
        private RunningFake(OneRosterFakeServer server, FakeApi api)
        {
            Server = server;
            Api = api;
        }

        public OneRosterFakeServer Server { get; }

        public FakeApi Api { get; }

        public static async Task<RunningFake> StartAsync(FakeServerOptions? options = null, FakeDistrict? data = null)
        {
            var server = await OneRosterFakeServer.StartAsync(data ?? FakeDistrict.Generate(users: 200), options);
            return new RunningFake(server, await FakeApi.ConnectAsync(server));
        }

        public async ValueTask DisposeAsync()
        {
            Api.Dispose();
            await Server.DisposeAsync();
        }
    }
}

using System;
using System.Threading.Tasks;
using OneRoster.Demo;

// With ONEROSTER_CLIENT_ID / ONEROSTER_CLIENT_SECRET (and ONEROSTER_BASE_URL or ONEROSTER_ENV) set, the
// demo reads from that provider; otherwise it starts the embedded fake provider with a seeded district.
return await Walkthrough.RunAsync(Console.Out, Environment.GetEnvironmentVariable);

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7: "dotnet run --project src/MndCare.Web" on a fresh clone (Development, demo mode, a new database migrated at
// start) logs no warning through a developer's first steps, and the console prints one plain line per event.
public sealed class DevelopmentStartTests
{
    [Fact]
    public async Task DevelopmentStart_OnAFreshDatabase_LogsNoWarning()
    {
        var logs = new CapturedLogs();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Patients"] = "5",
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Warning",
        }, services: s => s.AddSingleton<ILoggerProvider>(logs), environment: "Development");
        var server = RealServer.Start(factory);
        var browser = RealServer.Client(server, IPAddress.Loopback);

        var start = await browser.GetAsync("/");
        var signIn = await PageSession.SubmitAsync(browser, "/Account/Login",
            new Dictionary<string, string> { ["Email"] = DemoSeeder.EmailFor(ClinicRole.Clinician), ["Password"] = DemoSeeder.DefaultPassword });
        var patients = await browser.GetAsync("/Patients");
        var api = await browser.GetAsync("/openapi/v1.json");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.OK),
            (start.StatusCode, signIn.StatusCode, patients.StatusCode, api.StatusCode));
        Assert.Empty(logs.Events.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message}"));
        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var simple = factory.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue;
        Assert.Equal((ConsoleFormatterNames.Simple, true), (console.FormatterName, simple.SingleLine));
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class OperationsTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Health_ReportsTheDatabaseWithoutSignIn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesThePatientApi()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database);

        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/patients\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/patients/{id}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/auth/login\"", document, StringComparison.Ordinal);
    }

    // Security test plan AU-08: logs never carry patient names, record numbers or passwords, even when requests fail.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Logs_NeverContainPatientIdentifiersOrPasswords(DatabaseProvider provider)
    {
        var lines = new ConcurrentQueue<string>();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services: s => s.AddLogging(b => b.AddProvider(new CapturingLoggerProvider(lines))));
        var world = new TestWorld(factory.Services);
        var clinic = await world.CreateClinicAsync("Canary clinic");
        var patient = await world.CreatePatientAsync(clinic, new PatientBuilder().WithName("CANARYNAME 赵", "Canary Latin").WithMrn("CANARYMRN1"));
        var user = await world.CreatePatientUserAsync(clinic, patient);

        var client = await ApiClient.SignedInAsync(factory, user.Email!);
        await client.GetAsync($"/api/patients/{patient.Id}");
        await client.GetAsync("/api/patients?q=CANARYNAME");
        await client.PostAsJsonAsync("/api/patients", new { mrn = "CANARYMRN2", nativeName = "CANARYNAME 2" });
        await ApiClient.LoginAsync(factory.CreateClient(), user.Email!, "CANARYPASSWORD-wrong");

        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains("CANARY", StringComparison.OrdinalIgnoreCase)
            || l.Contains(patient.Id.ToString(), StringComparison.OrdinalIgnoreCase) || l.Contains(TestWorld.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoMode_SeedsAClinicWhoseUsersSignInWithoutTwoFactor()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true", ["Demo:Patients"] = "12", ["Demo:Password"] = "demo-password-for-tests",
        });

        var clinician = await ApiClient.SignedInAsync(factory, "clinician@demo.mndcare.local", "demo-password-for-tests");
        var patient = await ApiClient.SignedInAsync(factory, "patient@demo.mndcare.local", "demo-password-for-tests");
        var all = await clinician.GetFromJsonAsync<Application.Paging.Paged<Application.Patients.PatientSummary>>("/api/patients?pageSize=100");
        var own = await patient.GetFromJsonAsync<Application.Paging.Paged<Application.Patients.PatientSummary>>("/api/patients");

        Assert.Equal(12, all!.Total);
        Assert.Single(own!.Items);
    }

    [Fact]
    public async Task DemoMode_IsRefusedInProduction()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var factory = new ProductionFactory(database);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("never allowed in the Production environment", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ProductionFactory(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in database.Settings)
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("Demo:Enabled", "true");
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MndCare.Persistence;

namespace MndCare.Testing;

/// <summary>The real web application, in process, on a throwaway database of the chosen provider.</summary>
/// <remarks>Everything is real (Kestrel aside): authentication, authorization, audit, migrations, demo seeding.
/// Settings that tests usually want: demo mode off, a cheaper password hash and a generous sign-in limit.</remarks>
public sealed class MndCareWebFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;
    private readonly string _filesRoot = Path.Combine(Path.GetTempPath(), "mndcare-files-" + Guid.NewGuid().ToString("N"));

    // environment: Testing, or Production or Development to test what only they do.
    public MndCareWebFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        _services = services;
        _environment = environment;
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _clock = clock;
        _settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Demo:Enabled"] = "false",
            ["Identity:PasswordHashIterations"] = "10000",
            ["Security:SignInPermitLimit"] = "10000",
            ["Security:SubmissionPermitLimit"] = "10000",
            ["Security:SigningPermitLimit"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            // The in-memory test server has no request-body-size feature; Kestrel applies the limits in production.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            ["Files:StorageRoot"] = Path.Combine(_filesRoot, "blobs"),
            ["Files:MasterKeyPath"] = Path.Combine(_filesRoot, "master.key"),
            ["Files:CreateMasterKeyIfMissing"] = "true",
            // No scrub in the background of other tests; ScheduledFileScrubTests turn it on.
            ["Files:ScrubIntervalHours"] = "0",
            // Each application anchors its own chain; no checkpoint in the background of other tests.
            ["Audit:AnchorPath"] = Path.Combine(_filesRoot, "audit-anchors.jsonl"),
            ["Audit:CheckpointIntervalMinutes"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public DatabaseProvider Provider => _database.Provider;

    public TestDatabase Database => _database;

    /// <summary>The encrypted file store's directory (blobs and the master key) of this application.</summary>
    public string FilesRoot => _filesRoot;

    /// <summary>The audit anchor file of this application.</summary>
    public string AuditAnchorPath => _settings["Audit:AnchorPath"]!;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_filesRoot))
        {
            Directory.Delete(_filesRoot, recursive: true);
        }
    }

    /// <summary>The in-memory test server has no socket; give requests the loopback address Kestrel would report.</summary>
    private sealed class LoopbackClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            if (_clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            }
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
            _services?.Invoke(services);
        });
    }
}

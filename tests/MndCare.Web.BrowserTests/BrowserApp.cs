using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MndCare.Persistence;
using MndCare.Testing;

[assembly: AssemblyFixture(typeof(MndCare.Web.BrowserTests.BrowserApp))]

namespace MndCare.Web.BrowserTests;

/// <summary>The application in demo mode on a real loopback socket (Kestrel), and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string DemoPassword = "demo-password-for-browser-tests";

    /// <summary>The width of the phone the layout tests use (an iPhone 12 to 15), in CSS pixels.</summary>
    public const int PhoneWidth = 390;

    private TestDatabase? _database;
    private MndCareWebFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public TestDatabase Database => _database!;

    /// <summary>The running application's services, for arranging data the test then looks at in the browser.</summary>
    public IServiceProvider Services => _factory!.Services;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _factory = new MndCareWebFactory(_database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Patients"] = "40",
            ["Demo:Password"] = DemoPassword,
            ["Security:SecureCookies"] = "false",
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic"],
        });
    }

    /// <summary>A page in a fresh browser context, and the console errors it logs (a page should log none).</summary>
    public Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(string? locale = "en-GB") =>
        NewPageAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale });

    /// <summary>A page on a phone 390 px wide (844 px high, touch, the page's own viewport meta tag honoured).</summary>
    public Task<(IPage Page, List<string> ConsoleErrors)> NewPhonePageAsync(string locale) =>
        NewPageAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = locale, ViewportSize = new() { Width = PhoneWidth, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 3,
        });

    private async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return (page, errors);
    }

    /// <summary>Saves a screenshot when MNDCARE_SCREENSHOTS names a folder (for reviewing the pages by eye).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable("MNDCARE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

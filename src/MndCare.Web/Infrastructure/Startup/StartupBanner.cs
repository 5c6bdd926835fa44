using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;

namespace MndCare.Web.Infrastructure.Startup;

/// <summary>Prints where MndCare listens and, in demo mode, how to sign in.</summary>
/// <remarks>Written to standard output, not the structured log: the log never carries credentials.</remarks>
public static class StartupBanner
{
    public static void PrintBannerWhenStarted(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
            var output = Console.Out;
            output.WriteLine();
            output.WriteLine("MndCare is running at: " + string.Join(", ", addresses));
            if (demo.Enabled)
            {
                output.WriteLine("Demo mode: sign in as " + DemoSeeder.EmailFor(ClinicRole.Clinician) + " (or patient@, nurse@, tcmpractitioner@,");
                output.WriteLine("  celllab@, celllab2@, administrator@, auditor@" + DemoSeeder.EmailFor(ClinicRole.Clinician).Split('@')[1] + ")");
                output.WriteLine("  with the password: " + demo.Password);
            }
            output.WriteLine();
        });
    }
}

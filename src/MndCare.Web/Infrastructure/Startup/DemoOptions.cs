using System.ComponentModel.DataAnnotations;
using MndCare.Application.Demo;

namespace MndCare.Web.Infrastructure.Startup;

/// <summary>Demo mode: a demo clinic, one user per role and synthetic patients. Never allowed in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Whether demo mode is on.</summary>
    /// <value>The default is false; appsettings.Development.json turns it on.</value>
    public bool Enabled { get; set; }

    /// <summary>Password of every demo user.</summary>
    /// <value>The default is <see cref="DemoSeeder.DefaultPassword"/>, printed at start.</value>
    [MinLength(12)]
    public string Password { get; set; } = DemoSeeder.DefaultPassword;

    /// <summary>How many synthetic patients to create.</summary>
    /// <value>The default is 200.</value>
    [Range(0, 100_000)]
    public int Patients { get; set; } = DemoSeeder.DefaultPatients;

    /// <summary>Seed of the synthetic cohort.</summary>
    /// <value>The default is 1999.</value>
    public int Seed { get; set; } = DemoSeeder.DefaultSeed;
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>The account policy shared by the web application and the command line.</summary>
/// <remarks>Values from the security test plan A8: PBKDF2-HMAC-SHA512 with 220,000 iterations (OWASP Password
/// Storage Cheat Sheet), at least 12 characters, no composition rules and no easily guessed password (ASVS 6.2,
/// <see cref="GuessablePasswordValidator"/>), lockout after 5 failures for
/// 15 minutes (21 CFR 11.300, ASVS 6.3.1): for passwords per e-mail address and client network (<see cref="SignInLockout"/>),
/// for second factors per account.</remarks>
public static class IdentitySetup
{
    /// <summary>PBKDF2 iterations unless Identity:PasswordHashIterations says otherwise.</summary>
    public const int DefaultPasswordHashIterations = 220_000;

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Failed sign-ins before the account locks.</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Adds users, password hashing, lockout and token providers over the MndCare database.</summary>
    public static IdentityBuilder AddMndCareIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys live in the database so every host (web, command line, several web nodes) shares them.
        services.AddDataProtection().SetApplicationName("MndCare").PersistKeysToDbContext<MndCareDbContext>();
        services.Configure<PasswordHasherOptions>(o =>
            o.IterationCount = configuration.GetValue("Identity:PasswordHashIterations", DefaultPasswordHashIterations));
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<SignInLockout>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SignaturePassword>();
        services.AddScoped<AuthenticatorEnrolment>();
        return services
            .AddIdentityCore<MndCareUser>(o =>
            {
                o.Password.RequiredLength = MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // Applicants register themselves; an unconfirmed address cannot sign in.
                o.SignIn.RequireConfirmedEmail = true;
                o.Tokens.AuthenticatorTokenProvider = ReplayProtectedTotpProvider.ProviderName;
            })
            .AddEntityFrameworkStores<MndCareDbContext>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedTotpProvider>(ReplayProtectedTotpProvider.ProviderName)
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
    }
}

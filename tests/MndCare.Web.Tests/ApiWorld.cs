using System.Collections.Concurrent;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

[assembly: AssemblyFixture(typeof(MndCare.Web.Tests.ApiWorld))]

namespace MndCare.Web.Tests;

/// <summary>One running application per database provider, shared by the test classes, in production configuration
/// (demo mode off, so staff sign in with a TOTP code).</summary>
/// <remarks>Two clinics: A has one user per role, patients A1 (with their own user) and A2 (with a spouse as user);
/// B has a clinician and patient B1. Tests that change data make their own patients.</remarks>
public sealed class ApiWorld : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<World>>> _worlds = new();

    public Task<World> ForAsync(DatabaseProvider provider) =>
        _worlds.GetOrAdd(provider, p => new Lazy<Task<World>>(() => World.CreateAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var world in _worlds.Values.Where(w => w.IsValueCreated))
        {
            await (await world.Value).DisposeAsync();
        }
    }
}

public sealed class World : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

    private World(TestDatabase database, MndCareWebFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public MndCareWebFactory Factory { get; }

    public TestWorld Data => new(Factory.Services);

    public Clinic ClinicA { get; private set; } = null!;

    public Clinic ClinicB { get; private set; } = null!;

    public Patient PatientA1 { get; private set; } = null!;

    public Patient PatientA2 { get; private set; } = null!;

    public Patient PatientB1 { get; private set; } = null!;

    /// <summary>E-mail of the user for a role in clinic A ("patient" is A1 themself, "family" is A2's spouse, "clinicianB" works in B).</summary>
    public Dictionary<string, string> Emails { get; } = [];

    /// <summary>Authenticator keys of the staff users, by e-mail.</summary>
    public Dictionary<string, string> AuthenticatorKeys { get; } = [];

    public static async Task<World> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var world = new World(database, new MndCareWebFactory(database));
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var data = Data;
        ClinicA = await data.CreateClinicAsync("Clinic A");
        ClinicB = await data.CreateClinicAsync("Clinic B", "Europe/London");
        // A birth date no other test patient has, so a search by it finds A1 on the first page.
        PatientA1 = await data.CreatePatientAsync(ClinicA, new PatientBuilder().WithName("李秀英", "Li Xiuying").WithMrn("A-0001").With(i => i with { BirthDate = "1957-09-30" }));
        PatientA2 = await data.CreatePatientAsync(ClinicA, new PatientBuilder().WithName("Eleanor Walsh").WithMrn("A-0002")
            .With(i => i with { BirthDate = "1955-09-30", Sex = "female", PreferredLanguage = "en" }));
        PatientB1 = await data.CreatePatientAsync(ClinicB, new PatientBuilder().WithName("CANARY-B1 王伟", "Wang Wei").WithMrn("B-0001"));
        foreach (var role in Enum.GetValues<ClinicRole>().Where(RolePermissions.IsStaff))
        {
            var user = await data.CreateStaffAsync(ClinicA, role);
            Emails[role.ToString().ToLowerInvariant()] = user.Email!;
        }
        Emails["clinicianB"] = (await data.CreateStaffAsync(ClinicB, ClinicRole.Clinician)).Email!;
        Emails["patient"] = (await data.CreatePatientUserAsync(ClinicA, PatientA1)).Email!;
        Emails["family"] = (await data.CreatePatientUserAsync(ClinicA, PatientA2, PatientRelationship.Spouse)).Email!;
        foreach (var (key, email) in Emails.Where(e => e.Key is not ("patient" or "family")))
        {
            AuthenticatorKeys[email] = await EnrolAuthenticatorAsync(email);
        }
    }

    /// <summary>Turns on two-factor sign-in for a user and returns the Base32 authenticator key.</summary>
    public Task<string> EnrolAuthenticatorAsync(string email) => Data.EnrolAuthenticatorAsync(email);

    /// <summary>A client signed in (bearer token) as the user for <paramref name="key"/>; made once and reused.</summary>
    public Task<HttpClient> ClientAsync(string key) => _clients.GetOrAdd(key, k => new Lazy<Task<HttpClient>>(() =>
    {
        var email = Emails[k];
        var code = AuthenticatorKeys.TryGetValue(email, out var secret) ? ApiClient.TotpCode(secret, DateTime.UtcNow) : null;
        return ApiClient.SignedInAsync(Factory, email, TestWorld.Password, code);
    })).Value;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

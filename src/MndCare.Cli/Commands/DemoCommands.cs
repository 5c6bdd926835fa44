using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Database;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;

namespace MndCare.Cli.Commands;

/// <summary>mndcare demo seed: the demo clinic, one user per role, a synthetic cohort and the therapy demo. Refused in Production.</summary>
internal static class DemoCommands
{
    public static Command Create()
    {
        var patients = new Option<int>("--patients") { Description = "How many synthetic patients.", DefaultValueFactory = _ => DemoSeeder.DefaultPatients };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same cohort.", DefaultValueFactory = _ => DemoSeeder.DefaultSeed };
        var password = new Option<string>("--password")
        {
            Description = "Password of the demo users (at least 12 characters).",
            DefaultValueFactory = _ => DemoSeeder.DefaultPassword,
        };
        var seedCommand = new Command("seed", "Create the demo clinic, its users and synthetic patients (idempotent).") { patients, seed, password };
        seedCommand.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            if (string.Equals(CliHost.EnvironmentName, "Production", StringComparison.OrdinalIgnoreCase)
                && Environment.GetEnvironmentVariable("MNDCARE_ALLOW_DEMO_SEED") != "1")
            {
                throw new InvalidOperationException(
                    "demo data is refused in the Production environment; set DOTNET_ENVIRONMENT=Development (or MNDCARE_ALLOW_DEMO_SEED=1 for a non-production database).");
            }
            await using var services = CliHost.Build(MndCareCommand.Overrides(parse));
            await using var scope = services.CreateAsyncScope();
            var pending = await scope.ServiceProvider.GetRequiredService<DatabaseSetup>().PendingMigrationsAsync(cancellationToken);
            if (pending.Count > 0)
            {
                throw new InvalidOperationException("the database is not migrated; run: mndcare db migrate");
            }
            var request = new DemoSeedRequest(parse.GetValue(patients), parse.GetValue(seed), parse.GetValue(password)!);
            var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(request, "cli: demo seed", cancellationToken);
            Console.WriteLine($"Demo clinic {(result.ClinicCreated ? "created" : "already present")}; " +
                $"{result.UsersCreated} user(s), {result.PatientsCreated} patient(s) and {result.AssessmentsCreated} assessment(s) added.");
            Console.WriteLine($"Therapy demo: {result.Therapy.Donors} donor(s), {result.Therapy.Lots} lot(s), {result.Therapy.Courses} course(s) " +
                $"and {result.Therapy.Infusions} infusion(s) added.");
            Console.WriteLine($"Follow-up demo: {result.Therapy.ClinicalEvents} clinical event(s), {result.Therapy.VitalStatusChecks} known-alive date(s) " +
                $"and {result.Therapy.SelfReports} home self-report(s) added.");
            Console.WriteLine($"Demo users: {string.Join(", ", Enum.GetValues<ClinicRole>().Select(DemoSeeder.EmailFor).Append(DemoSeeder.SecondCellLabEmail))}");
            return 0;
        }));
        var demo = new Command("demo", "Demonstration data.");
        demo.Add(seedCommand);
        demo.Add(ExportCommand());
        return demo;
    }

    /// <summary>mndcare demo export: the synthetic cohort as the CSV files of mndcare analyze; no database is touched.</summary>
    private static Command ExportCommand()
    {
        var patients = new Option<int>("--patients") { Description = "How many synthetic patients.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same options give the same files.", DefaultValueFactory = _ => DemoSeeder.DefaultSeed };
        var visits = new Option<FileInfo?>("--visits") { Description = "Visits CSV to write (patient_id,months,post_months,alsfrsr_total)." };
        var survival = new Option<FileInfo?>("--survival") { Description = "Survival CSV to write (patient_id,time_months,event,covariates)." };
        var treated = new Option<double>("--treated-share") { Description = "Share of patients who start a synthetic course.", DefaultValueFactory = _ => 0.4 };
        var missing = new Option<double>("--missing-share") { Description = "Share of rows with one unusable value.", DefaultValueFactory = _ => 0 };
        var noPost = new Option<bool>("--no-post-months") { Description = "Leave the post_months column out of the visits file." };
        var reference = new Option<DateOnly>("--reference-date")
        {
            Description = "Last day of follow-up (yyyy-MM-dd).",
            DefaultValueFactory = _ => SyntheticAnalysisOptions.DefaultReferenceDate,
        };
        var export = new Command("export", "Write the synthetic cohort as analysis CSV files (visits and survival).")
        {
            patients, seed, visits, survival, treated, missing, noPost, reference,
        };
        export.SetAction(parse =>
        {
            var visitsFile = parse.GetValue(visits);
            var survivalFile = parse.GetValue(survival);
            if (visitsFile is null && survivalFile is null)
            {
                Console.Error.WriteLine("error: give --visits FILE, --survival FILE or both.");
                return 1;
            }
            var options = new SyntheticAnalysisOptions(parse.GetValue(patients), parse.GetValue(seed), parse.GetValue(reference),
                parse.GetValue(treated), parse.GetValue(missing), !parse.GetValue(noPost));
            using var visitsWriter = visitsFile is null ? null : new StreamWriter(visitsFile.FullName);
            using var survivalWriter = survivalFile is null ? null : new StreamWriter(survivalFile.FullName);
            var (visitRows, survivalRows) = SyntheticAnalysisData.Write(options, visitsWriter, survivalWriter);
            Console.WriteLine($"{visitRows} visit row(s) and {survivalRows} survival row(s) written.");
            return 0;
        });
        return export;
    }
}

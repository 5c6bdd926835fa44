using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

public sealed class MigrationsTests
{
    // Fails when the model changed without `eng/add-migration.sh` (bitwarden's has-pending-model-changes gate).
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Model_HasAMigrationForEveryChange(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<MndCareDbContext>();
        MndCareDbContextOptions.Configure(options, provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=unused");
        using var db = new MndCareDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration. Run: eng/add-migration.sh <Name>");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        static IEnumerable<string> Names(DatabaseProvider provider)
        {
            var options = new DbContextOptionsBuilder<MndCareDbContext>();
            MndCareDbContextOptions.Configure(options, provider,
                provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=unused");
            using var db = new MndCareDbContext(options.Options);
            return db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        }

        Assert.Equal(Names(DatabaseProvider.Sqlite), Names(DatabaseProvider.Postgres));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    // Issue 7: assessments stored with the old check-box form keep their values (true is yes, false is no) and are marked
    // as such. Down then Up runs the old schema's data through the migration that introduced "not known".
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FtdAndC9orf72_FromTheOldForm_KeepTheirValuesAndAreMarked(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "Old form", "Europe/London").Value;
        var patient = Patient.Register(Guid.CreateVersion7(), clinic.Id, PatientDetails.Create(new PatientBuilder().Build(), new DateOnly(2026, 1, 1)).Value,
            DateTimeOffset.UnixEpoch, Guid.CreateVersion7());
        Assessment Stored(YesNoNotKnown ftd, YesNoNotKnown c9orf72) => Assessment.Record(Guid.CreateVersion7(), patient.Id, clinic.Id,
            new AssessmentInputs { AssessmentDate = new DateOnly(2025, 6, 1), Ftd = ftd, C9orf72 = c9orf72 }, DateTimeOffset.UnixEpoch, null);
        var yesNo = Stored(YesNoNotKnown.Yes, YesNoNotKnown.No);
        var noYes = Stored(YesNoNotKnown.No, YesNoNotKnown.Yes);
        await using (var db = database.CreateContext())
        {
            db.AddRange(clinic, patient, yesNo, noYes);
            await db.SaveChangesAsync(cancellation);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("OneOpenConsultationPerPatient", cancellation);
            await migrator.MigrateAsync(cancellationToken: cancellation);
        }

        await using var after = database.CreateContext();
        var rows = await after.Assessments.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellation);
        Assert.Equal((YesNoNotKnown.Yes, YesNoNotKnown.No, true), (rows[yesNo.Id].Ftd, rows[yesNo.Id].C9orf72, rows[yesNo.Id].FtdAndC9orf72FromCheckboxes));
        Assert.Equal((YesNoNotKnown.No, YesNoNotKnown.Yes, true), (rows[noYes.Id].Ftd, rows[noYes.Id].C9orf72, rows[noYes.Id].FtdAndC9orf72FromCheckboxes));
    }
}

using Microsoft.EntityFrameworkCore;
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
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MndCare.Persistence;

/// <summary>Configures a context for one provider, with that provider's migrations assembly and naming.</summary>
public static class MndCareDbContextOptions
{
    /// <summary>Assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "MndCare.Migrations.Sqlite";

    /// <summary>Assembly holding the PostgreSQL migrations.</summary>
    public const string PostgresMigrationsAssembly = "MndCare.Migrations.Postgres";

    /// <summary>Applies the provider, its connection string and its migrations assembly.</summary>
    /// <param name="builder">The options builder.</param>
    /// <param name="provider">The engine.</param>
    /// <param name="connectionString">A complete connection string for that engine.</param>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = provider switch
        {
            // A SQLite table rebuild switches foreign keys off outside the transaction; the pragma lasts only for the
            // connection, so a crash leaves nothing half-done, and EF's warning on every fresh database is only information.
            // Aggregates load several owned collections; split queries avoid the cartesian explosion everywhere, not per query.
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString,
                    o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString,
                o => o.MigrationsAssembly(PostgresMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        };
        return builder.UseSnakeCaseNamingConvention();
    }

    /// <summary>The SQLite connection string for a database file.</summary>
    /// <param name="path">An absolute file path.</param>
    public static string SqliteConnectionString(string path) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
}

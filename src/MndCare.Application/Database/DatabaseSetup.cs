using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;

namespace MndCare.Application.Database;

/// <summary>Applies and checks schema migrations.</summary>
public sealed class DatabaseSetup(MndCareDbContext db)
{
    /// <summary>Applies every pending migration; returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>The migrations not yet applied.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    /// <summary>Refuses to run on a database whose settings could lose acknowledged writes.</summary>
    /// <remarks>Security test plan A8/HC-03: SQLite must be in WAL mode with synchronous=FULL; PostgreSQL must have
    /// fsync, synchronous_commit and full_page_writes on.</remarks>
    /// <exception cref="InvalidOperationException">A setting is unsafe.</exception>
    public async Task EnsureDurableAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var journal = await ScalarAsync("PRAGMA journal_mode", cancellationToken);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                await ScalarAsync("PRAGMA journal_mode=WAL", cancellationToken);
            }
            journal = await ScalarAsync("PRAGMA journal_mode", cancellationToken);
            var synchronous = await ScalarAsync("PRAGMA synchronous", cancellationToken);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || synchronous != "2")
            {
                throw new InvalidOperationException($"SQLite must run with journal_mode=wal and synchronous=FULL (2); found {journal} and {synchronous}.");
            }
            return;
        }
        foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
        {
            var value = await ScalarAsync("SHOW " + setting, cancellationToken);
            if (!string.Equals(value, "on", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"PostgreSQL setting {setting} must be on; found {value}.");
            }
        }
    }

    private async Task<string?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}

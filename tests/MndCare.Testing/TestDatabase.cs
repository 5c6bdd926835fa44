using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using Npgsql;

namespace MndCare.Testing;

/// <summary>A throwaway database for one test class: a temporary SQLite file, or a new PostgreSQL database.</summary>
/// <remarks>PostgreSQL is reached through MNDCARE_TEST_POSTGRES (a connection string to a server where the user may
/// create databases); eng/test.sh starts a throwaway cluster and sets it.</remarks>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable naming the PostgreSQL test server.</summary>
    public const string PostgresVariable = "MNDCARE_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file, for tests that open it with other tools; null on PostgreSQL.</summary>
    public string? SqlitePath => _sqlitePath;

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates an empty database (no schema).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var directory = Directory.CreateTempSubdirectory("mndcare-test-");
                var path = Path.Combine(directory.FullName, "mndcare.db");
                return new TestDatabase(provider, MndCareDbContextOptions.SqliteConnectionString(path), path, null);
            case DatabaseProvider.Postgres:
                var server = PostgresServer ?? throw new InvalidOperationException(
                    $"{PostgresVariable} is not set; run eng/test.sh, which starts a throwaway PostgreSQL.");
                var name = "mndcare_test_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
                await using (var connection = new NpgsqlConnection(server))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                    await command.ExecuteNonQueryAsync();
                }
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                return new TestDatabase(provider, builder.ConnectionString, null, name);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }
    }

    /// <summary>Creates a database and applies the real migrations.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>Configuration that points an application at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == DatabaseProvider.Sqlite
        ? new Dictionary<string, string?> { ["Database:Provider"] = "sqlite", ["Database:SqlitePath"] = _sqlitePath }
        : new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            [$"ConnectionStrings:{PersistenceServiceCollectionExtensions.ConnectionStringName}"] = ConnectionString,
        };

    public MndCareDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<MndCareDbContext>();
        MndCareDbContextOptions.Configure(options, Provider, ConnectionString);
        return new MndCareDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path.GetDirectoryName(_sqlitePath)!, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing host; the OS temp cleaner takes it.
            }
        }
        if (_postgresName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

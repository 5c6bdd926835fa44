using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MndCare.Persistence;

/// <summary>Registers the database context for the configured provider.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The connection-string name used for PostgreSQL (ConnectionStrings:MndCare).</summary>
    public const string ConnectionStringName = "MndCare";

    /// <summary>Adds <see cref="MndCareDbContext"/> for the "Database" section of <paramref name="configuration"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="contentRoot">Directory that a relative SQLite path is resolved against.</param>
    public static IServiceCollection AddMndCarePersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Resolved when the first context is made, so configuration added late (tests, hosting) is honoured.
        services.AddSingleton(_ => new ResolvedConnection(ResolveConnection(configuration, contentRoot)));
        services.AddDbContextFactory<MndCareDbContext>((provider, options) =>
        {
            var (engine, connectionString) = provider.GetRequiredService<ResolvedConnection>().Value;
            MndCareDbContextOptions.Configure(options, engine, connectionString);
        });
        return services;
    }

    private sealed record ResolvedConnection((DatabaseProvider Provider, string ConnectionString) Value);

    /// <summary>The provider and the complete connection string that configuration asks for.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="contentRoot">Directory that a relative SQLite path is resolved against.</param>
    /// <exception cref="InvalidOperationException">PostgreSQL is chosen without a connection string.</exception>
    public static (DatabaseProvider Provider, string ConnectionString) ResolveConnection(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var path = Path.GetFullPath(options.SqlitePath, contentRoot);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return (DatabaseProvider.Sqlite, MndCareDbContextOptions.SqliteConnectionString(path));
            case DatabaseProvider.Postgres:
                var connectionString = configuration.GetConnectionString(ConnectionStringName);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider is postgres but ConnectionStrings:{ConnectionStringName} is not set.");
                }
                return (DatabaseProvider.Postgres, connectionString);
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }
    }
}

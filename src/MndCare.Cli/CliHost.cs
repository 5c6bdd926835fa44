using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MndCare.Application;
using MndCare.Application.Auditing;
using MndCare.Application.Files;
using MndCare.Application.Identity;
using MndCare.Persistence;

namespace MndCare.Cli;

/// <summary>Builds the services a command needs from environment variables (Database__Provider, ConnectionStrings__MndCare, ...) and the global options.</summary>
/// <remarks>A relative SQLite path is resolved against the current directory.</remarks>
internal static class CliHost
{
    public static ServiceProvider Build(DatabaseOverrides overrides, bool withFileStore = false)
    {
        var settings = new Dictionary<string, string?>();
        if (overrides.Provider is { } provider)
        {
            settings[$"{DatabaseOptions.Section}:Provider"] = provider;
        }
        if (overrides.SqlitePath is { } path)
        {
            settings[$"{DatabaseOptions.Section}:SqlitePath"] = path;
        }
        if (overrides.ConnectionString is { } connection)
        {
            settings[$"ConnectionStrings:{PersistenceServiceCollectionExtensions.ConnectionStringName}"] = connection;
        }
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddMndCarePersistence(configuration, Environment.CurrentDirectory);
        services.AddMndCareApplication();
        services.AddMndCareIdentity(configuration);
        services.AddMndCareAuditAnchors(configuration, Environment.CurrentDirectory);
        if (withFileStore)
        {
            services.AddMndCareFileStore(configuration, Environment.CurrentDirectory);
        }
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The environment name, as ASP.NET Core and the .NET host read it.</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
}

/// <summary>Database choices given on the command line; null means "as configured".</summary>
internal sealed record DatabaseOverrides(string? Provider, string? SqlitePath, string? ConnectionString);

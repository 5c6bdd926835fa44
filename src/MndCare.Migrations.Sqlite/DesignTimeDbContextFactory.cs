using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MndCare.Persistence;

namespace MndCare.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for SQLite migrations (no database is touched).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MndCareDbContext>
{
    public MndCareDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MndCareDbContext>();
        MndCareDbContextOptions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new MndCareDbContext(builder.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MndCare.Persistence;

namespace MndCare.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the context for PostgreSQL migrations (no database is touched).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MndCareDbContext>
{
    public MndCareDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MndCareDbContext>();
        MndCareDbContextOptions.Configure(builder, DatabaseProvider.Postgres, "Host=localhost;Database=mndcare_design");
        return new MndCareDbContext(builder.Options);
    }
}

using System.ComponentModel.DataAnnotations;

namespace MndCare.Persistence;

/// <summary>Which database to use and where it is; bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Database";

    /// <summary>The engine: "sqlite" or "postgres".</summary>
    /// <value>The default is sqlite.</value>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file; a relative path is resolved against the application's content root.</summary>
    /// <value>The default is data/mndcare.db.</value>
    [Required]
    public string SqlitePath { get; set; } = "data/mndcare.db";

    /// <summary>
    /// Whether the web application applies pending migrations at start. Only honoured for SQLite; PostgreSQL is
    /// migrated only by `mndcare db migrate`.
    /// </summary>
    /// <value>The default is true.</value>
    public bool MigrateOnStart { get; set; } = true;
}

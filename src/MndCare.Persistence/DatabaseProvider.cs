namespace MndCare.Persistence;

/// <summary>The database engines MndCare runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite: the default, for a single machine and development.</summary>
    Sqlite,

    /// <summary>PostgreSQL 15 or later: production.</summary>
    Postgres,
}

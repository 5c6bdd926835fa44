using MndCare.Persistence;
using Xunit;

namespace MndCare.Testing;

/// <summary>Theory data: every test that touches a database runs on SQLite and on PostgreSQL.</summary>
/// <remarks>The PostgreSQL row is skipped, with the reason, when MNDCARE_TEST_POSTGRES is not set (eng/test.sh sets it).</remarks>
public static class Databases
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider>();
            data.Add(DatabaseProvider.Sqlite);
            data.Add(new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Postgres)
            {
                Skip = TestDatabase.PostgresServer is null ? $"{TestDatabase.PostgresVariable} is not set (eng/test.sh sets it)" : null,
            });
            return data;
        }
    }
}

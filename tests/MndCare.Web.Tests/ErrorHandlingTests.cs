using System.Net;
using Microsoft.Data.Sqlite;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan HC-02: when the database is gone, the API answers a generic problem with a correlation id and the
// pages a generic page: no exception type, SQL, path or stack trace reaches the client.
public sealed class ErrorHandlingTests
{
    private static readonly string[] SqliteFiles = ["", "-wal", "-shm"];

    [Fact]
    public async Task DatabaseGone_AnswersGenerically_WithoutInternals()
    {
        var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (database)
        await using (var factory = new MndCareWebFactory(database))
        {
            var (_, patient, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Fragile clinic");
            var api = await ApiClient.SignedInAsync(factory, user.Email!);
            var pages = await PageSession.SignInAsync(factory, user.Email!, TestWorld.Password);

            SqliteConnection.ClearAllPools();
            foreach (var file in SqliteFiles.Select(suffix => database.SqlitePath + suffix).Where(File.Exists))
            {
                File.Delete(file);
            }
            var apiAnswer = await api.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken);
            var pageAnswer = await pages.GetAsync("/Portal", TestContext.Current.CancellationToken);

            Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError), (apiAnswer.StatusCode, pageAnswer.StatusCode));
            var problem = await apiAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("\"code\":\"serverError\"", problem, StringComparison.Ordinal);
            Assert.Contains("Something went wrong", await pageAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            foreach (var body in new[] { problem, await pageAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken) })
            {
                foreach (var leak in new[] { "Exception", "no such table", "SELECT", database.SqlitePath!, " at Mnd", "Microsoft." })
                {
                    Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }
}

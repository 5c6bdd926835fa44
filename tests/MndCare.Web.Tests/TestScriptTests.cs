using System.Diagnostics;

namespace MndCare.Web.Tests;

// Issue 7: eng/test.sh fails when PostgreSQL was expected (MNDCARE_TEST_POSTGRES set) but its rows were skipped; its last
// line stays "N passed, N failed". The summary is eng/test-summary.sh, run here on test logs written for the purpose.
public sealed class TestScriptTests
{
    private const string PassingRun = """
        Running tests from /repo/tests/MndCare.Web.Tests/bin/Release/net10.0/MndCare.Web.Tests.dll (net10.0|x64)
        /repo/tests/MndCare.Web.Tests/bin/Release/net10.0/MndCare.Web.Tests.dll (net10.0|x64) passed (5s 142ms)

        Test run summary: Passed!
          total: 3
          failed: 0
          succeeded: 3
          skipped: 0
        """;

    private const string SkippedPostgres = """
        Running tests from /repo/tests/MndCare.Web.Tests/bin/Release/net10.0/MndCare.Web.Tests.dll (net10.0|x64)
        skipped MndCare.Web.Tests.RateLimitTests.Login_BeyondTheLimit_IsTooManyRequests(provider: Postgres)
          MNDCARE_TEST_POSTGRES is not set (eng/test.sh sets it)
        /repo/tests/MndCare.Web.Tests/bin/Release/net10.0/MndCare.Web.Tests.dll (net10.0|x64) passed (5s 142ms)

        Test run summary: Passed!
          total: 3
          failed: 0
          succeeded: 2
          skipped: 1
        """;

    private static readonly string Script = Path.Combine(RepositoryRoot(), "eng", "test-summary.sh");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MndCare.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("MndCare.slnx not found above the test output");
    }

    private static async Task<(int ExitCode, string LastLine)> SummarizeAsync(string log, bool postgresExpected)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, log.ReplaceLineEndings("\n") + "\n");
            var start = new ProcessStartInfo("bash", [Script, file, "0"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment.Remove("MNDCARE_TEST_POSTGRES");
            if (postgresExpected)
            {
                start.Environment["MNDCARE_TEST_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=postgres";
            }
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output.TrimEnd().Split('\n')[^1]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(PassingRun, true, 0, "3 passed, 0 failed")]
    [InlineData(SkippedPostgres, false, 0, "2 passed, 0 failed")]
    [InlineData(SkippedPostgres, true, 1, "2 passed, 1 failed")]
    public async Task Summary_FailsOnSkippedPostgresRows_OnlyWhenPostgresWasExpected(string log, bool postgresExpected, int exitCode, string lastLine) =>
        Assert.Equal((exitCode, lastLine), await SummarizeAsync(log, postgresExpected));
}

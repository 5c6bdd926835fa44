using System.Net;
using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AS-10: the DataProtection key ring survives a restart, is encrypted in the database, and is useless
// without the master key file (a stolen database or backup cannot forge a session or token).
public sealed class KeyRingTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task KeyRing_IsEncryptedWithTheMasterKey_AndTokensSurviveARestartWithTheSameKeyOnly(DatabaseProvider provider)
    {
        var root = Path.Combine(Path.GetTempPath(), "mndcare-keyring-" + Guid.CreateVersion7().ToString("N"));
        try
        {
            await using var database = await TestDatabase.CreateMigratedAsync(provider);
            var token = await SignedInTokenAsync(database, root);

            await using (var db = database.CreateContext())
            {
                var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
                Assert.NotEmpty(keys);
                Assert.All(keys, xml =>
                {
                    Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                    Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                });
            }

            Assert.Equal(HttpStatusCode.OK, await PatientsStatusAsync(database, root, token));
            Assert.Equal(HttpStatusCode.Unauthorized, await PatientsStatusAsync(database, root + "-other-key", token));
        }
        finally
        {
            foreach (var directory in new[] { root, root + "-other-key" }.Where(Directory.Exists))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static Dictionary<string, string?> Files(string root) => new()
    {
        ["Files:StorageRoot"] = Path.Combine(root, "blobs"),
        ["Files:MasterKeyPath"] = Path.Combine(root, "master.key"),
    };

    private static async Task<string> SignedInTokenAsync(TestDatabase database, string root)
    {
        await using var factory = new MndCareWebFactory(database, Files(root));
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Key ring clinic");
        var client = await ApiClient.SignedInAsync(factory, user.Email!);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private static async Task<HttpStatusCode> PatientsStatusAsync(TestDatabase database, string root, string token)
    {
        await using var factory = new MndCareWebFactory(database, Files(root));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetAsync("/api/patients", TestContext.Current.CancellationToken)).StatusCode;
    }
}

using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Identity;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AS-03: 11 characters refused, 12, 64 and 128 accepted without composition rules, and the stored hash is
// Identity's version 3 format with HMAC-SHA512 and the production iteration count (tests elsewhere use fewer, for speed).
public sealed class PasswordPolicyTests
{
    [Fact]
    public async Task Lengths_AndTheStoredHashFormat()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Identity:PasswordHashIterations"] = IdentitySetup.DefaultPasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Policy clinic");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();

        async Task<IReadOnlyList<string>> RefusalsAsync(string password)
        {
            var codes = new List<string>();
            foreach (var validator in users.PasswordValidators)
            {
                codes.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Code));
            }
            return codes;
        }

        Assert.Contains("PasswordTooShort", await RefusalsAsync("ember-quilt"));
        Assert.Empty(await RefusalsAsync("ember-quilt!"));
        Assert.Empty(await RefusalsAsync(string.Concat(Enumerable.Repeat("violet harbour ", 5))[..64]));
        Assert.Empty(await RefusalsAsync(string.Concat(Enumerable.Range(0, 16).Select(i => $"w{i * 7919 % 1000:000}rd-x"))[..128]));

        var hash = Convert.FromBase64String((await users.FindByIdAsync(user.Id.ToString()))!.PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        Assert.Equal((uint)KeyDerivationPrfSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= IdentitySetup.DefaultPasswordHashIterations);
    }

    // Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivationPrf.HMACSHA512, as written in the hash header.
    private const int KeyDerivationPrfSha512 = 2;
}

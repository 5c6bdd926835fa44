using MndCare.Application.Demo;
using MndCare.Application.Identity;
using MndCare.Domain.Clinics;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Tests.Identity;

// Security test plan AS-03: top-list and patterned passwords are refused, passphrases accepted, no composition rules.
public sealed class GuessablePasswordValidatorTests
{
    private static readonly MndCareUser Mary = new() { Email = "mary.hopkins@example.org", UserName = "mary.hopkins@example.org", DisplayName = "Mary Hopkins" };

    [Theory]
    [InlineData("Password1!", false)]
    [InlineData("Password123!", false)]
    [InlineData("password1234", false)]
    [InlineData("qwertyuiop123", false)]
    [InlineData("123456789012", false)]
    [InlineData("aaaaaaaaaaaa", false)]
    [InlineData("iloveyou2026", false)]
    [InlineData("maryhopkins1968", false)]
    [InlineData("mndcare-2026!", false)]
    [InlineData("correct-horse-battery-staple", true)]
    [InlineData("a-long-family-password", true)]
    [InlineData("mndcare-demo-2026", true)]
    [InlineData("copper-tulip-river-2026", true)]
    [InlineData("demo-password-for-tests", true)]
    [InlineData("demo-password-for-browser-tests", true)]
    [InlineData("晚上九点在老槐树下等你", true)]
    [InlineData("tulip river copper window", true)]
    public async Task Validate_RefusesGuessablePasswords(string password, bool accepted)
    {
        var result = await new GuessablePasswordValidator().ValidateAsync(null!, Mary, password);

        Assert.True(accepted == result.Succeeded, $"{password}: {string.Join(", ", result.Errors.Select(e => e.Code))} score {Zxcvbn.Zxcvbn.MatchPassword(password).Score}");
    }

    // The demo clinic is seeded through the same policy; its users' e-mail words ("demo", "mndcare") must not weaken the default.
    [Fact]
    public async Task DemoDefaultPassword_IsAcceptedForEveryDemoUser()
    {
        foreach (var role in Enum.GetValues<ClinicRole>())
        {
            var user = new MndCareUser { Email = DemoSeeder.EmailFor(role), UserName = DemoSeeder.EmailFor(role), DisplayName = $"Demo {role}" };

            var result = await new GuessablePasswordValidator().ValidateAsync(null!, user, DemoSeeder.DefaultPassword);

            Assert.True(result.Succeeded, $"{role}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }
}

using Microsoft.AspNetCore.Identity;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>Refuses passwords that are easy to guess: common and leaked passwords, keyboard patterns, repeats, dates, and
/// words taken from the user's own e-mail address or name.</summary>
/// <remarks>OWASP ASVS 5.0 V6.2.4 and V6.2.12 and the security test plan AS-03 ("top-list rejected"), checked offline with
/// zxcvbn (Wheeler, "zxcvbn: Low-Budget Password Strength Estimation", USENIX Security 2016), whose frequency lists
/// include the most common leaked passwords. Scores run 0-4; below 3 ("safely unguessable: moderate protection from an
/// offline slow-hash scenario") is refused. There are no composition rules (ASVS V6.2.5).</remarks>
public sealed class GuessablePasswordValidator : IPasswordValidator<MndCareUser>
{
    /// <summary>The lowest zxcvbn score accepted.</summary>
    public const int MinimumScore = 3;

    /// <summary>The error code of a refused password.</summary>
    public const string ErrorCode = "passwordTooGuessable";

    // zxcvbn's matching grows quickly with length; the first 100 characters decide, and more only adds strength.
    private const int EvaluatedLength = 100;

    /// <inheritdoc />
    public Task<IdentityResult> ValidateAsync(UserManager<MndCareUser> manager, MndCareUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var evaluated = password.Length > EvaluatedLength ? password[..EvaluatedLength] : password;
        var score = Zxcvbn.Zxcvbn.MatchPassword(evaluated, PersonalWords(user)).Score;
        return Task.FromResult(score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "password is too easy to guess: it is common, a pattern, or built from your own details. A few unrelated words make a strong one.",
            }));
    }

    private static List<string> PersonalWords(MndCareUser user)
    {
        var words = new List<string> { "mndcare", "motor neuron", "clinic" };
        foreach (var value in new[] { user.Email, user.UserName, user.DisplayName })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            words.Add(value);
            words.AddRange(value.Split(['@', '.', ' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return words;
    }
}

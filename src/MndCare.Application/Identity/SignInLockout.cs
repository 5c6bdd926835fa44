using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Identity;

/// <summary>The sign-in lockout rule: failed passwords are counted per e-mail address and client network, so failures from
/// one network lock that network out of that account, and nobody else.</summary>
/// <remarks>
/// 21 CFR 11.300(d), ASVS 6.3.1 (brute force is stopped without letting an attacker lock the user out) and the security
/// test plan AS-01. <see cref="NetworkThreshold"/> failures for one address from one client network (<see cref="ClientNetwork"/>)
/// within <see cref="Window"/> lock that pair for <see cref="LockDuration"/>. <see cref="AccountThreshold"/> failures from all
/// networks together lock the address for everyone for as long (NIST SP 800-63B section 5.2.2 allows at most 100
/// consecutive failures); one network adds at most <see cref="NetworkThreshold"/> per window, so it alone can never get
/// there. Addresses are counted whether or not an account has them, so being locked out says nothing about existence. A
/// right password clears both counts. Identity's own lockout (second factor, an administrator's decision) is separate;
/// an administrator's unlock clears both (<see cref="ClearAsync"/>).
/// </remarks>
public sealed class SignInLockout(IDbContextFactory<MndCareDbContext> contexts, MndCareDbContext db, ILookupNormalizer normalizer,
    TimeProvider clock)
{
    /// <summary>Failures from one client network that lock that network out of the address.</summary>
    public const int NetworkThreshold = IdentitySetup.MaxFailedAccessAttempts;

    /// <summary>Failures from all networks that lock the address for everyone.</summary>
    public const int AccountThreshold = 100;

    /// <summary>How long failures are remembered, from the first of a window.</summary>
    public static readonly TimeSpan Window = IdentitySetup.LockoutDuration;

    /// <summary>How long a lock lasts.</summary>
    public static readonly TimeSpan LockDuration = IdentitySetup.LockoutDuration;

    /// <summary>Whether sign-in with <paramref name="email"/> is refused from <paramref name="clientAddress"/>'s network now.</summary>
    public async Task<bool> IsLockedAsync(string email, string? clientAddress, CancellationToken cancellationToken)
    {
        var (account, network) = Keys(email, clientAddress);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        return await LockedAsync(own, account, network, now, cancellationToken);
    }

    /// <summary>Counts a wrong password; true when sign-in with <paramref name="email"/> from this network is now locked.</summary>
    public async Task<bool> RecordFailureAsync(string email, string? clientAddress, CancellationToken cancellationToken)
    {
        var (account, network) = Keys(email, clientAddress);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        // Forgotten windows go, so addresses strangers typed are not kept.
        var stale = now - Window - LockDuration;
        await own.SignInFailures.Where(f => f.WindowStartedAtUtc < stale && (f.LockedUntilUtc == null || f.LockedUntilUtc < now))
            .ExecuteDeleteAsync(cancellationToken);
        await CountAsync(own, account, network, NetworkThreshold, now, cancellationToken);
        await CountAsync(own, account, SignInFailureCount.AllNetworks, AccountThreshold, now, cancellationToken);
        return await LockedAsync(own, account, network, now, cancellationToken);
    }

    /// <summary>A right password: the address's failures are forgiven.</summary>
    public async Task RecordSuccessAsync(string email, CancellationToken cancellationToken)
    {
        var (account, _) = Keys(email, null);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        await own.SignInFailures.Where(f => f.AccountKey == account && (f.LockedUntilUtc == null || f.LockedUntilUtc <= now))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Clears this rule's counts and locks of <paramref name="user"/>'s address, from every network, inside the caller's
    /// transaction; returns how many were cleared. An administrator's unlock (StaffAdministration) also clears Identity's lockout.</summary>
    public Task<int> ClearAsync(MndCareUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (account, _) = Keys(user.Email ?? string.Empty, null);
        return db.SignInFailures.Where(f => f.AccountKey == account).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task CountAsync(MndCareDbContext own, string account, string network, int threshold, DateTime now,
        CancellationToken cancellationToken)
    {
        var windowStart = now - Window;
        var lockedUntil = now + LockDuration;
        for (var attempt = 0; ; attempt++)
        {
            // One statement, so simultaneous failures are all counted; a window that has passed starts again at one.
            var updated = await own.SignInFailures.Where(f => f.AccountKey == account && f.ClientNetwork == network)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.Failures, f => f.WindowStartedAtUtc < windowStart ? 1 : f.Failures + 1)
                    .SetProperty(f => f.WindowStartedAtUtc, f => f.WindowStartedAtUtc < windowStart ? now : f.WindowStartedAtUtc)
                    .SetProperty(f => f.LockedUntilUtc, f => (f.WindowStartedAtUtc < windowStart ? 1 : f.Failures + 1) == threshold
                        ? (DateTime?)lockedUntil : f.LockedUntilUtc), cancellationToken);
            if (updated > 0)
            {
                return;
            }
            own.SignInFailures.Add(new SignInFailureCount
            {
                AccountKey = account,
                ClientNetwork = network,
                Failures = 1,
                WindowStartedAtUtc = now,
                LockedUntilUtc = threshold == 1 ? lockedUntil : null,
            });
            try
            {
                await own.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another request made the row first; count on it.
                own.ChangeTracker.Clear();
            }
        }
    }

    private static Task<bool> LockedAsync(MndCareDbContext own, string account, string network, DateTime now, CancellationToken cancellationToken) =>
        own.SignInFailures.AnyAsync(f => f.AccountKey == account
            && (f.ClientNetwork == network || f.ClientNetwork == SignInFailureCount.AllNetworks)
            && f.LockedUntilUtc > now, cancellationToken);

    private (string Account, string Network) Keys(string email, string? clientAddress) =>
        (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizer.NormalizeEmail(email.Trim()) ?? string.Empty))),
            ClientNetwork.Of(clientAddress));
}

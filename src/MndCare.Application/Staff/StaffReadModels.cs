namespace MndCare.Application.Staff;

/// <summary>A staff account as its administrator sees it: who, how it stands, and the roles in the administrator's clinics.</summary>
/// <remarks>No clinical content: administrators manage accounts, not care.</remarks>
/// <param name="Id">The user id.</param>
/// <param name="DisplayName">The name shown in the interface and the audit trail.</param>
/// <param name="Email">The sign-in address.</param>
/// <param name="Status">invited (has not set a password yet), active or deactivated.</param>
/// <param name="AuthenticatorEnrolled">Whether the account signs in with an authenticator app.</param>
/// <param name="LockedOutUntilUtc">When a lockout after failed sign-ins ends; null when not locked out.</param>
/// <param name="DeactivatedAtUtc">When the account was deactivated; null when it is not.</param>
/// <param name="Clinics">The roles held in each of the administrator's clinics.</param>
/// <param name="Version">The account's version, for If-Match.</param>
public sealed record StaffMember(
    Guid Id,
    string DisplayName,
    string Email,
    string Status,
    bool AuthenticatorEnrolled,
    DateTime? LockedOutUntilUtc,
    DateTime? DeactivatedAtUtc,
    IReadOnlyList<StaffClinicRoles> Clinics,
    string Version);

/// <summary>The roles a staff member holds in one clinic (wire names, such as nurse or administrator).</summary>
public sealed record StaffClinicRoles(Guid ClinicId, string ClinicName, IReadOnlyList<string> Roles);

/// <summary>A clinic the administrator manages staff of.</summary>
public sealed record ManagedClinic(Guid Id, string Name);

/// <summary>An invitation as an administrator fills it in.</summary>
/// <param name="Email">The address the invitation goes to (and the sign-in name).</param>
/// <param name="DisplayName">The person's name.</param>
/// <param name="ClinicId">The clinic; needed only by administrators of several clinics.</param>
/// <param name="Role">The first role (a staff role's wire name).</param>
/// <param name="Language">The invitation e-mail's language: en (default) or zh-Hans.</param>
public sealed record StaffInvitation(string? Email, string? DisplayName, Guid? ClinicId, string? Role, string? Language = null);

/// <summary>The roles to hold in one clinic from now on; an empty list removes the staff member from the clinic.</summary>
public sealed record StaffRolesUpdate(Guid ClinicId, IReadOnlyList<string>? Roles);

/// <summary>The outcome of an invitation: the account, and the token of its link (null when an existing account was given the role).</summary>
/// <param name="Member">The staff member.</param>
/// <param name="Token">The invitation token for the link; null when no invitation is needed.</param>
/// <param name="Language">The language the invitation e-mail is written in.</param>
public sealed record StaffInvited(StaffMember Member, string? Token, string Language);

/// <summary>Who an invitation link is for, shown on the page where the invitee sets a password.</summary>
public sealed record InvitationGreeting(string DisplayName, string Email);

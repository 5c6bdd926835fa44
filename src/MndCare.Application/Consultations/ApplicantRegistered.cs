namespace MndCare.Application.Consultations;

/// <summary>The outcome of a registration: the new user and the confirmation token, or nulls when the address was in use.</summary>
/// <param name="UserId">The new user, or null.</param>
/// <param name="ConfirmationToken">The e-mail confirmation token, or null.</param>
/// <param name="Email">The address the link goes to.</param>
public sealed record ApplicantRegistered(Guid? UserId, string? ConfirmationToken, string Email);

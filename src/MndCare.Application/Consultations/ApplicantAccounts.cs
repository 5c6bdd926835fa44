using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Consultations;

/// <summary>Accounts for patients and families who ask for a consultation: registration, consent, e-mail confirmation.</summary>
/// <remarks>
/// Registration creates, in one transaction, the user (unconfirmed), the patient's registry entry in the clinic asked
/// (MRN "WEB-" + 8 random characters), the patient membership with its relationship, and the consent record. A
/// registration with an address already in use costs the same password hash, creates nothing and returns no
/// confirmation token: the caller sees the same answer and the address's owner gets a mail instead, so the form does not
/// reveal who has an account (ASVS 6.3.7, security test plan AS-02).
/// </remarks>
public sealed class ApplicantAccounts(MndCareDbContext db, UserManager<MndCareUser> users, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Longest applicant name, in text elements.</summary>
    public const int MaxApplicantNameLength = 200;

    /// <summary>Registers the applicant and the patient; the token confirms the e-mail address.</summary>
    public async Task<Result<ApplicantRegistered>> RegisterAsync(Actor actor, ApplicantRegistration input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        var applicantName = FreeText.Required(input.ApplicantName, "applicantName", MaxApplicantNameLength);
        errors.AddRange(applicantName.Errors);
        var relationship = ParseRelationship(input.Relationship, errors);
        if (!input.ConsentGiven || input.ConsentVersion != ConsentText.CurrentVersion)
        {
            errors.Add(ConsentText.NotAccepted());
        }
        var clinic = await ClinicAsync(input.ClinicId, errors, cancellationToken);
        var today = clinic?.LocalDate(clock.GetUtcNow()) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var details = PatientDetails.Create(new PatientDetailsInput(NewMrn(), input.PatientName, input.PatientLatinName, input.Sex, input.BirthDate,
            input.Phone, input.Email, input.PreferredLanguage), today);
        errors.AddRange(details.Errors.Select(e => e is ValidationError { Field: "nativeName" } v ? v with { Field = "patientName" }
            : e is ValidationError { Field: "latinName" } l ? l with { Field = "patientLatinName" } : e));
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(new ValidationError("email", "required", "email is required."));
        }
        foreach (var failure in await PasswordFailuresAsync(input))
        {
            errors.Add(new ValidationError("password", failure.Code, failure.Description));
        }
        if (errors.Count > 0 || clinic is null)
        {
            return await audit.RefuseAsync<ApplicantRegistered>(actor, errors,
                new AuditEntry("applicant.register", AuditOutcome.Invalid) { EntityType = "user" });
        }
        var email = details.Value.Email!;
        if (await users.FindByEmailAsync(email) is not null)
        {
            // The work a new account costs (hashing its password), so the answer's timing does not tell either.
            users.PasswordHasher.HashPassword(new MndCareUser(), input.Password!);
            await audit.RecordAsync(actor, new AuditEntry("applicant.register", AuditOutcome.Conflict) { EntityType = "user", Reason = "address in use" },
                cancellationToken);
            return new ApplicantRegistered(null, null, email);
        }
        return await CreateAsync(actor, input, clinic, details.Value, applicantName.Value, relationship!.Value, cancellationToken);
    }

    /// <summary>The clinics an applicant may ask, by name (the form offers a choice only when there are several).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ClinicChoicesAsync(CancellationToken cancellationToken) =>
        [.. (await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name))];

    /// <summary>Confirms the applicant's e-mail address with the token sent to it.</summary>
    public async Task<Result<bool>> ConfirmEmailAsync(Actor actor, Guid userId, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await users.FindByIdAsync(userId.ToString("D"));
        var confirmed = user is not null && !string.IsNullOrEmpty(token) && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        await audit.RecordAsync(actor, new AuditEntry("applicant.confirmEmail", confirmed ? AuditOutcome.Success : AuditOutcome.Invalid)
        {
            EntityType = "user",
            EntityId = userId.ToString("D"),
        }, cancellationToken);
        return confirmed ? true : new ValidationError("token", "invalidToken", "The confirmation link is wrong or has expired.");
    }

    private async Task<Result<ApplicantRegistered>> CreateAsync(Actor actor, ApplicantRegistration input, Clinic clinic, PatientDetails details,
        string applicantName, PatientRelationship relationship, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new MndCareUser
        {
            Id = RecordId.New(clock),
            UserName = details.Email,
            Email = details.Email,
            DisplayName = applicantName,
            CreatedAtUtc = now.UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Result<ApplicantRegistered>.Failure([.. created.Errors.Select(e => new ValidationError("email", e.Code, e.Description))]);
        }
        var patient = Patient.Register(RecordId.New(clock), clinic.Id, details, now, RecordId.New(clock));
        db.Patients.Add(patient);
        db.ClinicMemberships.Add(ClinicMembership.ForPatient(RecordId.New(clock), clinic.Id, user.Id, patient.Id, relationship));
        var language = WireNames.Of(details.PreferredLanguage);
        db.ConsentRecords.Add(ConsentRecord.Give(RecordId.New(clock), user.Id, patient.Id, ConsentText.CurrentVersion, language, now));
        await audit.SaveAsync(actor,
        [
            new AuditEntry("applicant.register", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = "user",
                EntityId = user.Id.ToString("D"),
                Changes = [new FieldChange("relationship", null, relationship.ToString())],
            },
            new AuditEntry("patient.create", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = "patient",
                EntityId = patient.Id.ToString("D"),
                Changes = details.ChangesSince(null),
                Reason = "consultation request",
            },
            new AuditEntry("consent.give", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = "patient",
                EntityId = patient.Id.ToString("D"),
                Changes = [new FieldChange("consentVersion", null, ConsentText.CurrentVersion), new FieldChange("language", null, language)],
            },
        ], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        return new ApplicantRegistered(user.Id, token, details.Email!);
    }

    private async Task<Clinic?> ClinicAsync(Guid? clinicId, List<Error> errors, CancellationToken cancellationToken)
    {
        var clinics = await db.Clinics.AsNoTracking().Where(c => clinicId == null || c.Id == clinicId).OrderBy(c => c.Id).Take(2)
            .ToListAsync(cancellationToken);
        if (clinics.Count == 1)
        {
            return clinics[0];
        }
        errors.Add(clinicId is null
            ? new ValidationError("clinicId", "required", "Choose the clinic you are asking.")
            : new ValidationError("clinicId", "invalidValue", "No clinic with that id takes consultation requests."));
        return null;
    }

    private async Task<IReadOnlyList<IdentityError>> PasswordFailuresAsync(ApplicantRegistration input)
    {
        var password = input.Password;
        if (string.IsNullOrEmpty(password))
        {
            return [new IdentityError { Code = "required", Description = "password is required." }];
        }
        var failures = new List<IdentityError>();
        // The user does not exist yet; the names and address are enough to refuse a password built from them.
        var applicant = new MndCareUser { Email = input.Email, UserName = input.Email, DisplayName = $"{input.ApplicantName} {input.PatientName}" };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, applicant, password);
            failures.AddRange(result.Errors);
        }
        return failures;
    }

    private static PatientRelationship? ParseRelationship(string? text, List<Error> errors)
    {
        foreach (var value in Enum.GetValues<PatientRelationship>())
        {
            if (string.Equals(RelationshipName(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        errors.Add(new ValidationError("relationship", "invalidValue",
            "relationship must be one of: " + string.Join(", ", Enum.GetValues<PatientRelationship>().Select(RelationshipName)) + "."));
        return null;
    }

    /// <summary>The wire name of a relationship (camelCase).</summary>
    public static string RelationshipName(PatientRelationship value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    // Random rather than sequential: the number of applicants is not disclosed by the MRN.
    private static string NewMrn() => "WEB-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToUpper(CultureInfo.InvariantCulture);
}

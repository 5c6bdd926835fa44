using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Auditing;
using MndCare.Application.Paging;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Persistence;

namespace MndCare.Application.Consultations;

/// <summary>Consultation requests from open to triage: questionnaire, submission, queue, assignment, messages.</summary>
/// <remarks>Every read and change is audited; see <see cref="ConsultationScope"/> for who reaches what.</remarks>
public sealed class ConsultationRequests(MndCareDbContext db, AuditTrail audit, TimeProvider clock, ConsultationViews views, AlsfrsRWordings wordings)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "consultation";

    /// <summary>Rows per page of the triage queue unless asked otherwise.</summary>
    public const int QueuePageSize = 50;

    /// <summary>Longest decline reason, in text elements.</summary>
    public const int MaxReasonLength = Consultation.MaxDeclineReasonLength;

    /// <summary>Opens a draft for the actor's patient (the one their membership names, or <paramref name="patientId"/>).</summary>
    public async Task<Result<ConsultationView>> OpenAsync(Actor actor, Guid? patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var own = actor.Memberships.Where(m => m.Role == ClinicRole.Patient && m.PatientId is not null).ToList();
        var membership = patientId is null && own.Count == 1 ? own[0] : own.FirstOrDefault(m => m.PatientId == patientId);
        if (membership is null)
        {
            Error error = own.Count == 0 ? new ForbiddenError("request a consultation (only patients and their families can)")
                : new ValidationError("patientId", "required", "patientId is required: you act for more than one patient.");
            return await audit.RefuseAsync<ConsultationView>(actor, error, Entry("consultation.open", AuditOutcome.Success, null, null));
        }
        var open = await db.Consultations.AsNoTracking()
            .Where(c => c.PatientId == membership.PatientId && !ConsultationStatusRules.Closed.Contains(c.Status))
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } existing)
        {
            return await audit.RefuseAsync<ConsultationView>(actor,
                new ConflictError(ConsultationErrorCodes.AlreadyOpen, $"This patient already has an open consultation ({existing:D})."),
                Entry("consultation.open", AuditOutcome.Conflict, membership.ClinicId, existing));
        }
        var consultation = Consultation.Open(RecordId.New(clock), membership.ClinicId, membership.PatientId!.Value, actor.UserId!.Value,
            clock.GetUtcNow(), RecordId.New(clock));
        db.Consultations.Add(consultation);
        // The partial unique index: another request opened one for this patient a moment ago.
        var conflict = await audit.SaveAsync(actor, [Entry("consultation.open", AuditOutcome.Success, consultation.ClinicId, consultation.Id)],
            _ => new ConflictError(ConsultationErrorCodes.AlreadyOpen, "This patient already has an open consultation."), cancellationToken);
        return conflict is null
            ? await views.BuildAsync(consultation, asPatient: true, cancellationToken)
            : await audit.RefuseAsync<ConsultationView>(actor, conflict, Entry("consultation.open", AuditOutcome.Conflict, membership.ClinicId, null));
    }

    /// <summary>One consultation with its answers, files, messages and reports.</summary>
    /// <remarks>When a clinic member who can answer reads it, the patient's unread messages become read, recorded with the read.</remarks>
    public async Task<Result<ConsultationView>> GetAsync(Actor actor, Guid consultationId, CancellationToken cancellationToken)
    {
        var reached = await ReachAsync(actor, consultationId, "consultation.read", track: false, cancellationToken);
        if (reached is null)
        {
            return new NotFoundError(EntityType);
        }
        var consultation = reached.Consultation;
        // Built before the marking, so that the reader sees which messages were new to the clinic.
        var view = await views.BuildAsync(consultation, reached.AsPatient, cancellationToken);
        var entry = Entry("consultation.read", AuditOutcome.Success, consultation.ClinicId, consultationId);
        var unread = reached.AsPatient || !actor.Can(Permission.TriageConsultations, consultation.ClinicId) ? []
            : await db.ConsultationMessages.Where(m => m.ConsultationId == consultationId && !m.FromClinic && m.ReadByClinicAtUtc == null)
                .ToListAsync(cancellationToken);
        if (unread.Count == 0)
        {
            await audit.RecordAsync(actor, entry, cancellationToken);
            return view;
        }
        var now = clock.GetUtcNow();
        unread.ForEach(m => m.MarkReadByClinic(actor.UserId!.Value, now));
        await audit.SaveAsync(actor, [entry with { Details = JsonSerializer.Serialize(new { messagesRead = unread.Select(m => m.Id) }) }],
            cancellationToken);
        return view;
    }

    /// <summary>Saves the questionnaire (a draft may be partial; each given answer must be valid).</summary>
    /// <param name="actor">The patient or family member.</param>
    /// <param name="consultationId">The consultation.</param>
    /// <param name="answers">The whole questionnaire as it should now stand.</param>
    /// <param name="expectedVersion">The version the answers were edited from; another one means someone saved meanwhile.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<Result<ConsultationView>> SaveAnswersAsync(Actor actor, Guid consultationId, QuestionnaireAnswers answers, Guid expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        const string action = "consultation.questionnaire.save";
        var reached = await ReachAsPatientAsync(actor, consultationId, action, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        if (consultation.Version != expectedVersion)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, Changed(),
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        var (birthDate, today) = await BirthAndTodayAsync(consultation, cancellationToken);
        var checkedAnswers = wordings.CheckWording(QuestionnaireRules.Check(answers, birthDate, today, forSubmission: false));
        if (!checkedAnswers.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, checkedAnswers.Errors,
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        var saved = consultation.SaveAnswers(checkedAnswers.Value, clock.GetUtcNow(), RecordId.New(clock));
        if (!saved.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, saved.Errors[0],
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        return await SaveAsync(actor, consultation, Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId), asPatient: true,
            cancellationToken);
    }

    /// <summary>Sends the consultation to the clinic: the questionnaire must be complete and consent given.</summary>
    public async Task<Result<ConsultationView>> SubmitAsync(Actor actor, Guid consultationId, CancellationToken cancellationToken)
    {
        const string action = "consultation.submit";
        var reached = await ReachAsPatientAsync(actor, consultationId, action, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var (birthDate, today) = await BirthAndTodayAsync(consultation, cancellationToken);
        var errors = new List<Error>(QuestionnaireRules.Check(consultation.Answers, birthDate, today, forSubmission: true).Errors);
        if (!await db.ConsentRecords.AnyAsync(c => c.PatientId == consultation.PatientId, cancellationToken))
        {
            errors.Add(new ValidationError("consent", ConsultationErrorCodes.ConsentRequired, "Consent to the processing of health data is needed before sending."));
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, errors,
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        var submitted = consultation.Submit(clock.GetUtcNow(), RecordId.New(clock));
        if (!submitted.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, submitted.Errors[0],
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        var entry = Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId) with
        {
            Changes = [new FieldChange("status", null, QuestionnaireChoices.Of(consultation.Status))],
        };
        var prefilled = await FillRegistryGapsAsync(consultation, cancellationToken);
        return await SaveAsync(actor, consultation, entry, asPatient: true, cancellationToken, prefilled);
    }

    /// <summary>Fills the patient's empty onset date, onset site and diagnosis date from the questionnaire, never
    /// overwriting what the clinic recorded; the audit entry names the questionnaire as the source.</summary>
    private async Task<AuditEntry[]> FillRegistryGapsAsync(Consultation consultation, CancellationToken cancellationToken)
    {
        var a = consultation.Answers;
        var patient = await db.Patients.SingleAsync(p => p.Id == consultation.PatientId, cancellationToken);
        var filled = patient.Details.WithHistoryGapsFilled(PatientDetails.TryParseDate(a.OnsetDate, out var onset) ? onset : null,
            WireNames.Parse<OnsetSite>(a.OnsetSite), PatientDetails.TryParseDate(a.DiagnosisDate, out var diagnosis) ? diagnosis : null);
        var changes = patient.Update(filled, clock.GetUtcNow(), RecordId.New(clock));
        return changes.Count == 0 ? [] :
        [
            new AuditEntry("patient.update", AuditOutcome.Success)
            {
                ClinicId = patient.ClinicId,
                EntityType = Patients.PatientRegistry.EntityType,
                EntityId = patient.Id.ToString("D"),
                Changes = changes,
                Reason = "from the patient's questionnaire",
                Details = JsonSerializer.Serialize(new { source = "questionnaire", consultation = consultation.Id }),
            },
        ];
    }

    /// <summary>Records the actor's consent to the processing of the patient's health data, for a patient or family member
    /// whose account was not created through registration (which records it there), such as the demo patient.</summary>
    /// <param name="actor">The patient or family member.</param>
    /// <param name="consultationId">The consultation they are about to send.</param>
    /// <param name="consentVersion">The version of the consent text shown; it must be the current one.</param>
    /// <param name="language">The language the text was shown in (en or zh-Hans).</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    public async Task<Result<ConsultationView>> GiveConsentAsync(Actor actor, Guid consultationId, string? consentVersion, string? language,
        CancellationToken cancellationToken)
    {
        const string action = "consent.give";
        var reached = await ReachAsPatientAsync(actor, consultationId, action, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var entry = new AuditEntry(action, AuditOutcome.Success)
        {
            ClinicId = consultation.ClinicId,
            EntityType = "patient",
            EntityId = consultation.PatientId.ToString("D"),
        };
        var shownIn = WireNames.Parse<PreferredLanguage>(language);
        if (consentVersion != ConsentText.CurrentVersion || shownIn is null)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, ConsentText.NotAccepted(), entry with { Outcome = AuditOutcome.Invalid });
        }
        var given = await db.ConsentRecords.AnyAsync(
            r => r.PatientId == consultation.PatientId && r.UserId == actor.UserId && r.TextVersion == ConsentText.CurrentVersion, cancellationToken);
        if (!given)
        {
            var tag = WireNames.Of(shownIn.Value);
            db.ConsentRecords.Add(ConsentRecord.Give(RecordId.New(clock), actor.UserId!.Value, consultation.PatientId, ConsentText.CurrentVersion, tag,
                clock.GetUtcNow()));
            await audit.SaveAsync(actor, [entry with
            {
                Changes = [new FieldChange("consentVersion", null, ConsentText.CurrentVersion), new FieldChange("language", null, tag)],
            }], cancellationToken);
        }
        return await views.BuildAsync(consultation, asPatient: true, cancellationToken);
    }

    /// <summary>The actor's own consultations (patients and families).</summary>
    public async Task<IReadOnlyList<OwnConsultationItem>> ListOwnAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var own = actor.OwnPatientIds;
        var rows = await db.Consultations.AsNoTracking().Where(c => own.Contains(c.PatientId))
            .Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => new { c, p.NativeName, p.ClinicId })
            .Join(db.Clinics, x => x.ClinicId, k => k.Id, (x, k) => new { x.c, x.NativeName, ClinicName = k.Name, k.TimeZoneId })
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry("consultation.list.own", AuditOutcome.Success)
        {
            EntityType = EntityType,
            Details = JsonSerializer.Serialize(new { ids = rows.Select(r => r.c.Id) }),
        }, cancellationToken);
        return [.. rows.OrderByDescending(r => r.c.CreatedAtUtc).Select(r => new OwnConsultationItem(r.c.Id, r.NativeName, r.ClinicName, r.TimeZoneId,
            QuestionnaireChoices.Of(r.c.Status), r.c.CreatedAtUtc, r.c.SubmittedAtUtc, r.c.UpdatedAtUtc))];
    }

    /// <summary>One page of the triage queue of the actor's clinics, oldest waiting first.</summary>
    public async Task<Result<Paged<ConsultationQueueItem>>> QueueAsync(Actor actor, string? status, bool assignedToMe, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadConsultations);
        ConsultationStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            wanted = WireNames.Parse<ConsultationStatus>(status);
            if (wanted is not { } known || !known.IsVisibleToClinic())
            {
                var error = new ValidationError("status", "invalidValue",
                    "status must be one of: " + string.Join(", ", ConsultationStatusRules.VisibleToClinic.Select(QuestionnaireChoices.Of)) + ".");
                return await audit.RefuseAsync<Paged<ConsultationQueueItem>>(actor, error,
                    new AuditEntry("consultation.queue", AuditOutcome.Invalid) { EntityType = EntityType });
            }
        }
        var query = db.Consultations.AsNoTracking().Where(c => clinics.Contains(c.ClinicId) && ConsultationStatusRules.VisibleToClinic.Contains(c.Status));
        if (wanted is { } w)
        {
            query = query.Where(c => c.Status == w);
        }
        if (assignedToMe)
        {
            query = query.Where(c => c.AssignedClinicianId == actor.UserId);
        }
        var rows = await query
            .Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => new { c, p.NativeName })
            .Join(db.Clinics, x => x.c.ClinicId, k => k.Id, (x, k) => new { x.c, x.NativeName, ClinicName = k.Name, k.TimeZoneId })
            .OrderBy(r => r.c.LastSubmittedAtUtc ?? r.c.CreatedAtUtc).ThenBy(r => r.c.Id)
            .ToPageAsync(page, cancellationToken);
        var ids = rows.Items.Select(r => r.c.Id).ToList();
        var fileCounts = await views.FileCountsAsync(ids, cancellationToken);
        var unread = await views.UnreadCountsAsync(ids, cancellationToken);
        var names = await views.UserNamesAsync(rows.Items.Select(r => r.c.AssignedClinicianId), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await audit.RecordAsync(actor, new AuditEntry("consultation.queue", AuditOutcome.Success)
        {
            EntityType = EntityType,
            Details = JsonSerializer.Serialize(new { status, assignedToMe, page = rows.Page, ids }),
        }, cancellationToken);
        return rows.Select(r => new ConsultationQueueItem(r.c.Id, r.c.PatientId, r.NativeName, r.ClinicName, r.TimeZoneId, QuestionnaireChoices.Of(r.c.Status),
            r.c.SubmittedAtUtc, WaitingDays(r.c, now), r.c.Answers.OnsetSite, r.c.Answers.SelfRatedAlsfrsR()?.Total,
            r.c.AssignedClinicianId is { } a ? names.GetValueOrDefault(a) : null, fileCounts.GetValueOrDefault(r.c.Id), unread.GetValueOrDefault(r.c.Id)));
    }

    /// <summary>Assigns the consultation to a clinician of its clinic (the actor when <paramref name="clinicianId"/> is null).</summary>
    public async Task<Result<ConsultationView>> AssignAsync(Actor actor, Guid consultationId, Guid? clinicianId, CancellationToken cancellationToken)
    {
        const string action = "consultation.assign";
        var reached = await ReachAsStaffAsync(actor, consultationId, action, Permission.TriageConsultations, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var target = clinicianId ?? actor.UserId!.Value;
        var isClinician = await db.ClinicMemberships.AnyAsync(
            m => m.UserId == target && m.ClinicId == consultation.ClinicId && m.Role == ClinicRole.Clinician, cancellationToken);
        if (!isClinician)
        {
            return await audit.RefuseAsync<ConsultationView>(actor,
                new ValidationError("clinicianId", "notAClinician", "Assign the consultation to a clinician of its clinic."),
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        var before = consultation.AssignedClinicianId;
        var assigned = consultation.Assign(target, clock.GetUtcNow(), RecordId.New(clock));
        if (!assigned.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, assigned.Errors[0],
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        var entry = Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId) with
        {
            Changes = [new FieldChange("assignedClinicianId", before?.ToString("D"), target.ToString("D"))],
        };
        return await SaveAsync(actor, consultation, entry, asPatient: false, cancellationToken);
    }

    /// <summary>Asks the patient for more information; the question is posted as a message.</summary>
    public async Task<Result<ConsultationView>> RequestInformationAsync(Actor actor, Guid consultationId, string? question,
        CancellationToken cancellationToken)
    {
        const string action = "consultation.requestInformation";
        var reached = await ReachAsStaffAsync(actor, consultationId, action, Permission.TriageConsultations, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var message = ConsultationMessage.Create(RecordId.New(clock), consultationId, actor.UserId!.Value, fromClinic: true, question, clock.GetUtcNow());
        if (!message.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, message.Errors,
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        var changed = consultation.RequestInformation(clock.GetUtcNow(), RecordId.New(clock));
        if (!changed.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, changed.Errors[0],
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        db.ConsultationMessages.Add(message.Value);
        return await SaveAsync(actor, consultation, Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId), asPatient: false,
            cancellationToken);
    }

    /// <summary>Declines the request with a reason the patient reads.</summary>
    public async Task<Result<ConsultationView>> DeclineAsync(Actor actor, Guid consultationId, string? reason, CancellationToken cancellationToken)
    {
        const string action = "consultation.decline";
        var reached = await ReachAsStaffAsync(actor, consultationId, action, Permission.TriageConsultations, cancellationToken);
        if (!reached.IsSuccess)
        {
            return Result<ConsultationView>.Failure(reached.Errors);
        }
        var consultation = reached.Value;
        var text = FreeText.Required(reason, "reason", MaxReasonLength, multiline: true);
        if (!text.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, text.Errors,
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        var declined = consultation.Decline(text.Value, clock.GetUtcNow(), RecordId.New(clock));
        if (!declined.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, declined.Errors[0],
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        var entry = Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId) with { Reason = text.Value };
        return await SaveAsync(actor, consultation, entry, asPatient: false, cancellationToken);
    }

    /// <summary>Posts a message: the patient (or family) to the clinic, or triage staff to the patient.</summary>
    public async Task<Result<ConsultationView>> PostMessageAsync(Actor actor, Guid consultationId, string? body, CancellationToken cancellationToken)
    {
        const string action = "consultation.message.post";
        var reached = await ReachAsync(actor, consultationId, action, track: true, cancellationToken);
        if (reached is null)
        {
            return new NotFoundError(EntityType);
        }
        var consultation = reached.Consultation;
        if (!reached.AsPatient && !actor.Can(Permission.TriageConsultations, consultation.ClinicId))
        {
            return await audit.RefuseAsync<ConsultationView>(actor, new ForbiddenError("write to the patient"),
                Entry(action, AuditOutcome.Denied, consultation.ClinicId, consultationId));
        }
        if (!consultation.Status.AllowsMessages())
        {
            return await audit.RefuseAsync<ConsultationView>(actor,
                new ConflictError(ConsultationErrorCodes.InvalidTransition, "Send the consultation before writing to the clinic."),
                Entry(action, AuditOutcome.Conflict, consultation.ClinicId, consultationId));
        }
        var message = ConsultationMessage.Create(RecordId.New(clock), consultationId, actor.UserId!.Value, fromClinic: !reached.AsPatient, body,
            clock.GetUtcNow());
        if (!message.IsSuccess)
        {
            return await audit.RefuseAsync<ConsultationView>(actor, message.Errors,
                Entry(action, AuditOutcome.Invalid, consultation.ClinicId, consultationId));
        }
        db.ConsultationMessages.Add(message.Value);
        await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, consultation.ClinicId, consultationId)], cancellationToken);
        return await views.BuildAsync(consultation, reached.AsPatient, cancellationToken);
    }

    /// <summary>Finds the consultation for a change by its patient (or family): others get not-found or forbidden.</summary>
    internal async Task<Result<Consultation>> ReachAsPatientAsync(Actor actor, Guid consultationId, string action, CancellationToken cancellationToken)
    {
        var reached = await ReachAsync(actor, consultationId, action, track: true, cancellationToken);
        if (reached is null)
        {
            return new NotFoundError(EntityType);
        }
        if (!reached.AsPatient)
        {
            return await audit.RefuseAsync<Consultation>(actor, new ForbiddenError("change a patient's consultation request"),
                Entry(action, AuditOutcome.Denied, reached.Consultation.ClinicId, consultationId));
        }
        return reached.Consultation;
    }

    /// <summary>Finds the consultation for a change by staff holding <paramref name="permission"/> in its clinic.</summary>
    internal async Task<Result<Consultation>> ReachAsStaffAsync(Actor actor, Guid consultationId, string action, Permission permission,
        CancellationToken cancellationToken)
    {
        var reached = await ReachAsync(actor, consultationId, action, track: true, cancellationToken);
        if (reached is null)
        {
            return new NotFoundError(EntityType);
        }
        if (reached.AsPatient || !actor.Can(permission, reached.Consultation.ClinicId))
        {
            return await audit.RefuseAsync<Consultation>(actor, new ForbiddenError("do this"),
                Entry(action, AuditOutcome.Denied, reached.Consultation.ClinicId, consultationId));
        }
        return reached.Consultation;
    }

    private async Task<ReachedConsultation?> ReachAsync(Actor actor, Guid consultationId, string action, bool track, CancellationToken cancellationToken)
    {
        var reached = await ConsultationScope.FindAsync(db, actor, consultationId, track, cancellationToken);
        if (reached is null)
        {
            await audit.RecordAsync(actor, Entry(action, AuditOutcome.NotFound, null, consultationId), cancellationToken);
        }
        return reached;
    }

    /// <summary>The patient's date of birth and today in the clinic's time zone: the bounds of every date the patient gives.</summary>
    internal async Task<(DateOnly BirthDate, DateOnly Today)> BirthAndTodayAsync(Consultation consultation, CancellationToken cancellationToken)
    {
        var found = await db.Patients.Where(p => p.Id == consultation.PatientId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.BirthDate, Clinic = c })
            .AsNoTracking().SingleAsync(cancellationToken);
        return (found.BirthDate, found.Clinic.LocalDate(clock.GetUtcNow()));
    }

    private async Task<Result<ConsultationView>> SaveAsync(Actor actor, Consultation consultation, AuditEntry entry, bool asPatient,
        CancellationToken cancellationToken, IReadOnlyList<AuditEntry>? related = null)
    {
        var conflict = await audit.SaveAsync(actor, [entry, .. related ?? []], e => e is DbUpdateConcurrencyException ? Changed() : null,
            cancellationToken);
        return conflict is null
            ? await views.BuildAsync(consultation, asPatient, cancellationToken)
            : await audit.RefuseAsync<ConsultationView>(actor, conflict, entry with { Outcome = AuditOutcome.Conflict });
    }

    private static ConflictError Changed() =>
        new(ConflictError.VersionMismatch, "The consultation was changed meanwhile (in another window, or by someone else); reload it and try again.");

    private static double WaitingDays(Consultation c, DateTime now) =>
        c.Status.IsWaitingForClinic() && c.LastSubmittedAtUtc is { } since
            ? Math.Round((now - since).TotalDays, 1)
            : 0;

    internal static AuditEntry Entry(string action, AuditOutcome outcome, Guid? clinicId, Guid? consultationId) => new(action, outcome)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = consultationId?.ToString("D"),
    };
}

using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>A clinician of the clinic and whether they are its safety officer.</summary>
public sealed record SafetyOfficerRow(Guid UserId, string DisplayName, string Email, bool IsSafetyOfficer);

/// <summary>An expected event of the clinic's list with its source; <see cref="Id"/> is null for a shipped default not yet edited.</summary>
public sealed record ExpectedEventRow(Guid? Id, string Term, string Source);

/// <summary>A safety officer's notice of a serious event, read or not.</summary>
public sealed record NotificationRow(Guid Id, Guid AdverseEventId, string Term, string? TermKey, int? Grade, DateTimeOffset CreatedAt, bool Read);

/// <summary>The clinic's safety settings (its safety officers, its list of expected events; administrators) and a safety officer's
/// notices of serious events.</summary>
/// <remarks>docs/safety/adverse-events.md, "Safety officer" and "Expectedness". The safety officer is a flag on a clinician of the
/// clinic (a row per clinic and user); several are allowed.</remarks>
public sealed class SafetyOffice(AdverseEventScope scope)
{
    /// <summary>The audited actions.</summary>
    public const string OfficersAction = "safetyOfficer.list", DesignateAction = "safetyOfficer.designate", ExpectedListAction = "expectedEvent.list",
        ExpectedAddAction = "expectedEvent.add", ExpectedRemoveAction = "expectedEvent.remove", NotificationsAction = "safetyNotification.list";

    /// <summary>The clinicians of the administrator's first clinic, each with the flag.</summary>
    public async Task<Result<IReadOnlyList<SafetyOfficerRow>>> OfficersAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await scope.NotFoundAsync<IReadOnlyList<SafetyOfficerRow>>(actor, OfficersAction, null, "clinic");
        }
        var rows = await scope.Db.ClinicMemberships.AsNoTracking().Where(m => m.ClinicId == clinicId && m.Role == ClinicRole.Clinician)
            .Join(scope.Db.Users.Where(u => u.DeactivatedAtUtc == null), m => m.UserId, u => u.Id, (m, u) => new SafetyOfficerRow(u.Id, u.DisplayName, u.Email!,
                scope.Db.SafetyOfficers.Any(o => o.ClinicId == clinicId && o.UserId == u.Id)))
            .ToListAsync(cancellationToken);
        await scope.Audit.RecordAsync(actor, Entry(OfficersAction, clinicId, null), cancellationToken);
        return rows.OrderBy(r => r.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Sets or clears the safety-officer flag of a clinician of the administrator's clinic.</summary>
    public async Task<Result<SafetyOfficerRow>> DesignateAsync(Actor actor, Guid userId, bool officer, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await scope.NotFoundAsync<SafetyOfficerRow>(actor, DesignateAction, userId, "clinic");
        }
        var user = await scope.Db.ClinicMemberships.AsNoTracking().Where(m => m.ClinicId == clinicId && m.Role == ClinicRole.Clinician && m.UserId == userId)
            .Join(scope.Db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        var entry = Entry(DesignateAction, clinicId, userId);
        if (user is null)
        {
            return await scope.Audit.RefuseAsync<SafetyOfficerRow>(actor, new NotFoundError("clinician"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var existing = await scope.Db.SafetyOfficers.SingleOrDefaultAsync(o => o.ClinicId == clinicId && o.UserId == userId, cancellationToken);
        if (officer && existing is null)
        {
            scope.Db.SafetyOfficers.Add(new SafetyOfficer(RecordId.New(scope.Clock), clinicId, userId, scope.Clock.GetUtcNow().UtcDateTime));
        }
        else if (!officer && existing is not null)
        {
            scope.Db.SafetyOfficers.Remove(existing);
        }
        await scope.Audit.SaveAsync(actor, [entry with { Changes = [new("safetyOfficer", (existing is not null).ToString(), officer.ToString())] }],
            cancellationToken);
        return new SafetyOfficerRow(userId, user.DisplayName, user.Email!, officer);
    }

    /// <summary>The clinic's list of expected events (the shipped defaults until the clinic edits it), for staff who read or manage
    /// adverse events.</summary>
    public async Task<IReadOnlyList<ExpectedEventRow>> ExpectedAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var own = await scope.Db.ExpectedEvents.AsNoTracking().Where(e => e.ClinicId == clinicId).ToListAsync(cancellationToken);
        return own.Count > 0
            ? [.. own.OrderBy(e => e.Term, StringComparer.Ordinal).Select(e => new ExpectedEventRow(e.Id, e.Term, e.Source))]
            : [.. ExpectedEvent.Defaults.Select(d => new ExpectedEventRow(null, d.Term, d.Source))];
    }

    /// <summary>Adds an expected event with its source (the clinic's first edit copies the shipped defaults first).</summary>
    public async Task<Result<ExpectedEventRow>> AddExpectedAsync(Actor actor, string? term, string? source, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await scope.NotFoundAsync<ExpectedEventRow>(actor, ExpectedAddAction, null, "clinic");
        }
        var entry = Entry(ExpectedAddAction, clinicId, null) with { EntityType = "expectedEvent" };
        var created = ExpectedEvent.Create(RecordId.New(scope.Clock), clinicId, term, source);
        if (!created.IsSuccess)
        {
            return await scope.Audit.RefuseAsync<ExpectedEventRow>(actor, created.Errors, entry);
        }
        await CopyDefaultsAsync(clinicId, cancellationToken);
        if (scope.Db.ExpectedEvents.Local.Any(e => string.Equals(e.Term, created.Value.Term, StringComparison.OrdinalIgnoreCase))
            || await scope.Db.ExpectedEvents.AnyAsync(e => e.ClinicId == clinicId && e.Term == created.Value.Term, cancellationToken))
        {
            return await scope.Audit.RefuseAsync<ExpectedEventRow>(actor, new ConflictError("alreadyListed", "The term is on the list already."), entry);
        }
        scope.Db.ExpectedEvents.Add(created.Value);
        await scope.Audit.SaveAsync(actor, [entry with { EntityId = created.Value.Id.ToString("D"), Changes = [new("term", null, created.Value.Term),
            new("source", null, created.Value.Source)] }], cancellationToken);
        return new ExpectedEventRow(created.Value.Id, created.Value.Term, created.Value.Source);
    }

    /// <summary>Removes an expected event (by term; the clinic's first edit copies the shipped defaults first).</summary>
    public async Task<Result<bool>> RemoveExpectedAsync(Actor actor, string term, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await scope.NotFoundAsync<bool>(actor, ExpectedRemoveAction, null, "clinic");
        }
        await CopyDefaultsAsync(clinicId, cancellationToken);
        var entry = Entry(ExpectedRemoveAction, clinicId, null) with { EntityType = "expectedEvent" };
        var row = scope.Db.ExpectedEvents.Local.FirstOrDefault(e => e.ClinicId == clinicId && e.Term == term)
            ?? await scope.Db.ExpectedEvents.FirstOrDefaultAsync(e => e.ClinicId == clinicId && e.Term == term, cancellationToken);
        if (row is null)
        {
            return await scope.Audit.RefuseAsync<bool>(actor, new NotFoundError("expectedEvent"), entry with { Outcome = AuditOutcome.NotFound });
        }
        scope.Db.ExpectedEvents.Remove(row);
        await scope.Audit.SaveAsync(actor, [entry with { EntityId = row.Id.ToString("D"), Changes = [new("term", row.Term, null)] }], cancellationToken);
        return true;
    }

    /// <summary>The actor's notices of serious events, unread first; <paramref name="markRead"/> marks them read.</summary>
    public async Task<IReadOnlyList<NotificationRow>> NotificationsAsync(Actor actor, bool markRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var notices = await scope.Db.SafetyNotifications.Where(n => n.UserId == actor.UserId).ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.AdverseEventId).ToList();
        var events = await scope.Db.AdverseEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var rows = notices.OrderBy(n => n.ReadAtUtc is not null).ThenByDescending(n => n.CreatedAtUtc).Select(n => new NotificationRow(n.Id, n.AdverseEventId,
            events[n.AdverseEventId].Term, events[n.AdverseEventId].TermKey, events[n.AdverseEventId].Grade, new DateTimeOffset(n.CreatedAtUtc, TimeSpan.Zero), n.ReadAtUtc is not null)).ToList();
        if (markRead)
        {
            notices.ForEach(n => n.MarkRead(scope.Clock.GetUtcNow()));
        }
        await scope.Audit.SaveAsync(actor, [Entry(NotificationsAction, null, null) with { Details = System.Text.Json.JsonSerializer.Serialize(new { eventIds = ids }) }],
            cancellationToken);
        return rows;
    }

    /// <summary>How many notices the actor has not read (the badge in the menu; not audited: it names no event).</summary>
    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken) =>
        scope.Db.SafetyNotifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);

    /// <summary>Whether the user is a safety officer of some clinic.</summary>
    public Task<bool> IsOfficerAsync(Guid userId, CancellationToken cancellationToken) =>
        scope.Db.SafetyOfficers.AnyAsync(o => o.UserId == userId, cancellationToken);

    private async Task CopyDefaultsAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        if (!await scope.Db.ExpectedEvents.AnyAsync(e => e.ClinicId == clinicId, cancellationToken) && scope.Db.ExpectedEvents.Local.Count == 0)
        {
            foreach (var (term, source) in ExpectedEvent.Defaults)
            {
                scope.Db.ExpectedEvents.Add(ExpectedEvent.Create(RecordId.New(scope.Clock), clinicId, term, source).Value);
            }
        }
    }

    private static Guid? ClinicOf(Actor actor) => actor.ClinicsGranting(Permission.ManageAdverseEventSettings) is [var first, ..] ? first : null;

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? userId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = "user",
        EntityId = userId?.ToString("D"),
    };
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Paging;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Auditing;

/// <summary>Reads the audit trail for auditors: a filtered view, page by page, and the same events as a CSV export.</summary>
/// <remarks>Auditors see the events of their clinics and the clinic-less ones (sign-ins, checks). Reading and exporting the trail
/// are themselves audited (HIPAA 45 CFR 164.312(b)).</remarks>
public sealed class AuditQueries(MndCareDbContext db, AuditTrail audit)
{
    /// <summary>Rows per page in the auditor's view.</summary>
    public const int PageSize = 50;

    /// <summary>The audit action of a read of the trail.</summary>
    public const string ReadAction = "audit.read";

    /// <summary>The audit action of an export of the trail.</summary>
    public const string ExportAction = "audit.export";

    /// <summary>One page of the filtered events, newest first.</summary>
    public async Task<Result<AuditView>> SearchAsync(Actor actor, AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scope = await ScopeAsync(actor, filter, ReadAction, cancellationToken);
        if (!scope.IsSuccess)
        {
            return Result<AuditView>.Failure(scope.Errors);
        }
        var (events, clinic) = scope.Value;
        var rows = await events.OrderByDescending(e => e.Sequence).ToPageAsync(page, cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry(ReadAction, AuditOutcome.Success)
        {
            Details = JsonSerializer.Serialize(new { filter = filter.Describe(), page = rows.Page, rows.Total }),
        }, cancellationToken);
        return new AuditView(rows, clinic.TimeZoneId);
    }

    /// <summary>Every filtered event, oldest first, for export; the export is audited with its filter and count before it is read.</summary>
    public async Task<Result<AuditExport>> ExportAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, filter, ExportAction, cancellationToken);
        if (!scope.IsSuccess)
        {
            return Result<AuditExport>.Failure(scope.Errors);
        }
        var (events, clinic) = scope.Value;
        var total = await events.CountAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditEntry(ExportAction, AuditOutcome.Success)
        {
            Details = JsonSerializer.Serialize(new { filter = filter.Describe(), total, format = "csv" }),
        }, cancellationToken);
        return new AuditExport(total, clinic.TimeZoneId, events.OrderBy(e => e.Sequence).AsAsyncEnumerable());
    }

    // The events the auditor may read, narrowed by the filter, and the clinic whose time zone dates are read in.
    private async Task<Result<(IQueryable<AuditRecord> Events, Clinic Clinic)>> ScopeAsync(Actor actor, AuditFilter filter, string action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var clinics = actor.ClinicsGranting(Permission.ReadAuditTrail);
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<(IQueryable<AuditRecord>, Clinic)>(actor, new ForbiddenError("read the audit trail"),
                new AuditEntry(action, AuditOutcome.Denied));
        }
        var errors = filter.Validate();
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<(IQueryable<AuditRecord>, Clinic)>(actor, errors, new AuditEntry(action, AuditOutcome.Invalid));
        }
        // An auditor of several clinics reads dates in the time zone of the first by name.
        var clinic = await db.Clinics.AsNoTracking().Where(c => clinics.Contains(c.Id)).OrderBy(c => c.Name).ThenBy(c => c.Id)
            .FirstAsync(cancellationToken);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.ClinicId == null || clinics.Contains(e.ClinicId.Value));
        return (await NarrowAsync(events, filter, clinic, cancellationToken), clinic);
    }

    private async Task<IQueryable<AuditRecord>> NarrowAsync(IQueryable<AuditRecord> events, AuditFilter filter, Clinic clinic,
        CancellationToken cancellationToken)
    {
        if (AuditFilter.Text(filter.User) is { } user)
        {
            events = await NarrowByUserAsync(events, user, cancellationToken);
        }
        if (AuditFilter.Text(filter.Action) is { } action)
        {
            events = events.Where(e => e.Action.StartsWith(action));
        }
        if (AuditFilter.Text(filter.EntityType) is { } entityType)
        {
            events = events.Where(e => e.EntityType == entityType);
        }
        if (AuditFilter.Text(filter.EntityId) is { } entityId)
        {
            events = events.Where(e => e.EntityId == entityId);
        }
        if (filter.Outcome is { } outcome)
        {
            events = events.Where(e => e.Outcome == outcome);
        }
        if (filter.From is { } from)
        {
            var start = clinic.StartOfDayUtc(from);
            events = events.Where(e => e.OccurredAtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = clinic.StartOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredAtUtc < end);
        }
        return events;
    }

    // A user id, an e-mail address (the account's events) or part of the name recorded with each event.
    private async Task<IQueryable<AuditRecord>> NarrowByUserAsync(IQueryable<AuditRecord> events, string user, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(user, out var userId))
        {
            return events.Where(e => e.ActorUserId == userId);
        }
        if (user.Contains('@', StringComparison.Ordinal))
        {
            var normalized = user.ToUpperInvariant();
            var id = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
            return events.Where(e => id != null && e.ActorUserId == id);
        }
        var lower = user.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), which has no culture
        return events.Where(e => e.ActorName.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
    }
}

/// <summary>One page of audit events, and the time zone their times are shown in.</summary>
/// <param name="Events">The events, newest first.</param>
/// <param name="TimeZoneId">The IANA time zone of the auditor's clinic.</param>
public sealed record AuditView(Paged<AuditRecord> Events, string TimeZoneId);

/// <summary>The filtered events for an export, oldest first.</summary>
/// <param name="Total">How many events the export holds.</param>
/// <param name="TimeZoneId">The IANA time zone of the auditor's clinic.</param>
/// <param name="Events">The events, read as they are written out.</param>
public sealed record AuditExport(int Total, string TimeZoneId, IAsyncEnumerable<AuditRecord> Events);

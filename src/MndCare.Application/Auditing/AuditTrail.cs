using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Consultations.Files;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Persistence.Auditing;

namespace MndCare.Application.Auditing;

/// <summary>Writes audit events for one unit of work (a request or a command) and counts what it wrote.</summary>
/// <remarks>
/// Use cases record a change with <see cref="SaveAsync(Actor, IReadOnlyList{AuditEntry}, CancellationToken)"/> (the change and its
/// events commit together or not at all) and a refusal with <see cref="RefuseAsync{T}(Actor, IReadOnlyList{Error}, AuditEntry)"/>
/// (one event, nothing saved). Saving is always the caller's explicit act: <see cref="AppendAsync"/> refuses to run while the
/// context holds unsaved changes (security test plan AU-05).
/// </remarks>
public sealed class AuditTrail(MndCareDbContext db, IDbContextFactory<MndCareDbContext> contexts, TimeProvider clock)
{
    /// <summary>How many events this unit of work has appended so far.</summary>
    public int EventsWritten { get; private set; }

    /// <summary>Saves the caller's pending changes and appends their events in one transaction: the caller's open one, or one
    /// opened and committed here.</summary>
    /// <exception cref="DbUpdateException">The save failed; in a transaction the caller opened, the caller rolls back.</exception>
    public async Task SaveAsync(Actor actor, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await SaveAndAppendAsync(actor, entries, cancellationToken);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SaveAndAppendAsync(actor, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Saves the caller's pending changes and appends their events in a transaction of its own; a save that fails on a
    /// unique index or a concurrency token comes back as the caller's error instead of an exception.</summary>
    /// <param name="actor">Who acted.</param>
    /// <param name="entries">The events of the change.</param>
    /// <param name="conflict">What a failed save means to the caller; null for a failure that is a bug (the exception goes on).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null when committed; otherwise the error, after the transaction was rolled back and every pending change discarded.</returns>
    /// <exception cref="InvalidOperationException">A transaction is already open (its owner would have to roll it back).</exception>
    public async Task<Error?> SaveAsync(Actor actor, IReadOnlyList<AuditEntry> entries, Func<DbUpdateException, Error?> conflict,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A failed save becomes a conflict only in a transaction opened here, so that it can be rolled back here.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await SaveAndAppendAsync(actor, entries, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception)
        {
            var error = conflict(exception);
            if (error is null)
            {
                throw;
            }
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return error;
        }
    }

    /// <summary>Records a refusal as one event in its own transaction, discards the caller's pending changes (a refused action
    /// changes nothing), and returns the errors as a failed result.</summary>
    /// <param name="actor">Who was refused.</param>
    /// <param name="errors">Why; at least one.</param>
    /// <param name="entry">The refused action's event. Its outcome is kept unless it is <see cref="AuditOutcome.Success"/>: then the
    /// first error decides (<see cref="OutcomeOf"/>). The event records no changes, the reason "refused: " and the error codes,
    /// and adds the codes and the invalid fields to its details.</param>
    public async Task<Result<T>> RefuseAsync<T>(Actor actor, IReadOnlyList<Error> errors, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(entry);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one error.", nameof(errors));
        }
        if (db.ChangeTracker.HasChanges())
        {
            db.ChangeTracker.Clear();
        }
        // Recorded even when the client has gone: the attempt happened.
        await RecordAsync(actor, entry with
        {
            Outcome = entry.Outcome == AuditOutcome.Success ? OutcomeOf(errors[0]) : entry.Outcome,
            Changes = [],
            Reason = "refused: " + string.Join(", ", errors.Select(e => e.Code).Distinct()),
            Details = WithRefusal(entry.Details, errors),
        }, CancellationToken.None);
        return Result<T>.Failure(errors);
    }

    /// <summary>Records a refusal with one error; see <see cref="RefuseAsync{T}(Actor, IReadOnlyList{Error}, AuditEntry)"/>.</summary>
    public Task<Result<T>> RefuseAsync<T>(Actor actor, Error error, AuditEntry entry) => RefuseAsync<T>(actor, [error], entry);

    /// <summary>The audit outcome an error stands for when the caller names none.</summary>
    public static AuditOutcome OutcomeOf(Error error) => error switch
    {
        ValidationError or UploadRefusal or MissingInputError => AuditOutcome.Invalid,
        NotFoundError => AuditOutcome.NotFound,
        ForbiddenError => AuditOutcome.Denied,
        _ => AuditOutcome.Conflict,
    };

    /// <summary>Appends events inside the caller's open transaction; the caller has saved its changes (<see cref="SaveAsync(Actor,
    /// IReadOnlyList{AuditEntry}, CancellationToken)"/> does both).</summary>
    /// <exception cref="InvalidOperationException">No transaction is open, or the context holds unsaved changes: both are bugs.</exception>
    public async Task AppendAsync(Actor actor, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events are appended inside the transaction of the change they record.");
        }
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context holds unsaved changes: save them first (AuditTrail.SaveAsync); appending never saves them.");
        }
        await AuditLedger.AppendAsync(db, entries, actor.ToAuditActor(), clock, cancellationToken);
        EventsWritten += entries.Count;
    }

    /// <summary>Appends one event in its own transaction, on a fresh context (used when no use case ran).</summary>
    public async Task RecordAsync(Actor actor, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var own = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await own.Database.BeginTransactionAsync(cancellationToken);
        await AuditLedger.AppendAsync(own, [entry], actor.ToAuditActor(), clock, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        EventsWritten++;
    }

    private async Task SaveAndAppendAsync(Actor actor, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await AppendAsync(actor, entries, cancellationToken);
    }

    // The error codes and invalid fields join whatever the caller's details already say (a consultation id, for example).
    private static string WithRefusal(string? details, IReadOnlyList<Error> errors)
    {
        var json = details is null ? new JsonObject() : JsonNode.Parse(details)!.AsObject();
        json["errors"] = new JsonArray([.. errors.Select(e => e.Code).Distinct().Select(c => JsonValue.Create(c))]);
        var fields = errors.OfType<ValidationError>().Select(e => e.Field).Distinct().ToList();
        if (fields.Count > 0)
        {
            json["invalidFields"] = new JsonArray([.. fields.Select(f => JsonValue.Create(f))]);
        }
        return json.ToJsonString();
    }
}

using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Application.Tests.Auditing;

// Security test plan AU-02 and AU-05: a refusal leaves exactly one event; a change and its events commit together or not at all;
// appending never saves a caller's pending changes.
public sealed class AuditTrailTests
{
    private static readonly Actor Actor = Actor.System("test-correlation", "test");

    private static AuditEntry ClinicEntry(Clinic clinic) =>
        new("clinic.create", AuditOutcome.Success) { ClinicId = clinic.Id, EntityType = "clinic", EntityId = clinic.Id.ToString("D") };

    private static Clinic NewClinic() => Clinic.Create(Guid.CreateVersion7(), "Audit trail test clinic", "Asia/Shanghai").Value;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Refuse_WritesExactlyOneEvent_WithTheOutcomeOfItsError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        (Error Error, AuditOutcome Given, AuditOutcome Recorded)[] rows =
        [
            (new ValidationError("name", "required", "name is required."), AuditOutcome.Success, AuditOutcome.Invalid),
            (new NotFoundError("clinic"), AuditOutcome.Success, AuditOutcome.NotFound),
            (new ForbiddenError("manage clinics"), AuditOutcome.Success, AuditOutcome.Denied),
            (new ConflictError(ConflictError.VersionMismatch, "Changed meanwhile."), AuditOutcome.Success, AuditOutcome.Conflict),
            (new ValidationError("password", "signatureFailed", "The password is wrong."), AuditOutcome.Denied, AuditOutcome.Denied),
        ];
        foreach (var (error, given, recorded) in rows)
        {
            await using var session = new TrailSession(database);
            var entry = new AuditEntry("clinic.rename", given)
            {
                EntityType = "clinic",
                Changes = [new FieldChange("name", "old", "new")],
                Details = JsonSerializer.Serialize(new { consultationId = Guid.Empty }),
            };

            var result = await session.Trail.RefuseAsync<Clinic>(Actor, error, entry);

            Assert.Equal(error, Assert.Single(result.Errors));
            Assert.Equal(1, session.Trail.EventsWritten);
            var written = (await EventsAsync(database)).Last();
            Assert.Equal(("clinic.rename", recorded, "refused: " + error.Code, 0), (written.Action, written.Outcome, written.Reason, written.Changes.Count));
            var details = JsonDocument.Parse(written.Details!).RootElement;
            Assert.Equal(Guid.Empty, details.GetProperty("consultationId").GetGuid());
            Assert.Equal([error.Code], details.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(error is ValidationError, details.TryGetProperty("invalidFields", out _));
        }
        Assert.Equal(rows.Length, (await EventsAsync(database)).Count);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Refuse_DiscardsTheCallersPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var session = new TrailSession(database);
        var refused = NewClinic();
        session.Db.Clinics.Add(refused);

        await session.Trail.RefuseAsync<Clinic>(Actor, new ForbiddenError("create clinics"), ClinicEntry(refused));
        var saved = NewClinic();
        session.Db.Clinics.Add(saved);
        await session.Trail.SaveAsync(Actor, [ClinicEntry(saved)], CancellationToken.None);

        await using var check = database.CreateContext();
        Assert.Equal([saved.Id], await check.Clinics.Select(c => c.Id).ToListAsync());
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Success], (await EventsAsync(database)).Select(e => e.Outcome));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Save_CommitsTheChangeWithItsEvents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var session = new TrailSession(database);
        var clinic = NewClinic();
        session.Db.Clinics.Add(clinic);

        await session.Trail.SaveAsync(Actor, [ClinicEntry(clinic), ClinicEntry(clinic) with { Action = "clinic.welcome" }], CancellationToken.None);

        await using var check = database.CreateContext();
        Assert.True(await check.Clinics.AnyAsync(c => c.Id == clinic.Id));
        var events = await EventsAsync(database);
        Assert.Equal(["clinic.create", "clinic.welcome"], events.Select(e => e.Action));
        Assert.True(AuditChain.Verify(events).IsIntact);
        Assert.Equal(2, session.Trail.EventsWritten);
        Assert.Null(session.Db.Database.CurrentTransaction);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Save_FailingAfterTheChangeWasSaved_LeavesNeitherTheRowNorAnEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        foreach (var failAt in Enum.GetValues<FailurePoint>())
        {
            await using var session = new TrailSession(database, new Failure(failAt));
            var clinic = NewClinic();
            session.Db.Clinics.Add(clinic);

            await Assert.ThrowsAsync<ForcedFailure>(() => session.Trail.SaveAsync(Actor, [ClinicEntry(clinic)], CancellationToken.None));

            await using var check = database.CreateContext();
            Assert.False(await check.Clinics.AnyAsync(c => c.Id == clinic.Id), $"the clinic stayed when the {failAt} failed");
        }
        Assert.Empty(await EventsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Save_OnAUniqueIndex_ReturnsTheCallersConflict_AndRollsBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var existing = await SavedClinicAsync(database);
        await using var session = new TrailSession(database);
        var other = NewClinic();
        session.Db.Clinics.AddRange(other, Clinic.Create(existing.Id, "Same id", "Asia/Shanghai").Value);
        var taken = new ConflictError("clinicExists", "The clinic exists.");

        var conflict = await session.Trail.SaveAsync(Actor, [ClinicEntry(other)], _ => taken, CancellationToken.None);

        Assert.Equal(taken, conflict);
        Assert.Empty(session.Db.ChangeTracker.Entries());
        Assert.Equal(0, session.Trail.EventsWritten);
        await using var check = database.CreateContext();
        Assert.False(await check.Clinics.AnyAsync(c => c.Id == other.Id));
        Assert.Empty(await EventsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Save_WhenTheFailureMeansNothingToTheCaller_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var existing = await SavedClinicAsync(database);
        await using var session = new TrailSession(database);
        session.Db.Clinics.Add(Clinic.Create(existing.Id, "Same id", "Asia/Shanghai").Value);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => session.Trail.SaveAsync(Actor, [ClinicEntry(existing)], _ => null, CancellationToken.None));

        Assert.Empty(await EventsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Save_InTheCallersTransaction_CommitsOrRollsBackWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var session = new TrailSession(database);
        var clinic = NewClinic();
        await using (var transaction = await session.Db.Database.BeginTransactionAsync())
        {
            session.Db.Clinics.Add(clinic);
            await session.Trail.SaveAsync(Actor, [ClinicEntry(clinic)], CancellationToken.None);
            Assert.Same(transaction, session.Db.Database.CurrentTransaction);
            await Assert.ThrowsAsync<InvalidOperationException>(() => session.Trail.SaveAsync(Actor, [], _ => null, CancellationToken.None));
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.False(await check.Clinics.AnyAsync(c => c.Id == clinic.Id));
        Assert.Empty(await EventsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Append_WithUnsavedChangesOrWithoutATransaction_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var session = new TrailSession(database);
        var clinic = NewClinic();

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.Trail.AppendAsync(Actor, [ClinicEntry(clinic)], CancellationToken.None));
        await using (var transaction = await session.Db.Database.BeginTransactionAsync())
        {
            session.Db.Clinics.Add(clinic);
            await Assert.ThrowsAsync<InvalidOperationException>(() => session.Trail.AppendAsync(Actor, [ClinicEntry(clinic)], CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.Equal(0, session.Trail.EventsWritten);
        await using var check = database.CreateContext();
        Assert.False(await check.Clinics.AnyAsync(c => c.Id == clinic.Id));
        Assert.Empty(await EventsAsync(database));
    }

    private static async Task<Clinic> SavedClinicAsync(TestDatabase database)
    {
        var clinic = NewClinic();
        await using var db = database.CreateContext();
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        return clinic;
    }

    private static async Task<List<AuditRecord>> EventsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>One unit of work: a context, a trail on it, and the contexts its refusals are recorded on.</summary>
    private sealed class TrailSession : IAsyncDisposable, IDbContextFactory<MndCareDbContext>
    {
        private readonly TestDatabase _database;

        public TrailSession(TestDatabase database, IInterceptor? interceptor = null)
        {
            _database = database;
            var options = new DbContextOptionsBuilder<MndCareDbContext>();
            MndCareDbContextOptions.Configure(options, database.Provider, database.ConnectionString);
            if (interceptor is not null)
            {
                options.AddInterceptors(interceptor);
            }
            Db = new MndCareDbContext(options.Options);
            Trail = new AuditTrail(Db, this, TimeProvider.System);
        }

        public MndCareDbContext Db { get; }

        public AuditTrail Trail { get; }

        public MndCareDbContext CreateDbContext() => _database.CreateContext();

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private enum FailurePoint
    {
        AuditInsert,
        Commit,
    }

    private sealed class ForcedFailure() : Exception("A failure forced by the test.");

    /// <summary>Fails after the caller's change was saved: when the audit events are inserted, or when the transaction commits.</summary>
    private sealed class Failure(FailurePoint at) : DbTransactionInterceptor, ISaveChangesInterceptor
    {
        public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            at == FailurePoint.AuditInsert && eventData.Context!.ChangeTracker.Entries<AuditRecord>().Any(e => e.State == EntityState.Added)
                ? throw new ForcedFailure()
                : ValueTask.FromResult(result);

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            at == FailurePoint.Commit ? throw new ForcedFailure() : ValueTask.FromResult(result);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Persistence;

namespace MndCare.Application.Tcm.Prescriptions;

/// <summary>A clinic's herb catalogue (shipped herbs plus its own, with its safety-list changes) and its formula templates: read by
/// prescribers and readers of prescriptions, extended by <see cref="Permission.ManageHerbalFormulary"/>; every change audited.</summary>
/// <remarks>docs/tcm/prescriptions.md, "The clinic's catalogue" and "Formula templates".</remarks>
public sealed class HerbFormulary(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity types written to the audit trail.</summary>
    public const string HerbEntityType = "herb", TemplateEntityType = "herbalFormulaTemplate";

    /// <summary>Audit actions, one per change.</summary>
    public const string AddHerbAction = "herb.add", SafetyAction = "herb.safety", SaveTemplateAction = "herbalFormulaTemplate.save";

    /// <summary>The permissions whose holders see the catalogue and templates.</summary>
    public static readonly IReadOnlyList<Permission> Readers = [Permission.PrescribeHerbs, Permission.ReadHerbalPrescriptions, Permission.ManageHerbalFormulary];

    /// <summary>The catalogue of <paramref name="clinicId"/>: shipped herbs, the clinic's own, and its safety-list changes applied.</summary>
    /// <exception cref="InvalidOperationException">The stored rows contradict each other (refused when they were added).</exception>
    public async Task<HerbCatalogue> CatalogueAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var herbs = await db.ClinicHerbs.AsNoTracking().Where(h => h.ClinicId == clinicId).ToListAsync(cancellationToken);
        var changes = await db.HerbSafetyEntries.AsNoTracking().Where(e => e.ClinicId == clinicId).ToListAsync(cancellationToken);
        var built = ClinicHerbCatalogue.Build(HerbCatalogue.Shipped, herbs, changes);
        return built.IsSuccess ? built.Value : throw new InvalidOperationException(built.Errors[0].Message);
    }

    /// <summary>The first clinic where the actor holds one of <paramref name="permissions"/>, or null.</summary>
    public static Guid? ClinicOf(Actor actor, params IReadOnlyList<Permission> permissions)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return permissions.SelectMany(actor.ClinicsGranting).Select(id => (Guid?)id).FirstOrDefault();
    }

    /// <summary>How many herbs a search answers at most.</summary>
    public const int SearchLimit = 50;

    /// <summary>The actor's clinic's catalogue with each safety flag's source, and the history of its safety-list changes.</summary>
    public Task<Result<FormularyView>> ReadAsync(Actor actor, CancellationToken cancellationToken) => ReadAsync(actor, null, cancellationToken);

    /// <summary>As <see cref="ReadAsync(Actor, CancellationToken)"/>, the herbs narrowed to those matching <paramref name="query"/> (pinyin,
    /// Chinese or Latin, regardless of case, spaces and tone marks; at most <see cref="SearchLimit"/>) when one is given.</summary>
    public async Task<Result<FormularyView>> ReadAsync(Actor actor, string? query, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor, [.. Readers]) is not { } clinicId)
        {
            return new ForbiddenError("read the herb catalogue");
        }
        var catalogue = await CatalogueAsync(clinicId, cancellationToken);
        var clinicHerbIds = (await db.ClinicHerbs.AsNoTracking().Where(h => h.ClinicId == clinicId).ToListAsync(cancellationToken)).Select(h => h.HerbId).ToHashSet();
        var changes = await db.HerbSafetyEntries.AsNoTracking().Where(e => e.ClinicId == clinicId).OrderByDescending(e => e.Id).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => changes.Select(c => c.ChangedByUserId).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var herbs = string.IsNullOrWhiteSpace(query) ? catalogue.Herbs : catalogue.Search(query, SearchLimit);
        return new FormularyView(
            [.. herbs.Select(h => HerbView.Of(h, clinicHerbIds.Contains(h.Id)))],
            [.. changes.Select(c => new SafetyChangeView(c.HerbId, HerbWireNames.Of(c.Flag), c.Retired, c.Source, names.GetValueOrDefault(c.ChangedByUserId, "?"),
                new DateTimeOffset(c.ChangedAtUtc, TimeSpan.Zero)))]);
    }

    /// <summary>Adds a herb to the actor's clinic's catalogue; a name another herb has already is refused.</summary>
    public async Task<Result<HerbView>> AddHerbAsync(Actor actor, ClinicHerbInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(AddHerbAction, AuditOutcome.Success) { EntityType = HerbEntityType };
        if (ClinicOf(actor, Permission.ManageHerbalFormulary) is not { } clinicId)
        {
            return await audit.RefuseAsync<HerbView>(actor, new ForbiddenError("extend the herb catalogue"), entry);
        }
        entry = entry with { ClinicId = clinicId };
        var created = ClinicHerb.Create(RecordId.New(clock), clinicId, input, actor.UserId!.Value, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return await audit.RefuseAsync<HerbView>(actor, created.Errors, entry);
        }
        var herb = created.Value;
        var catalogue = await CatalogueAsync(clinicId, cancellationToken);
        // A name that already finds a herb would make look-ups ambiguous.
        if (catalogue.FindById(herb.HerbId) is not null
            || herb.ToHerb([]).Names.Select(catalogue.Find).Any(found => found.IsSuccess || found.Errors[0] is AmbiguousHerbError))
        {
            return await audit.RefuseAsync<HerbView>(actor, new ConflictError(HerbCodes.DuplicateHerb,
                "A herb in the catalogue has one of these names already."), entry with { EntityId = herb.HerbId });
        }
        db.ClinicHerbs.Add(herb);
        await audit.SaveAsync(actor, [entry with
        {
            EntityId = herb.HerbId,
            Changes = [new FieldChange("herb", null, $"{herb.Pinyin} {herb.Chinese} {herb.LatinName}")],
            Details = JsonSerializer.Serialize(new { herb.Source, herb.Aliases }),
        }], cancellationToken);
        return HerbView.Of(herb.ToHerb([]), clinicHerb: true);
    }

    /// <summary>Adds a herb to a safety list or retires it from one, with the source (or why); the herb is named in any form.</summary>
    public async Task<Result<HerbView>> ChangeSafetyAsync(Actor actor, SafetyChangeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(SafetyAction, AuditOutcome.Success) { EntityType = HerbEntityType };
        if (ClinicOf(actor, Permission.ManageHerbalFormulary) is not { } clinicId)
        {
            return await audit.RefuseAsync<HerbView>(actor, new ForbiddenError("change the herb safety lists"), entry);
        }
        entry = entry with { ClinicId = clinicId };
        var catalogue = await CatalogueAsync(clinicId, cancellationToken);
        var found = catalogue.Find(input.Herb ?? string.Empty);
        if (!found.IsSuccess)
        {
            return await audit.RefuseAsync<HerbView>(actor, found.Errors, entry);
        }
        if (HerbWireNames.ParseFlag(input.List) is not { } flag)
        {
            return await audit.RefuseAsync<HerbView>(actor, new ValidationError("list", ValidationError.OutOfRange,
                "list must be one of " + string.Join(", ", Enum.GetValues<HerbSafetyFlag>().Select(HerbWireNames.Of)) + "."), entry);
        }
        var herb = found.Value;
        var change = HerbSafetyListEntry.Create(RecordId.New(clock), clinicId, herb, flag, input.Retire, input.Source, actor.UserId!.Value, clock.GetUtcNow());
        entry = entry with { EntityId = herb.Id };
        if (!change.IsSuccess)
        {
            return await audit.RefuseAsync<HerbView>(actor, change.Errors, entry);
        }
        db.HerbSafetyEntries.Add(change.Value);
        var flagName = HerbWireNames.Of(flag);
        await audit.SaveAsync(actor, [entry with
        {
            Changes = [new FieldChange(flagName, input.Retire ? "listed" : null, input.Retire ? null : "listed")],
            Reason = change.Value.Source,
        }], cancellationToken);
        return HerbView.Of((await CatalogueAsync(clinicId, cancellationToken)).FindById(herb.Id)!, clinicHerb: false);
    }

    /// <summary>The actor's clinic's formula templates (archived ones too, last).</summary>
    public async Task<Result<IReadOnlyList<FormulaTemplateView>>> TemplatesAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (ClinicOf(actor, [.. Readers]) is not { } clinicId)
        {
            return new ForbiddenError("read the formula templates");
        }
        var catalogue = await CatalogueAsync(clinicId, cancellationToken);
        var templates = await db.HerbalFormulaTemplates.AsNoTracking().Where(t => t.ClinicId == clinicId).ToListAsync(cancellationToken);
        return templates.OrderBy(t => t.IsArchived).ThenBy(t => t.NameEnglish, StringComparer.Ordinal).Select(t => FormulaTemplateView.Of(t, catalogue)).ToList();
    }

    /// <summary>Adds a template (no id) or replaces one of the actor's clinic's (id); herbs are named in any form and checked.</summary>
    public async Task<Result<FormulaTemplateView>> SaveTemplateAsync(Actor actor, Guid? id, FormulaTemplateInput input, bool isArchived,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(SaveTemplateAction, AuditOutcome.Success) { EntityType = TemplateEntityType, EntityId = id?.ToString("D") };
        if (ClinicOf(actor, Permission.ManageHerbalFormulary) is not { } clinicId)
        {
            return await audit.RefuseAsync<FormulaTemplateView>(actor, new ForbiddenError("edit formula templates"), entry);
        }
        entry = entry with { ClinicId = clinicId };
        var catalogue = await CatalogueAsync(clinicId, cancellationToken);
        var now = clock.GetUtcNow();
        HerbalFormulaTemplate? existing = null;
        if (id is { } templateId)
        {
            existing = await db.HerbalFormulaTemplates.SingleOrDefaultAsync(t => t.Id == templateId && t.ClinicId == clinicId, cancellationToken);
            if (existing is null)
            {
                return await audit.RefuseAsync<FormulaTemplateView>(actor, new NotFoundError(TemplateEntityType), entry);
            }
        }
        var before = existing is null ? null : JsonSerializer.Serialize(FormulaTemplateView.Of(existing, catalogue));
        var saved = existing is null
            ? HerbalFormulaTemplate.Create(RecordId.New(clock), clinicId, input, catalogue, actor.UserId!.Value, now)
            : existing.Replace(input, catalogue, isArchived, actor.UserId!.Value, now);
        if (!saved.IsSuccess)
        {
            return await audit.RefuseAsync<FormulaTemplateView>(actor, saved.Errors, entry);
        }
        if (existing is null)
        {
            db.HerbalFormulaTemplates.Add(saved.Value);
        }
        var view = FormulaTemplateView.Of(saved.Value, catalogue);
        await audit.SaveAsync(actor, [entry with
        {
            EntityId = saved.Value.Id.ToString("D"),
            Changes = [new FieldChange("template", before, JsonSerializer.Serialize(view))],
        }], cancellationToken);
        return view;
    }
}

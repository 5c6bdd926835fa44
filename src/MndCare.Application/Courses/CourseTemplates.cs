using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Courses;

/// <summary>A clinic's course templates: listed for the clinicians who plan courses and the administrators who manage them;
/// created and replaced by administrators. Scoped by clinic and audited.</summary>
/// <remarks>docs/therapy/courses.md, "Templates per clinic". A clinic starts with no templates; the demo seed gives the demo
/// clinic the two demo templates (<see cref="SeedDemoTemplates"/>).</remarks>
public sealed class CourseTemplates(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "courseTemplate";

    /// <summary>Audit actions, one per use case.</summary>
    public const string ListAction = "courseTemplate.list", CreateAction = "courseTemplate.create", UpdateAction = "courseTemplate.update";

    /// <summary>The templates of every clinic where the actor plans courses or manages templates, archived ones included.</summary>
    public async Task<Result<IReadOnlyList<CourseTemplateView>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = ClinicsListing(actor);
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<IReadOnlyList<CourseTemplateView>>(actor, new ForbiddenError("see course templates"),
                new AuditEntry(ListAction, AuditOutcome.Success) { EntityType = EntityType });
        }
        var rows = await db.CourseTemplates.AsNoTracking().Where(t => clinics.Contains(t.ClinicId)).ToListAsync(cancellationToken);
        var views = rows.OrderBy(t => t.ClinicId).ThenBy(t => t.IsArchived).ThenByDescending(t => t.Template.LengthWeeks)
            .ThenBy(t => t.Template.Name, StringComparer.Ordinal).Select(ToView).ToList();
        await audit.RecordAsync(actor, new AuditEntry(ListAction, AuditOutcome.Success)
        {
            EntityType = EntityType,
            Details = JsonSerializer.Serialize(new { ids = views.Select(v => v.Id) }),
        }, cancellationToken);
        return views;
    }

    /// <summary>Adds a template to <paramref name="clinicId"/>, or to the actor's only clinic when null.</summary>
    public async Task<Result<CourseTemplateView>> CreateAsync(Actor actor, Guid? clinicId, CourseTemplateBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(body);
        var managed = actor.ClinicsGranting(Permission.ManageCourseTemplates);
        Task<Result<CourseTemplateView>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<CourseTemplateView>(actor, errors, Entry(CreateAction, clinic, null));
        var target = clinicId ?? (managed.Count == 1 ? managed[0] : null);
        if (target is null || !managed.Contains(target.Value))
        {
            return await Refuse([managed.Count == 0 ? new ForbiddenError("manage course templates")
                : target is null ? new ValidationError("clinicId", ValidationError.Required, "clinicId is required: you manage more than one clinic.")
                : new NotFoundError("clinic")], target);
        }
        var template = Check(body);
        if (!template.IsSuccess)
        {
            return await Refuse(template.Errors, target);
        }
        var now = clock.GetUtcNow();
        var row = ClinicCourseTemplate.Create(RecordId.New(clock), target.Value, template.Value, now, RecordId.New(clock), body.Archived);
        db.CourseTemplates.Add(row);
        await audit.SaveAsync(actor, [Entry(CreateAction, row.ClinicId, row.Id) with { Changes = Changes(null, null, row) }], cancellationToken);
        return ToView(row);
    }

    /// <summary>Replaces a template's values and archived flag; <paramref name="expectedVersion"/> guards against lost updates.
    /// Courses planned from it keep their own copy.</summary>
    public async Task<Result<CourseTemplateView>> UpdateAsync(Actor actor, Guid templateId, CourseTemplateBody body, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(body);
        Task<Result<CourseTemplateView>> Refuse(IReadOnlyList<Error> errors, Guid? clinic) =>
            audit.RefuseAsync<CourseTemplateView>(actor, errors, Entry(UpdateAction, clinic, templateId));
        var row = await db.CourseTemplates.SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (row is null || !actor.Can(Permission.ManageCourseTemplates, row.ClinicId))
        {
            var listed = row is not null && ClinicsListing(actor).Contains(row.ClinicId);
            return await Refuse([listed ? new ForbiddenError("manage course templates") : new NotFoundError(EntityType)], listed ? row!.ClinicId : null);
        }
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return await Refuse([Changed()], row.ClinicId);
        }
        var template = Check(body);
        if (!template.IsSuccess)
        {
            return await Refuse(template.Errors, row.ClinicId);
        }
        var (oldTemplate, wasArchived) = (row.Template, row.IsArchived);
        row.Replace(template.Value, body.Archived, clock.GetUtcNow(), RecordId.New(clock));
        var changes = Changes(oldTemplate, wasArchived, row);
        var conflict = await audit.SaveAsync(actor, [Entry(UpdateAction, row.ClinicId, row.Id) with { Changes = changes }],
            e => e is DbUpdateConcurrencyException ? Changed() : null, cancellationToken);
        return conflict is null ? ToView(row) : await Refuse([conflict], row.ClinicId);
    }

    /// <summary>Adds the two demo templates to a clinic that has none (the demo seed); returns the audit events to save with them.</summary>
    public IReadOnlyList<AuditEntry> SeedDemoTemplates(Guid clinicId, bool clinicHasTemplates)
    {
        if (clinicHasTemplates)
        {
            return [];
        }
        var entries = new List<AuditEntry>();
        foreach (var template in CourseTemplate.Demos)
        {
            var row = ClinicCourseTemplate.Create(RecordId.New(clock), clinicId, template, clock.GetUtcNow(), RecordId.New(clock));
            db.CourseTemplates.Add(row);
            entries.Add(Entry(CreateAction, clinicId, row.Id) with { Changes = Changes(null, null, row), Reason = "demo template" });
        }
        return entries;
    }

    private static List<Guid> ClinicsListing(Actor actor) =>
        [.. actor.ClinicsGranting(Permission.PlanCourses).Union(actor.ClinicsGranting(Permission.ManageCourseTemplates))];

    private static Result<CourseTemplate> Check(CourseTemplateBody body) => body.Template is { } input
        ? input.ToTemplate()
        : new ValidationError("template", ValidationError.Required, "Send the template's values.");

    private static List<FieldChange> Changes(CourseTemplate? before, bool? wasArchived, ClinicCourseTemplate after)
    {
        var old = before is null ? null : JsonSerializer.Serialize(CourseTemplateInput.From(before), JsonSerializerOptions.Web);
        var now = JsonSerializer.Serialize(CourseTemplateInput.From(after.Template), JsonSerializerOptions.Web);
        var changes = new List<FieldChange>();
        if (old != now)
        {
            changes.Add(new FieldChange("template", old, now));
        }
        if (wasArchived != after.IsArchived)
        {
            changes.Add(new FieldChange("archived", wasArchived?.ToString(), after.IsArchived.ToString()));
        }
        return changes;
    }

    internal static CourseTemplateView ToView(ClinicCourseTemplate t) =>
        new(t.Id, t.ClinicId, t.IsArchived, CourseTemplateInput.From(t.Template), t.Version.ToString("N"));

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? templateId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = templateId?.ToString("D"),
    };

    private static ConflictError Changed() => new(ConflictError.VersionMismatch, "The template was changed by someone else; reload and try again.");
}

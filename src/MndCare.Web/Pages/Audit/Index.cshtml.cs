using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Auditing;
using MndCare.Application.Consultations;
using MndCare.Application.Paging;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Audit;

[Authorize(Policy = Policies.ReadAuditTrail)]
[Audited(AuditQueries.ReadAction)]
public sealed class IndexModel(AuditQueries queries, AuditChainCheck chain, AuditTrail audit, HttpActor actor, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "entityType")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "entityId")]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "outcome")]
    public AuditOutcome? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public AuditView? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public AuditChainVerification? Verification { get; private set; }

    public AuditAnchor? Anchor { get; private set; }

    public Task<IActionResult> OnGetAsync([FromQuery(Name = Pager.QueryName)] int? page) => LoadAsync(page);

    /// <summary>The filtered events as a CSV file, oldest first.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (UnreadableFilters() is { Count: > 0 } unreadable)
        {
            Errors = unreadable;
            return await LoadAsync(null);
        }
        var export = await queries.ExportAsync(await actor.GetAsync(HttpContext.RequestAborted), Filter(), HttpContext.RequestAborted);
        if (!export.IsSuccess)
        {
            return export.Errors.Any(e => e is Domain.Results.ForbiddenError) ? Forbid() : ShowErrors(export.Errors);
        }
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-trail-{stamp}Z.csv\"";
        await AuditCsv.WriteAsync(Response.Body, [.. AuditCsv.Columns.Select(c => localizer[c].Value)], export.Value.Events,
            export.Value.TimeZoneId, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        (Verification, Anchor) = await chain.VerifyAndAnchorAsync($"the audit page ({current.DisplayName}, {current.UserId:D})", HttpContext.RequestAborted);
        await audit.RecordAsync(current, new AuditEntry("audit.verify", Verification.IsIntact ? AuditOutcome.Success : AuditOutcome.Error)
        {
            Details = JsonSerializer.Serialize(new
            {
                intact = Verification.IsIntact,
                checkedEvents = Verification.EventsChecked,
                firstBroken = Verification.FirstBrokenSequence,
                anchoredSequence = Anchor?.Sequence,
            }),
        }, HttpContext.RequestAborted);
        return await LoadAsync(null);
    }

    /// <summary>An event's time in the clinic's time zone, to the second (the zone is named above the table).</summary>
    public string LocalTime(DateTime utc) =>
        ClinicTime.Local(utc, Result!.TimeZoneId).ToString(ClinicTime.AuditTimeFormat, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What an action code means, in the reader's language; the code itself when no text exists.</summary>
    public string ActionText(string action) => Text("action." + action, action);

    /// <summary>A record type in the reader's language; the code itself when no text exists.</summary>
    public string EntityText(string entityType) => Text("entity." + entityType, entityType);

    /// <summary>Who acted: a person's recorded name, or "the system" / "someone not signed in" in the reader's language.</summary>
    public string ActorText(AuditRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.ActorUserId is null ? Text("actor." + e.ActorName, e.ActorName) : e.ActorName;
    }

    /// <summary>The roles the actor held, in the reader's language.</summary>
    public string RolesText(string roles) => string.Join(localizer["list.separator"].Value, roles
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(r => Enum.TryParse<ClinicRole>(r, out var role) ? Text("role." + ConsultationViews.RoleName(role), r) : r));

    /// <summary>A changed field's name in the reader's language, or null when the field has no label (the recorded code is shown).</summary>
    public string? FieldText(string field)
    {
        var label = localizer["field." + field];
        return label.ResourceNotFound ? null : label.Value;
    }

    /// <summary>The codes that have a text under <paramref name="prefix"/> (action., entity.), with that text, in text order.</summary>
    public IReadOnlyList<(string Code, string Text)> Choices(string prefix) =>
        [.. localizer.GetAllStrings().Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => (Code: s.Name[prefix.Length..], Text: s.Value)).DistinctBy(c => c.Code).OrderBy(c => c.Text, StringComparer.CurrentCulture)];

    private string Text(string key, string fallback)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    private AuditFilter Filter() => new()
    {
        User = UserFilter,
        Action = ActionFilter,
        EntityType = EntityType,
        EntityId = EntityId,
        Outcome = Outcome,
        From = From,
        To = To,
    };

    private async Task<IActionResult> LoadAsync(int? page)
    {
        if (UnreadableFilters() is { Count: > 0 } unreadable)
        {
            Errors = unreadable;
        }
        var result = await queries.SearchAsync(await actor.GetAsync(HttpContext.RequestAborted), Filter(),
            PageRequest.Clamp(page, AuditQueries.PageSize), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e is Domain.Results.ForbiddenError) ? Forbid() : ShowErrors(result.Errors);
        }
        Result = result.Value;
        return Page();
    }

    private PageResult ShowErrors(IReadOnlyList<Domain.Results.Error> errors)
    {
        Errors = [.. Errors, .. FormErrors.Localize(errors, localizer)];
        return Page();
    }

    // A date or outcome that could not be read is left out of the filter and named on the page.
    private List<string> UnreadableFilters() =>
        [.. ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => localizer["Not understood: {0}", ErrorText.FieldLabel(localizer, e.Key)].Value)];
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab;

/// <summary>The storage temperature log: readings newest first, each location's limit from the lots kept there, and a form to record one.</summary>
[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(StorageTemperatures.ListAction, StorageTemperatures.EntityType)]
public sealed class StorageModel(StorageTemperatures temperatures, CellProductScope scope, HttpActor actor, IStringLocalizer<SharedResource> localizer,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty]
    public ReadingForm Form { get; set; } = new();

    public TemperatureLogView Log { get; private set; } = new([], []);

    public bool CanManage { get; private set; }

    public string TimeZoneId { get; private set; } = "UTC";

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var zone = ClinicTime.FindZone(await ZoneAsync(current));
        DateTimeOffset? takenAt = DateTime.TryParseExact(Form.TakenAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && zone is not null ? new DateTimeOffset(ClinicTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone)) : null;
        var result = await temperatures.RecordAsync(current, null, new TemperatureInput(Form.Location, Form.Celsius, takenAt), HttpContext.RequestAborted);
        Saved = result.IsSuccess;
        PageErrors = result.IsSuccess ? [] : CellLabText.Apply(ModelState, result.Errors, localizer);
        if (Saved)
        {
            Form = new() { Location = Form.Location };
        }
        return await ShowAsync();
    }

    /// <summary>The clinic's wall-clock time now, as the form starts with.</summary>
    public string NowLocal => ClinicTime.Local(clock.GetUtcNow(), TimeZoneId).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private async Task<IActionResult> ShowAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        CanManage = current.CanAnywhere(Permission.ManageCellProducts);
        TimeZoneId = await ZoneAsync(current);
        var log = await temperatures.ListAsync(current, Location, HttpContext.RequestAborted);
        if (log.IsSuccess)
        {
            Log = log.Value;
        }
        else
        {
            PageErrors = [.. PageErrors, .. log.Errors.Select(e => CellLabText.Error(localizer, e))];
        }
        return Page();
    }

    // The zone of the reader's first cell-product clinic: the form's wall-clock times are read in it.
    private async Task<string> ZoneAsync(Application.Access.Actor current) =>
        current.ClinicsGranting(Permission.ReadCellProducts) is [var first, ..] ? await scope.TimeZoneIdAsync(first, HttpContext.RequestAborted) : "UTC";

    public sealed class ReadingForm
    {
        public string? Location { get; set; }

        public decimal? Celsius { get; set; }

        public string? TakenAt { get; set; }
    }
}

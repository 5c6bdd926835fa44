using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Consultations;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Admin;

[Authorize(Policy = Policies.ManageEligibilityCriteria)]
[Audited("eligibility.save", "eligibilityPolicy")]
public sealed class EligibilityModel(EligibilityPolicies policies, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CriteriaForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task OnGetAsync() => Form = CriteriaForm.From(await policies.CriteriaAsync(await ClinicAsync(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostAsync()
    {
        var proposed = new EligibilityCriteria
        {
            MinAlsfrsrTotal = Form.MinAlsfrsrTotal,
            MinFvcPercentPredicted = Form.MinFvcPercentPredicted,
            ExcludeInvasiveVentilation = Form.ExcludeInvasiveVentilation,
            MaxMonthsSinceOnset = Form.MaxMonthsSinceOnset,
            MinAgeYears = Form.MinAgeYears,
            MaxAgeYears = Form.MaxAgeYears,
            Contraindications = Lines(Form.Contraindications),
            CurrentAssessmentDays = Form.CurrentAssessmentDays,
        };
        var result = await policies.SaveAsync(await actor.GetAsync(HttpContext.RequestAborted), await ClinicAsync(), proposed,
            Lines(Form.ContraindicationsInChinese), HttpContext.RequestAborted);
        Saved = result.IsSuccess;
        PageErrors = result.IsSuccess ? [] : FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private static string[] Lines(string? text) => (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    // An administrator of several clinics edits the first; clinic choice comes with multi-clinic administration.
    private async Task<Guid> ClinicAsync() =>
        (await actor.GetAsync(HttpContext.RequestAborted)).ClinicsGranting(Permission.ManageEligibilityCriteria)[0];

    public sealed class CriteriaForm
    {
        public int? MinAlsfrsrTotal { get; set; }

        public int? MinFvcPercentPredicted { get; set; }

        public bool ExcludeInvasiveVentilation { get; set; }

        public int? MaxMonthsSinceOnset { get; set; }

        public int? MinAgeYears { get; set; }

        public int? MaxAgeYears { get; set; }

        public string? Contraindications { get; set; }

        public string? ContraindicationsInChinese { get; set; }

        public int CurrentAssessmentDays { get; set; } = EligibilityCriteria.DefaultCurrentAssessmentDays;

        public static CriteriaForm From(EligibilityCriteria c) => new()
        {
            MinAlsfrsrTotal = c.MinAlsfrsrTotal,
            MinFvcPercentPredicted = c.MinFvcPercentPredicted,
            ExcludeInvasiveVentilation = c.ExcludeInvasiveVentilation,
            MaxMonthsSinceOnset = c.MaxMonthsSinceOnset,
            MinAgeYears = c.MinAgeYears,
            MaxAgeYears = c.MaxAgeYears,
            Contraindications = string.Join("\n", c.Contraindications),
            ContraindicationsInChinese = c.ContraindicationsInChinese.Count == 0 ? null
                : string.Join("\n", c.Contraindications.Select(label => c.ContraindicationIn(label, PreferredLanguage.SimplifiedChinese))),
            CurrentAssessmentDays = c.CurrentAssessmentDays,
        };

        public static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}

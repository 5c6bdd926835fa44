using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Auditing;
using MndCare.Application.Consultations;
using MndCare.Application.Reports;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The cohort outcome page, its API and the ethics-committee report: select, analyse, audit. Aggregate figures only.</summary>
/// <remarks>docs/outcomes/cohort.md, ADR 0040. The reader needs <see cref="Permission.ViewCohortOutcomes"/>; the cohort is the patients of the clinics
/// where they hold it. Every view and download is audited with the selection and the counts, refusals too.</remarks>
public sealed class CohortOutcomes(MndCareDbContext db, CohortExtraction extraction, CaseEvaluator evaluator, AuditTrail audit, TimeProvider clock,
    ReportPdfRenderer renderer)
{
    /// <summary>The audited action of a view (page or API).</summary>
    public const string ViewAction = "outcomes.cohort.view";

    /// <summary>The audited action of a report download.</summary>
    public const string ReportAction = "outcomes.cohort.report";

    /// <summary>The entity type in the audit trail.</summary>
    public const string EntityType = "cohort";

    /// <summary>Selects and analyses the cohort.</summary>
    public async Task<Result<CohortOutcome>> ViewAsync(Actor actor, CohortSelectionInput input, CancellationToken cancellationToken)
    {
        var analysed = await AnalyseAsync(actor, input, ViewAction, null, cancellationToken);
        if (!analysed.IsSuccess)
        {
            return Result<CohortOutcome>.Failure(analysed.Errors);
        }
        await audit.RecordAsync(actor, analysed.Value.Entry, cancellationToken);
        return analysed.Value.Outcome;
    }

    /// <summary>The ethics-committee report as a PDF in <paramref name="languageTag"/>'s language (English or Simplified Chinese).</summary>
    /// <param name="actor">The reader.</param>
    /// <param name="input">The selection.</param>
    /// <param name="languageTag">The reader's language.</param>
    /// <param name="charts">Draws the charts.</param>
    /// <param name="termName">Names a CTCAE term in that language.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Result<FileDownload>> ReportAsync(Actor actor, CohortSelectionInput input, string? languageTag, ICohortCharts charts,
        Func<string, string> termName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var description = CohortDescription.For(languageTag);
        var analysed = await AnalyseAsync(actor, input, ReportAction, description.Words.LanguageTag, cancellationToken);
        if (!analysed.IsSuccess)
        {
            return Result<FileDownload>.Failure(analysed.Errors);
        }
        var (outcome, entry, zone) = analysed.Value;
        var now = clock.GetUtcNow();
        var document = CohortReport.Build(outcome, description, charts.Draw(outcome, description.Words), termName, ClinicTime.Local(now.UtcDateTime, zone));
        var pdf = renderer.Render(document, now);
        await audit.RecordAsync(actor, entry, cancellationToken);
        return new FileDownload(pdf, "application/pdf",
            string.Create(CultureInfo.InvariantCulture, $"cohort-report-{ClinicTime.Format(outcome.AnalysisDate)}-{description.Words.LanguageTag}.pdf"));
    }

    private async Task<Result<(CohortOutcome Outcome, AuditEntry Entry, string Zone)>> AnalyseAsync(Actor actor, CohortSelectionInput input, string action,
        string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var clinics = actor.ClinicsGranting(Permission.ViewCohortOutcomes);
        var entry = new AuditEntry(action, AuditOutcome.Success) { ClinicId = clinics.Count == 1 ? clinics[0] : null, EntityType = EntityType };
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<(CohortOutcome, AuditEntry, string)>(actor, new ForbiddenError("view cohort outcomes"),
                entry with { Outcome = AuditOutcome.Denied });
        }
        var selection = CohortSelection.Create(input);
        if (!selection.IsSuccess)
        {
            return await audit.RefuseAsync<(CohortOutcome, AuditEntry, string)>(actor, selection.Errors, entry);
        }
        var started = Stopwatch.GetTimestamp();
        var zone = await db.Clinics.AsNoTracking().Where(c => clinics.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.TimeZoneId).FirstAsync(cancellationToken);
        var today = ClinicTime.LocalDate(clock.GetUtcNow().UtcDateTime, zone);
        var data = await extraction.LoadAsync(clinics, today, cancellationToken);
        var candidates = CohortPatients.Candidates(data, selection.Value);
        var inputs = await extraction.InputsAsync([.. candidates.Where(c => c.Baseline is not null).Select(c => c.Baseline!.AssessmentId)], cancellationToken);
        var patients = CohortPatients.Evaluate(candidates, inputs, evaluator, selection.Value);
        var outcome = CohortOutcome.Of(data, patients, selection.Value);
        var details = JsonSerializer.Serialize(new
        {
            selection = selection.Value.QueryString(),
            patients = outcome.Flow.Selected,
            observations = outcome.Trajectory.Observations,
            events = outcome.Survival.Events,
            seconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3),
            language,
        });
        return (outcome, entry with { Details = details }, zone);
    }
}

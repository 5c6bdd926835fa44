using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Access;
using MndCare.Application.Consultations;
using MndCare.Domain.Consultations;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Persistence;

namespace MndCare.Testing;

/// <summary>Questionnaire answers and consent for consultation tests.</summary>
public static class Questionnaires
{
    /// <summary>A complete, consistent questionnaire for a patient born before 2024 (self-rated ALSFRS-R total 36).</summary>
    public static QuestionnaireAnswers Complete() => new()
    {
        CountryOfResidence = "中国",
        HeightCm = 172,
        WeightKg = 64m,
        WeightBeforeIllnessKg = 70m,
        OnsetDate = "2024-03-01",
        OnsetSite = "upperLimb",
        FirstSymptoms = "右手无力，拿筷子困难。",
        Spread = "Left hand after six months.",
        Diagnosis = "als",
        DiagnosisDate = "2025-01-15",
        DiagnosedBy = "Neurology, Example University Hospital",
        Alsfrsr = new Dictionary<string, int?>
        {
            ["speech"] = 4, ["salivation"] = 4, ["swallowing"] = 3, ["handwriting"] = 2, ["cuttingWithoutGastrostomy"] = 2,
            ["dressing"] = 3, ["turning"] = 3, ["walking"] = 3, ["climbing"] = 2, ["dyspnea"] = 4, ["orthopnea"] = 3,
            ["respiratoryInsufficiency"] = 3,
        },
        AlsfrsrWording = "zh-Hans-mndcare-unvalidated-1",
        BreathingSupport = "nonInvasivePartTime",
        Gastrostomy = "no",
        GeneticTesting = "notTested",
        FamilyHistory = "no",
        CognitiveOrBehaviouralChange = "no",
        TakesRiluzole = true,
        TakesEdaravone = false,
        TakesTofersen = false,
        Allergies = "Penicillin",
        EarlierStemCellTreatment = "no",
        EarlierTcmTreatment = "yes",
        EarlierTcmDetails = "Acupuncture for three months in 2025.",
        Goals = "Keep walking as long as possible.",
    };

    /// <summary>Saves a questionnaire over the API as a client does: reads the consultation's ETag, then PUTs with If-Match.</summary>
    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid consultationId, object answers) =>
        ApiClient.PutIfMatchAsync(client, $"/api/consultations/{consultationId}", $"/api/consultations/{consultationId}/questionnaire", answers);
    /// <summary>Opens, answers and sends a consultation as <paramref name="userId"/> (who must have consented), through the
    /// application's use cases; returns the consultation's id.</summary>
    public static async Task<Guid> SubmitAsync(IServiceProvider services, Guid userId, QuestionnaireAnswers answers)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var stamp = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
        var actor = await scope.ServiceProvider.GetRequiredService<ActorLoader>().LoadAsync(userId, stamp, null, null, CancellationToken.None);
        var requests = scope.ServiceProvider.GetRequiredService<ConsultationRequests>();
        var opened = (await requests.OpenAsync(actor, null, CancellationToken.None)).Value;
        var id = opened.Id;
        var saved = await requests.SaveAnswersAsync(actor, id, answers, opened.Version, CancellationToken.None);
        var submitted = await requests.SubmitAsync(actor, id, CancellationToken.None);
        if (!saved.IsSuccess || !submitted.IsSuccess)
        {
            throw new InvalidOperationException("The questionnaire was not sent: " + string.Join("; ", saved.Errors.Concat(submitted.Errors).Select(e => e.Message)));
        }
        return id;
    }

    /// <summary>Records that <paramref name="userId"/> consented for <paramref name="patient"/> (the registration page does this).</summary>
    public static async Task GiveConsentAsync(IServiceProvider services, Patient patient, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(patient);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        db.ConsentRecords.Add(ConsentRecord.Give(RecordId.New(TimeProvider.System), userId, patient.Id, ConsentText.CurrentVersion,
            WireNames.Of(patient.PreferredLanguage), TimeProvider.System.GetUtcNow()));
        await db.SaveChangesAsync();
    }
}

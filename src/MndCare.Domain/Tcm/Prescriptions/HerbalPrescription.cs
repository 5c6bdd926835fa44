using MndCare.Domain.Auditing;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>One version of a patient's herbal prescription: a draft, then signed by the TCM practitioner; a signed version is
/// corrected only by a new version with a reason, which supersedes it when signed.</summary>
/// <remarks>docs/tcm/prescriptions.md. Active = signed, not superseded, and the clinic's date within its days (counted from the day
/// it was signed). The riluzole acknowledgement (who, when) stays on the signed version for the liver-test scheduling.</remarks>
public sealed class HerbalPrescription
{
    /// <summary>Fewest days a prescription lasts.</summary>
    public const int MinDays = 1;

    /// <summary>Most days one prescription lasts (a typing guard; a longer course is a new prescription; ADR 0030).</summary>
    public const int MaxDays = 90;

    /// <summary>Longest correction reason or formula name, in text elements.</summary>
    public const int MaxTextLength = 500;

    private HerbalPrescription()
    {
        Items = [];
        Findings = [];
    }

    /// <summary>The record id of this version (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The id of the first version: every version of one prescription shares it.</summary>
    public Guid SeriesId { get; private set; }

    /// <summary>The version number, from 1.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The version this one corrects; null for the first.</summary>
    public Guid? ReplacesId { get; private set; }

    /// <summary>Why this version corrects the previous one; null for the first.</summary>
    public string? CorrectionReason { get; private set; }

    /// <summary>The formula template it started from, if any.</summary>
    public Guid? FormulaTemplateId { get; private set; }

    /// <summary>The formula's Chinese name (e.g. 参苓白术散), if it is one.</summary>
    public string? FormulaChinese { get; private set; }

    /// <summary>The formula's English or pinyin name, if it is one.</summary>
    public string? FormulaEnglish { get; private set; }

    /// <summary>How it is prepared.</summary>
    public HerbalPreparation Preparation { get; private set; }

    /// <summary>How many days it lasts.</summary>
    public int Days { get; private set; }

    /// <summary>The ingredients, in order.</summary>
    public IReadOnlyList<PrescribedHerb> Items { get; private set; }

    /// <summary>The warnings of the herb rules when last saved or signed.</summary>
    public IReadOnlyList<PrescriptionFinding> Findings { get; private set; }

    /// <summary>Draft or signed.</summary>
    public HerbalPrescriptionStatus Status { get; private set; }

    /// <summary>Who wrote the draft.</summary>
    public Guid CreatedByUserId { get; private set; }

    /// <summary>When the draft was written (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Who signed it.</summary>
    public Guid? SignedByUserId { get; private set; }

    /// <summary>When it was signed (UTC).</summary>
    public DateTime? SignedAtUtc { get; private set; }

    /// <summary>The first day, in the clinic's calendar: the day it was signed.</summary>
    public DateOnly? StartsOn { get; private set; }

    /// <summary>Who acknowledged the riluzole + hepatotoxic herb warning; null when none was raised.</summary>
    public Guid? RiluzoleWarningAcknowledgedByUserId { get; private set; }

    /// <summary>When the riluzole warning was acknowledged (UTC).</summary>
    public DateTime? RiluzoleWarningAcknowledgedAtUtc { get; private set; }

    /// <summary>When a newer signed version replaced it (UTC); null while it is the latest.</summary>
    public DateTime? SupersededAtUtc { get; private set; }

    /// <summary>The last day, in the clinic's calendar; null for a draft.</summary>
    public DateOnly? EndsOn => StartsOn?.AddDays(Days - 1);

    /// <summary>Whether it is signed, the latest version, and <paramref name="today"/> is within its days.</summary>
    /// <param name="today">The clinic's date.</param>
    public bool IsActiveOn(DateOnly today) =>
        Status == HerbalPrescriptionStatus.Signed && SupersededAtUtc is null && StartsOn <= today && today <= EndsOn;

    /// <summary>Whether signing raised the riluzole + hepatotoxic herb warning (liver tests to schedule, S48).</summary>
    public bool HasRiluzoleWarning => Findings.Any(f => f.Code == HerbCodes.RiluzoleWithHepatotoxicHerb);

    /// <summary>A new draft (version 1), or every problem found.</summary>
    /// <param name="ids">The new record id, clinic and patient.</param>
    /// <param name="content">The items, findings, preparation, days and formula.</param>
    /// <param name="createdBy">The practitioner writing it.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<HerbalPrescription> Draft(PrescriptionIds ids, PrescriptionContent content, Guid createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var errors = Check(content);
        return errors.Count > 0 ? Result<HerbalPrescription>.Failure(errors) : Make(ids, ids.Id, 1, content, createdBy, now);
    }

    /// <summary>A draft of the next version, correcting this signed latest version; the reason is required.</summary>
    /// <param name="id">The new version's record id.</param>
    /// <param name="reason">Why (at least five characters).</param>
    /// <param name="content">The corrected content.</param>
    /// <param name="createdBy">The practitioner writing it.</param>
    /// <param name="now">The injected clock's time.</param>
    public Result<HerbalPrescription> Correct(Guid id, string? reason, PrescriptionContent content, Guid createdBy, DateTimeOffset now)
    {
        if (Status != HerbalPrescriptionStatus.Signed || SupersededAtUtc is not null)
        {
            return new ConflictError(HerbalPrescriptionCodes.NotLatestSigned, "Only the latest signed version of a prescription is corrected.");
        }
        var errors = Check(content);
        var text = FreeText.Required(reason, "reason", MaxTextLength, multiline: true);
        errors.AddRange(text.Errors);
        if (text.IsSuccess && ReasonForChange.TooShort(text.Value, "reason") is { } tooShort)
        {
            errors.Add(tooShort);
        }
        if (errors.Count > 0)
        {
            return Result<HerbalPrescription>.Failure(errors);
        }
        var next = Make(new PrescriptionIds(id, ClinicId, PatientId), SeriesId, VersionNumber + 1, content, createdBy, now);
        next.ReplacesId = Id;
        next.CorrectionReason = text.Value;
        return next;
    }

    /// <summary>Replaces a draft's findings with the rules' findings of now (other prescriptions or medications may have changed).</summary>
    /// <param name="findings">The findings of <c>HerbPrescriptionRules.Check</c>.</param>
    public void Recheck(IReadOnlyList<PrescriptionFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (Status == HerbalPrescriptionStatus.Draft)
        {
            Findings = findings;
        }
    }

    /// <summary>Signs the draft when every finding that needs it is confirmed or acknowledged; otherwise every missing confirmation.</summary>
    /// <param name="signerId">The practitioner whose password was verified.</param>
    /// <param name="confirmedSources">The botanical source confirmed per herb id (substitution-liable herbs), as typed.</param>
    /// <param name="riluzoleWarningAcknowledged">Whether the signer acknowledged the riluzole + hepatotoxic herb warning.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="today">The clinic's date: the first day.</param>
    public Result<HerbalPrescription> Sign(Guid signerId, IReadOnlyDictionary<string, string> confirmedSources, bool riluzoleWarningAcknowledged,
        DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(confirmedSources);
        if (Status != HerbalPrescriptionStatus.Draft)
        {
            return new ConflictError(HerbalPrescriptionCodes.NotADraft, "The prescription is signed already; correct it with a new version.");
        }
        var items = Items.Select(i => confirmedSources.TryGetValue(i.HerbId, out var source) ? i with { BotanicalSource = source } : i).ToList();
        var missing = HerbPrescriptionRules.Unconfirmed(Findings.Select(f => (f.Code, f.HerbId)).ToList(),
            [.. items.Where(i => i.BotanicalSource is not null).Select(i => i.HerbId)], riluzoleWarningAcknowledged);
        if (missing.Count > 0)
        {
            return Result<HerbalPrescription>.Failure(missing);
        }
        Items = items;
        Status = HerbalPrescriptionStatus.Signed;
        SignedByUserId = signerId;
        SignedAtUtc = now.UtcDateTime;
        StartsOn = today;
        if (HasRiluzoleWarning)
        {
            RiluzoleWarningAcknowledgedByUserId = signerId;
            RiluzoleWarningAcknowledgedAtUtc = now.UtcDateTime;
        }
        return this;
    }

    /// <summary>Marks this version replaced by a newer signed one.</summary>
    /// <param name="now">The injected clock's time.</param>
    public void Supersede(DateTimeOffset now) => SupersededAtUtc ??= now.UtcDateTime;

    private static List<Error> Check(PrescriptionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<Error>();
        if (content.Items.Count == 0)
        {
            errors.Add(new ValidationError("items", HerbalPrescriptionCodes.NoItems, "Add at least one herb."));
        }
        if (content.Days is < MinDays or > MaxDays)
        {
            errors.Add(new ValidationError("days", ValidationError.OutOfRange, $"The days must be between {MinDays} and {MaxDays}."));
        }
        if (!Enum.IsDefined(content.Preparation))
        {
            throw new ArgumentOutOfRangeException(nameof(content), "Unknown preparation.");
        }
        return errors;
    }

    private static HerbalPrescription Make(PrescriptionIds ids, Guid seriesId, int version, PrescriptionContent content, Guid createdBy,
        DateTimeOffset now) => new()
    {
        Id = ids.Id,
        ClinicId = ids.ClinicId,
        PatientId = ids.PatientId,
        SeriesId = seriesId,
        VersionNumber = version,
        FormulaTemplateId = content.FormulaTemplateId,
        FormulaChinese = content.FormulaChinese,
        FormulaEnglish = content.FormulaEnglish,
        Preparation = content.Preparation,
        Days = content.Days,
        Items = content.Items,
        Findings = content.Findings,
        Status = HerbalPrescriptionStatus.Draft,
        CreatedByUserId = createdBy,
        CreatedAtUtc = now.UtcDateTime,
    };
}

/// <summary>Where a prescription version belongs.</summary>
/// <param name="Id">The new record id (UUIDv7).</param>
/// <param name="ClinicId">The clinic.</param>
/// <param name="PatientId">The patient.</param>
public sealed record PrescriptionIds(Guid Id, Guid ClinicId, Guid PatientId);

/// <summary>What a prescription version says: checked items and their findings, preparation, days and formula.</summary>
/// <param name="Items">The checked items.</param>
/// <param name="Findings">The rules' findings for them.</param>
/// <param name="Preparation">How it is prepared.</param>
/// <param name="Days">How many days it lasts.</param>
/// <param name="FormulaTemplateId">The template it started from, if any.</param>
/// <param name="FormulaChinese">The formula's Chinese name, if any.</param>
/// <param name="FormulaEnglish">The formula's English or pinyin name, if any.</param>
public sealed record PrescriptionContent(IReadOnlyList<PrescribedHerb> Items, IReadOnlyList<PrescriptionFinding> Findings,
    HerbalPreparation Preparation, int Days, Guid? FormulaTemplateId, string? FormulaChinese, string? FormulaEnglish);

/// <summary>Where a prescription version stands.</summary>
public enum HerbalPrescriptionStatus
{
    /// <summary>Written, not signed: no effect yet.</summary>
    Draft,

    /// <summary>Signed by the TCM practitioner with their password.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "\"Signed\" is the clinical state, not the integer kind.")]
    Signed,
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.CellProducts;
using MndCare.Application.Files;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Infusions;

/// <summary>The recall queries: which patients received a lot, and which lots a patient received (21 CFR 1271.290 tracking).</summary>
/// <remarks>A recipient is a patient whose infusion from the lot passed the bedside identity check (it started), whatever happened
/// after. Staff who may read patients in the lot's clinic see names and MRNs; others with <see cref="Permission.ReadCellProducts"/>
/// (the cell lab) see only <see cref="RecipientCode"/>. docs/therapy/infusion.md, "Recipients".</remarks>
public sealed class LotRecipients(MndCareDbContext db, CellProductScope scope, AuditTrail audit, EncryptedFileStore keys, TimeProvider clock)
{
    /// <summary>The audited actions.</summary>
    public const string RecipientsAction = "lot.recipients", RecipientsExportAction = "lot.recipients.export", PatientLotsAction = "patient.lots";

    /// <summary>The purpose label of the key recipient codes are computed with (HKDF info).</summary>
    public const string RecipientCodePurpose = "mndcare-recipient-code-v1";

    private byte[]? _recipientKey;

    /// <summary>A patient's stable coded reference: "R-" and 12 Crockford base-32 characters of HMAC-SHA256 over the patient's record
    /// id, keyed with a key derived from the master key.</summary>
    /// <remarks>The same for every lot, so the cell lab can tell one recipient from two; it reveals no name or MRN, and because it is
    /// keyed, nobody can compute it from a record id without the master key, which lives outside the database.</remarks>
    public string RecipientCode(Guid patientId)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var hash = HMACSHA256.HashData(_recipientKey ??= keys.DeriveKey(RecipientCodePurpose), Encoding.UTF8.GetBytes(patientId.ToString("D")));
        var bits = BitConverter.ToUInt64(hash, 0);
        var code = new StringBuilder("R-", 14);
        for (var i = 0; i < 12; i++)
        {
            code.Append(alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return code.ToString();
    }

    /// <summary>The recipients of a lot, earliest infusion first; <paramref name="export"/> audits it as the CSV export.</summary>
    public async Task<Result<IReadOnlyList<RecipientView>>> RecipientsAsync(Actor actor, Guid lotId, bool export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var action = export ? RecipientsExportAction : RecipientsAction;
        var found = await scope.FindLotAsync(actor, lotId, Permission.ReadCellProducts, action, track: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<IReadOnlyList<RecipientView>>.Failure(found.Errors);
        }
        var (lot, clinic) = found.Value;
        var named = actor.Can(Permission.ReadPatients, clinic.Id);
        var rows = await db.Infusions.AsNoTracking().Where(i => i.LotId == lot.Id && i.StartedAtUtc != null)
            .Join(db.Patients, i => i.PatientId, p => p.Id, (i, p) => new { Infusion = i, p.NativeName, p.LatinName, p.Mrn })
            .ToListAsync(cancellationToken);
        var recipients = rows.OrderBy(r => r.Infusion.StartedAtUtc).Select(r => new RecipientView(RecipientCode(r.Infusion.PatientId),
            named ? r.Infusion.PatientId : null, named ? r.NativeName : null, named ? r.LatinName : null, named ? r.Mrn : null, r.Infusion.Id,
            Utc(r.Infusion.StartedAtUtc!.Value), InfusionWireNames.Of(r.Infusion.Status), r.Infusion.UnitCodes)).ToList();
        await audit.RecordAsync(actor, CellProductScope.Entry(action, AuditOutcome.Success, clinic.Id, CellProductScope.LotEntityType,
            lot.Id.ToString("D")) with
        {
            Details = JsonSerializer.Serialize(new { named, patientIds = rows.Select(r => r.Infusion.PatientId).Distinct() }),
        }, cancellationToken);
        return recipients;
    }

    /// <summary>The lots a patient received, earliest first; for staff who may read both the patient and the cell product.</summary>
    public async Task<Result<IReadOnlyList<ReceivedLotView>>> LotsOfPatientAsync(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var readers = actor.ClinicsGranting(Permission.ReadCellProducts).Intersect(actor.ClinicsGranting(Permission.ReadPatients)).ToList();
        var patientClinic = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && readers.Contains(p.ClinicId))
            .Select(p => (Guid?)p.ClinicId).SingleOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry(PatientLotsAction, AuditOutcome.Success) { ClinicId = patientClinic, EntityType = "patient", EntityId = patientId.ToString("D") };
        if (patientClinic is null)
        {
            return await audit.RefuseAsync<IReadOnlyList<ReceivedLotView>>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var rows = await db.Infusions.AsNoTracking().Where(i => i.PatientId == patientId && i.StartedAtUtc != null)
            .Join(db.Lots, i => i.LotId, l => l.Id, (i, l) => new { Infusion = i, l.Id, l.Details.LotNumber, l.Details.ProductCode, l.RecordedStatus, l.Details.ExpiresOn })
            .ToListAsync(cancellationToken);
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == patientClinic, cancellationToken);
        var today = clinic.LocalDate(clock.GetUtcNow());
        var lots = rows.OrderBy(r => r.Infusion.StartedAtUtc).Select(r => new ReceivedLotView(r.Id, r.LotNumber.Value, r.ProductCode.Value,
            CellProductWireNames.Of(Lot.StatusFrom(r.RecordedStatus, r.ExpiresOn, today)), r.Infusion.Id, Utc(r.Infusion.StartedAtUtc!.Value),
            InfusionWireNames.Of(r.Infusion.Status), r.Infusion.UnitCodes)).ToList();
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { lotIds = lots.Select(l => l.LotId).Distinct() }) },
            cancellationToken);
        return lots;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

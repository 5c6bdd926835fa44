using System.Security.Cryptography;
using System.Text;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>The TCM side of an event's suspects: each herbal prescription taken in the window before the onset (as a formula) with each of
/// its herbs and their batches, and each TCM session on or before the onset (as a procedure).</summary>
/// <remarks>ADR 0034; docs/safety/adverse-events.md, "Suspects".</remarks>
public static class TcmSuspects
{
    /// <summary>Days before the onset in which a prescription taken counts as a suspect: herb-induced liver injury and other reactions may
    /// show weeks after the last dose (therapy-safety-tcm.md D6; ADR 0034), so the clinician, not the date, rules it out.</summary>
    public const int PrescriptionLookbackDays = 30;

    /// <summary>The reference id of one herb of one prescription version as a suspect: a name-based UUID (RFC 9562 §5.8, SHA-256 of the
    /// prescription id and the herb's catalogue id), so the views find the same herb and batch again without a stored link.</summary>
    /// <param name="prescriptionId">The prescription version's id.</param>
    /// <param name="herbId">The herb's catalogue id.</param>
    public static Guid HerbReference(Guid prescriptionId, string herbId)
    {
        ArgumentNullException.ThrowIfNull(herbId);
        Span<byte> name = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(herbId.Length)];
        prescriptionId.TryWriteBytes(name, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(herbId, name[16..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(name[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The formula (the prescription as a whole) and each herb with its batch, as suspects.</summary>
    /// <param name="prescription">A prescription the patient took.</param>
    public static IEnumerable<(SuspectKind Kind, Guid ReferenceId, string Label)> Of(ActivePrescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        foreach (var (kind, reference, label) in prescription.Suspects())
        {
            yield return kind == ActivePrescription.HerbSuspectKind
                ? (SuspectKind.Herb, HerbReference(prescription.Id, reference[(reference.IndexOf('/', StringComparison.Ordinal) + 1)..]), label)
                : (SuspectKind.Formula, prescription.Id, label);
        }
    }
}

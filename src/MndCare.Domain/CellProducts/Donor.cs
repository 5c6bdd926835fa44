using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>An umbilical-cord donor, known only by a code: consent and infectious-disease screening.</summary>
/// <remarks>
/// Issue 8 and docs/therapy/cell-product.md, "Donor": a lot from a donor with any reactive or missing screen is never
/// released; a reactive result is never replaced by a later test. 21 CFR 1271.290(c): the code is not a name or MRN.
/// </remarks>
public sealed class Donor
{
    /// <summary>The markers every donor is screened for (the minimum: HIV, HBV, HCV, syphilis, HTLV, CMV).</summary>
    public static readonly IReadOnlyList<InfectiousMarker> RequiredMarkers = Enum.GetValues<InfectiousMarker>();

    private readonly List<DonorScreening> _screenings = [];

    private Donor()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic whose cell lab holds the donor.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The donor's code.</summary>
    public DonorCode Code { get; private set; }

    /// <summary>The date consent to donation was recorded.</summary>
    public DateOnly ConsentedOn { get; private set; }

    /// <summary>The latest result of each marker tested, in marker order (however they were stored).</summary>
    public IReadOnlyList<DonorScreening> Screenings => [.. _screenings.OrderBy(s => s.Marker)];

    /// <summary>Who registered the donor.</summary>
    public Guid RegisteredByUserId { get; private set; }

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Who changed it last.</summary>
    public Guid UpdatedByUserId { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>Each required marker that is missing or reactive, in marker order; empty when screening is complete and negative.</summary>
    public IReadOnlyList<ScreeningGap> ScreeningGaps() =>
        [.. RequiredMarkers.Select(m => _screenings.Find(s => s.Marker == m) switch
        {
            null => new ScreeningGap(m, ScreeningProblem.Missing),
            { Result: ScreeningResult.Reactive } => new ScreeningGap(m, ScreeningProblem.Reactive),
            { Result: ScreeningResult.NonReactive } => null,
        }).OfType<ScreeningGap>()];

    /// <summary>Whether every required marker has a result and none is reactive.</summary>
    public bool IsScreeningCompleteAndNegative => ScreeningGaps().Count == 0;

    /// <summary>Registers a donor whose consent was recorded on <paramref name="consentedOn"/>.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="code">The donor's checked code (also checked against the clinic's MRNs by the caller).</param>
    /// <param name="consentedOn">The consent date; not after <paramref name="today"/>.</param>
    /// <param name="today">The clinic's date.</param>
    /// <param name="userId">Who registers it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Result<Donor> Register(Guid id, Guid clinicId, DonorCode code, DateOnly consentedOn, DateOnly today, Guid userId,
        DateTimeOffset now, Guid version)
    {
        if (code.Value is null)
        {
            throw new ArgumentException("The donor code was never checked.", nameof(code));
        }
        if (consentedOn > today)
        {
            return new ValidationError("consentedOn", CellProductErrorCodes.InFuture, "consentedOn is after today.");
        }
        return new Donor
        {
            Id = id,
            ClinicId = clinicId,
            Code = code,
            ConsentedOn = consentedOn,
            RegisteredByUserId = userId,
            UpdatedByUserId = userId,
            UpdatedAtUtc = now.UtcDateTime,
            Version = version,
        };
    }

    /// <summary>Records screening results; a marker's new result replaces a non-reactive one. Nothing changes on an error.</summary>
    /// <param name="results">One result per marker.</param>
    /// <param name="today">The clinic's date; no test is dated after it.</param>
    /// <param name="userId">Who records them.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Donor> RecordScreening(IReadOnlyList<DonorScreening> results, DateOnly today, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(results);
        var errors = new List<Error>();
        foreach (var result in results)
        {
            var field = "screening." + CellProductWireNames.Of(result.Marker);
            if (result.TestedOn > today)
            {
                errors.Add(new ValidationError(field, CellProductErrorCodes.InFuture, $"{field} is dated after today."));
            }
            if (_screenings.Exists(s => s.Marker == result.Marker && s.Result == ScreeningResult.Reactive))
            {
                errors.Add(new ValidationError(field, CellProductErrorCodes.ScreeningAlreadyReactive,
                    $"{field} was reactive; a later result does not replace it."));
            }
        }
        foreach (var repeated in results.GroupBy(r => r.Marker).Where(g => g.Count() > 1))
        {
            var field = "screening." + CellProductWireNames.Of(repeated.Key);
            errors.Add(new ValidationError(field, CellProductErrorCodes.DuplicateMarker, $"{field} is given twice."));
        }
        if (errors.Count > 0)
        {
            return Result<Donor>.Failure(errors);
        }
        foreach (var result in results)
        {
            _screenings.RemoveAll(s => s.Marker == result.Marker);
            _screenings.Add(result);
        }
        UpdatedByUserId = userId;
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
        return this;
    }
}

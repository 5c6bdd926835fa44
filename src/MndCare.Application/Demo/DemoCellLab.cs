using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.CellProducts;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Persistence.CellProducts;

namespace MndCare.Application.Demo;

/// <summary>The demo cell lab: five donors (one with a reactive screen) and a lot in each state, through the domain's rules.</summary>
/// <remarks>docs/therapy/cell-product.md, "Demo data". Results are entered by the first cell-lab user and lots released by the
/// second, so the two-person rule holds; a rule the data broke would throw and roll the whole seed back.</remarks>
internal sealed class DemoCellLab(MndCareDbContext db, ReleaseSpecifications specifications, DemoScene scene)
{
    /// <summary>The demo product's code.</summary>
    public const string Product = "UCMSC-IV";

    /// <summary>Cells per demo bag: 50 ×10^6 (demo value; each lot states its own).</summary>
    public const long CellsPerUnit = 50_000_000;

    /// <summary>The released lot the demo courses' infusions come from.</summary>
    public const string ReleasedLotNumber = "UCM-DEMO-01";

    /// <summary>The historical lots of the completed courses 6-18 months ago: the older one made about two years ago, the newer about
    /// fourteen months ago; both expired by now.</summary>
    public const string OlderHistoricalLotNumber = "UCM-DEMO-06", NewerHistoricalLotNumber = "UCM-DEMO-07";

    /// <summary>Days before today the historical lots were made; each keeps <see cref="ShelfLifeDays"/> from then and is released
    /// <see cref="HistoricalReleaseDays"/> after.</summary>
    public const int OlderHistoricalLotMadeDaysAgo = 730, NewerHistoricalLotMadeDaysAgo = 420, HistoricalReleaseDays = 15;

    /// <summary>Bags in each historical lot: enough for ten 3-infusion courses of two bags each.</summary>
    public const int HistoricalUnits = 64;

    private const int Passage = 4;

    /// <summary>Days a demo lot may be used after it was made (demo value: shelf life and cryostorage rules are the manufacturer's;
    /// therapy reference A5, not verified).</summary>
    public const int ShelfLifeDays = 365;

    // The demo donors' codes come from a block of their own (UCD-00010…), so codes a clinic assigns from 1 never meet them.
    private const int DonorSequenceBase = 32 * 32 * 32;

    // Storage positions written tank/rack/box; the quarantine tank keeps unreleased lots apart from released ones.
    private const string ReleasedTank = "LN2-1", QuarantineTank = "LN2-2";

    private static readonly LotResultsInput WithinSpecification = new(92.4m, 99.1m, 98.7m, 97.9m, 0.4m, 0.6m, 0.3m, 0.2m, 0.5m,
        CellProductWireNames.Of(DetectionResult.Negative), CellProductWireNames.Of(DetectionResult.Negative), 0.12m,
        CellProductWireNames.Of(KaryotypeResult.Normal));

    // Viability 64 % is below the default 70 % [S3]: the lot fails at once.
    private static readonly LotResultsInput ViabilityTooLow = WithinSpecification with { ViabilityPercent = 64.0m };

    // Days before today: consent (screened the day after), and the marker found reactive.
    private static readonly (int ConsentDaysAgo, InfectiousMarker? Reactive)[] DonorPlans =
        [(135, null), (30, null), (70, null), (50, InfectiousMarker.Hbv), (520, null), (750, null), (440, null)];

    private static readonly DemoLotPlan[] LotPlans =
    [
        new(ReleasedLotNumber, 0, MadeDaysAgo: 120, Units: 20, WithinSpecification, ResultsDaysAgo: 106, ReleasedDaysAgo: 105, ReleasedTank + "/A/01"),
        // Quarantined without results: one cell-lab user enters them and the other releases the lot, in the demo.
        new("UCM-DEMO-02", 1, MadeDaysAgo: 12, Units: 12, Results: null, ResultsDaysAgo: null, ReleasedDaysAgo: null, QuarantineTank + "/Q/01"),
        new("UCM-DEMO-03", 2, MadeDaysAgo: 55, Units: 10, ViabilityTooLow, ResultsDaysAgo: 40, ReleasedDaysAgo: null, QuarantineTank + "/Q/02"),
        // Within specification, but its donor's HBV screen is reactive: it stays quarantined for good.
        new("UCM-DEMO-04", 3, MadeDaysAgo: 35, Units: 10, WithinSpecification, ResultsDaysAgo: 20, ReleasedDaysAgo: null, QuarantineTank + "/Q/03"),
        // Released last year, past its expiry date now.
        new("UCM-DEMO-05", 4, MadeDaysAgo: 500, Units: 10, WithinSpecification, ResultsDaysAgo: 486, ReleasedDaysAgo: 485, ReleasedTank + "/A/02"),
        // The historical courses' lots (DemoHistoricalCourses): released long ago, expired now, their bags given.
        Historical(OlderHistoricalLotNumber, 5, OlderHistoricalLotMadeDaysAgo, ReleasedTank + "/A/03"),
        Historical(NewerHistoricalLotNumber, 6, NewerHistoricalLotMadeDaysAgo, ReleasedTank + "/A/04"),
    ];

    /// <summary>How many days of storage temperatures each tank's log holds.</summary>
    private const int TemperatureDays = 7;

    /// <summary>The code of the demo donor at <paramref name="index"/> (0 is the first).</summary>
    public static DonorCode DonorCodeOf(int index) => DonorCode.FromSequence(DonorSequenceBase + 1 + index);

    /// <summary>Adds the donors and lots; returns the lots, the released one first.</summary>
    public async Task<IReadOnlyList<Lot>> SeedAsync(CancellationToken cancellationToken)
    {
        var mrns = await db.Patients.AsNoTracking().Where(p => p.ClinicId == scene.Clinic.Id).Select(p => p.Mrn).ToListAsync(cancellationToken);
        var donors = DonorPlans.Select((plan, i) => AddDonor(DonorCodeOf(i), plan.ConsentDaysAgo, plan.Reactive, mrns)).ToList();
        var lots = new List<Lot>();
        foreach (var plan in LotPlans)
        {
            lots.Add(await AddLotAsync(plan, donors[plan.Donor], mrns, cancellationToken));
        }
        foreach (var tank in LotPlans.Select(plan => plan.Store.Split('/')[0]).Distinct(StringComparer.Ordinal))
        {
            RecordTemperatures(tank);
        }
        return lots;
    }

    private Donor AddDonor(DonorCode code, int consentDaysAgo, InfectiousMarker? reactive, IReadOnlyList<string> mrns)
    {
        ThrowIfPatientIdentifier(DonorCode.Field, code.Value, mrns);
        var consented = scene.Today.AddDays(-consentDaysAgo);
        var tested = consented.AddDays(1);
        var at = scene.At(tested, 11);
        var screening = Donor.RequiredMarkers
            .Select(m => new DonorScreening(m, m == reactive ? ScreeningResult.Reactive : ScreeningResult.NonReactive, tested)).ToList();
        var donor = DemoScene.Check(DemoScene.Check(Donor.Register(scene.NewId(), scene.Clinic.Id, code, consented, scene.Today, scene.Staff.CellLab,
            at, scene.NewId())).RecordScreening(screening, scene.Today, scene.Staff.CellLab, at, scene.NewId()));
        db.Donors.Add(donor);
        scene.Audit(Donors.CreateAction, CellProductScope.DonorEntityType, donor.Id,
        [
            new FieldChange(DonorCode.Field, null, code.Value),
            new FieldChange("consentedOn", null, ClinicTime.Format(consented)),
            .. donor.Screenings.Select(s => new FieldChange("screening." + CellProductWireNames.Of(s.Marker), null,
                CellProductWireNames.Of(s.Result) + " " + ClinicTime.Format(s.TestedOn))),
        ]);
        return donor;
    }

    private async Task<Lot> AddLotAsync(DemoLotPlan plan, Donor donor, IReadOnlyList<string> mrns, CancellationToken cancellationToken)
    {
        var made = scene.Today.AddDays(-plan.MadeDaysAgo);
        var details = DemoScene.Check(LotDetails.Create(new LotInput(plan.LotNumber, Product, donor.Code.Value, made, made.AddDays(ShelfLifeDays),
            Passage, CellsPerUnit, plan.Units), scene.Today));
        ThrowIfPatientIdentifier(LotNumber.Field, details.LotNumber.Value, mrns);
        var registeredAt = scene.At(made, 16);
        var lot = Lot.Register(scene.NewId(), scene.Clinic.Id, details, scene.Staff.CellLab, registeredAt, scene.NewId());
        foreach (var unit in lot.Units)
        {
            DemoScene.Check(lot.StoreUnit(unit.Code, plan.Store, registeredAt, scene.NewId()));
        }
        db.AddLot(lot);
        scene.Audit(Lots.CreateAction, CellProductScope.LotEntityType, lot.Id,
        [
            new FieldChange(LotNumber.Field, null, details.LotNumber.Value),
            new FieldChange(ProductCode.Field, null, Product),
            new FieldChange(DonorCode.Field, null, donor.Code.Value),
            new FieldChange("manufacturedOn", null, ClinicTime.Format(details.ManufacturedOn)),
            new FieldChange("expiresOn", null, ClinicTime.Format(details.ExpiresOn)),
            new FieldChange("unitsProduced", null, plan.Units.ToString(CultureInfo.InvariantCulture)),
            new FieldChange(StorageLocation.Field, null, plan.Store),
        ]);
        if (plan.Results is { } input && plan.ResultsDaysAgo is { } resultsDaysAgo)
        {
            var specification = await specifications.CurrentAsync(scene.Clinic.Id, details.ProductCode, cancellationToken);
            DemoScene.Check(lot.EnterResults(DemoScene.Check(LotResults.Create(input)), specification, scene.Staff.CellLab,
                scene.At(scene.Today.AddDays(-resultsDaysAgo), 11), scene.NewId()));
            scene.Audit(Lots.ResultsAction, CellProductScope.LotEntityType, lot.Id,
            [
                new FieldChange("specificationVersion", null, lot.Judgement!.SpecificationVersion.ToString(CultureInfo.InvariantCulture)),
                new FieldChange("outOfSpecification", null, string.Join(",", lot.Judgement.OutOfSpecification)),
                new FieldChange("status", CellProductWireNames.Of(LotStatus.Quarantined), CellProductWireNames.Of(lot.RecordedStatus)),
            ], new { enteredByUserId = scene.Staff.CellLab });
        }
        if (plan.ReleasedDaysAgo is { } releasedDaysAgo)
        {
            var releasedAt = scene.At(scene.Today.AddDays(-releasedDaysAgo), 15);
            DemoScene.Check(lot.Release(donor, scene.Staff.SecondCellLab, scene.DateOf(releasedAt), releasedAt, scene.NewId()));
            scene.Audit(Lots.ReleaseAction, CellProductScope.LotEntityType, lot.Id,
                [new FieldChange("status", CellProductWireNames.Of(LotStatus.Quarantined), CellProductWireNames.Of(lot.RecordedStatus))],
                new { releasedByUserId = scene.Staff.SecondCellLab });
        }
        return lot;
    }

    // A daily reading of each tank at 08:00 for the last week, in the clinic's storage log (ADR 0025); demo values, not limits
    // (cryostorage rules are the manufacturer's; therapy reference A5).
    private void RecordTemperatures(string tank)
    {
        for (var day = TemperatureDays; day >= 1; day--)
        {
            var takenAt = scene.At(scene.Today.AddDays(-day), 8);
            var celsius = -192.0m + (day % 3 * 0.5m);
            db.StorageTemperatures.Add(new StoredTemperatureReading
            {
                Id = scene.NewId(), ClinicId = scene.Clinic.Id, RecordedAtUtc = takenAt.UtcDateTime,
                Reading = DemoScene.Check(TemperatureReading.Create(tank, celsius, takenAt, scene.Staff.CellLab, takenAt)),
            });
        }
    }

    // 21 CFR 1271.290(c): a code never holds a medical record number; the demo's fixed codes are checked like typed ones.
    private static void ThrowIfPatientIdentifier(string field, string code, IReadOnlyList<string> mrns)
    {
        if (PatientIdentifierGuard.Check(field, code, mrns) is { } error)
        {
            throw new InvalidOperationException($"The demo {field} {code} contains a patient's MRN: {error.Code}.");
        }
    }

    // A historical lot: within specification, results entered the day before its release.
    private static DemoLotPlan Historical(string lotNumber, int donor, int madeDaysAgo, string store) => new(lotNumber, donor, madeDaysAgo,
        HistoricalUnits, WithinSpecification, madeDaysAgo - HistoricalReleaseDays + 1, madeDaysAgo - HistoricalReleaseDays, store);

    /// <summary>One demo lot: its number, donor (index), age, units, results and when they were entered, release, storage.</summary>
    private sealed record DemoLotPlan(string LotNumber, int Donor, int MadeDaysAgo, int Units, LotResultsInput? Results, int? ResultsDaysAgo,
        int? ReleasedDaysAgo, string Store);
}

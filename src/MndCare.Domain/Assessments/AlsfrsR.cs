using MndCare.Domain.Results;

namespace MndCare.Domain.Assessments;

/// <summary>A complete, valid ALSFRS-R: twelve items scored 0-4, with exactly one of the cutting items 5a and 5b.</summary>
/// <remarks>
/// Cedarbaum JM et al. The ALSFRS-R: a revised ALS functional rating scale that incorporates assessments of
/// respiratory function. J Neurol Sci 1999;169(1-2):13-21. Subscores and errors follow Decision 2
/// (docs/instruments/decided-readings.md): bulbar 1-3, fine motor 4, 5a or 5b, 6, gross motor 7-9, respiratory 10-12; no partial
/// totals are ever reported.
/// </remarks>
public sealed record AlsfrsR
{
    /// <summary>Lowest item score.</summary>
    public const int MinItemScore = 0;

    /// <summary>Highest item score (normal function).</summary>
    public const int MaxItemScore = 4;

    /// <summary>Highest total: 12 items of 4 points.</summary>
    public const int MaxTotal = 48;

    private AlsfrsR()
    {
    }

    /// <summary>Item 1, speech.</summary>
    public int Speech { get; private init; }

    /// <summary>Item 2, salivation.</summary>
    public int Salivation { get; private init; }

    /// <summary>Item 3, swallowing.</summary>
    public int Swallowing { get; private init; }

    /// <summary>Item 4, handwriting.</summary>
    public int Handwriting { get; private init; }

    /// <summary>Item 5a, cutting food without gastrostomy; null when 5b was rated.</summary>
    public int? CuttingWithoutGastrostomy { get; private init; }

    /// <summary>Item 5b, cutting food with gastrostomy; null when 5a was rated.</summary>
    public int? CuttingWithGastrostomy { get; private init; }

    /// <summary>Item 6, dressing and hygiene.</summary>
    public int Dressing { get; private init; }

    /// <summary>Item 7, turning in bed.</summary>
    public int Turning { get; private init; }

    /// <summary>Item 8, walking.</summary>
    public int Walking { get; private init; }

    /// <summary>Item 9, climbing stairs.</summary>
    public int Climbing { get; private init; }

    /// <summary>Item 10 (R1), dyspnoea.</summary>
    public int Dyspnea { get; private init; }

    /// <summary>Item 11 (R2), orthopnoea.</summary>
    public int Orthopnea { get; private init; }

    /// <summary>Item 12 (R3), respiratory insufficiency.</summary>
    public int RespiratoryInsufficiency { get; private init; }

    /// <summary>Item 5 whichever variant was rated.</summary>
    public int Cutting => CuttingWithoutGastrostomy ?? CuttingWithGastrostomy!.Value;

    /// <summary>Bulbar subscore (items 1-3), 0-12.</summary>
    public int Bulbar => Speech + Salivation + Swallowing;

    /// <summary>Fine-motor subscore (items 4, 5a or 5b, 6), 0-12.</summary>
    public int FineMotor => Handwriting + Cutting + Dressing;

    /// <summary>Gross-motor subscore (items 7-9), 0-12.</summary>
    public int GrossMotor => Turning + Walking + Climbing;

    /// <summary>Respiratory subscore (items 10-12), 0-12.</summary>
    public int Respiratory => Dyspnea + Orthopnea + RespiratoryInsufficiency;

    /// <summary>Total, 0-48.</summary>
    public int Total => Bulbar + FineMotor + GrossMotor + Respiratory;

    /// <summary>Validates the items; errors are missingItem, itemOutOfRange and bothCuttingItems (Decision 2).</summary>
    /// <param name="items">Item scores by API name; absent or null means not rated.</param>
    public static Result<AlsfrsR> Create(IReadOnlyDictionary<string, int?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var errors = new List<Error>();
        int Item(string name)
        {
            if (!items.TryGetValue(name, out var value) || value is null)
            {
                errors.Add(new ValidationError(name, "missingItem", $"ALSFRS-R item {name} is missing."));
                return 0;
            }
            return InRange(name, value.Value, errors);
        }
        int? Optional(string name) =>
            items.TryGetValue(name, out var value) && value is { } v ? InRange(name, v, errors) : null;

        var cutting5a = Optional(ItemNames.CuttingWithoutGastrostomy);
        var cutting5b = Optional(ItemNames.CuttingWithGastrostomy);
        if (cutting5a is not null && cutting5b is not null)
        {
            errors.Add(new ValidationError("cutting", "bothCuttingItems", "Rate either item 5a or item 5b, not both."));
        }
        else if (cutting5a is null && cutting5b is null)
        {
            errors.Add(new ValidationError("cutting", "missingItem", "ALSFRS-R item 5 (5a or 5b) is missing."));
        }
        var result = new AlsfrsR
        {
            Speech = Item(ItemNames.Speech),
            Salivation = Item(ItemNames.Salivation),
            Swallowing = Item(ItemNames.Swallowing),
            Handwriting = Item(ItemNames.Handwriting),
            CuttingWithoutGastrostomy = cutting5a,
            CuttingWithGastrostomy = cutting5b,
            Dressing = Item(ItemNames.Dressing),
            Turning = Item(ItemNames.Turning),
            Walking = Item(ItemNames.Walking),
            Climbing = Item(ItemNames.Climbing),
            Dyspnea = Item(ItemNames.Dyspnea),
            Orthopnea = Item(ItemNames.Orthopnea),
            RespiratoryInsufficiency = Item(ItemNames.RespiratoryInsufficiency),
        };
        return errors.Count == 0 ? result : Result<AlsfrsR>.Failure(errors);
    }

    private static int InRange(string name, int value, List<Error> errors)
    {
        if (value is < MinItemScore or > MaxItemScore)
        {
            errors.Add(ItemOutOfRange(name));
        }
        return value;
    }

    /// <summary>The error for an item scored outside 0–4; one value, so callers can tell repeats apart.</summary>
    /// <param name="name">The item's API name.</param>
    internal static ValidationError ItemOutOfRange(string name) =>
        new(name, "itemOutOfRange", $"ALSFRS-R item {name} must be an integer from 0 to 4.");

    /// <summary>The API names of the items, in scale order (those of the `mndcare assess` contract).</summary>
    public static class ItemNames
    {
        /// <summary>Item 1.</summary>
        public const string Speech = "speech";

        /// <summary>Item 2.</summary>
        public const string Salivation = "salivation";

        /// <summary>Item 3.</summary>
        public const string Swallowing = "swallowing";

        /// <summary>Item 4.</summary>
        public const string Handwriting = "handwriting";

        /// <summary>Item 5a.</summary>
        public const string CuttingWithoutGastrostomy = "cuttingWithoutGastrostomy";

        /// <summary>Item 5b.</summary>
        public const string CuttingWithGastrostomy = "cuttingWithGastrostomy";

        /// <summary>Item 6.</summary>
        public const string Dressing = "dressing";

        /// <summary>Item 7.</summary>
        public const string Turning = "turning";

        /// <summary>Item 8.</summary>
        public const string Walking = "walking";

        /// <summary>Item 9.</summary>
        public const string Climbing = "climbing";

        /// <summary>Item 10 (R1).</summary>
        public const string Dyspnea = "dyspnea";

        /// <summary>Item 11 (R2).</summary>
        public const string Orthopnea = "orthopnea";

        /// <summary>Item 12 (R3).</summary>
        public const string RespiratoryInsufficiency = "respiratoryInsufficiency";

        /// <summary>Every item name in scale order, both variants of item 5 included.</summary>
        public static readonly IReadOnlyList<string> All =
        [
            Speech, Salivation, Swallowing, Handwriting, CuttingWithoutGastrostomy, CuttingWithGastrostomy, Dressing,
            Turning, Walking, Climbing, Dyspnea, Orthopnea, RespiratoryInsufficiency,
        ];
    }
}

using N = MndCare.Domain.Assessments.AlsfrsR.ItemNames;

namespace MndCare.Domain.Tests.Assessments;

/// <summary>Builds ALSFRS-R item dictionaries from the 12 scores in scale order.</summary>
internal static class AlsfrsRItems
{
    private static readonly string[] Order =
        [N.Speech, N.Salivation, N.Swallowing, N.Handwriting, "cutting", N.Dressing, N.Turning, N.Walking, N.Climbing, N.Dyspnea, N.Orthopnea, N.RespiratoryInsufficiency];

    public static Dictionary<string, int?> Of(int[] scores, bool gastrostomy)
    {
        var items = new Dictionary<string, int?>();
        for (var i = 0; i < Order.Length; i++)
        {
            var name = Order[i] == "cutting" ? (gastrostomy ? N.CuttingWithGastrostomy : N.CuttingWithoutGastrostomy) : Order[i];
            items[name] = scores[i];
        }
        return items;
    }

    public static Domain.Assessments.AlsfrsR Valid(int[] scores, bool gastrostomy = false) =>
        Domain.Assessments.AlsfrsR.Create(Of(scores, gastrostomy)).Value;
}

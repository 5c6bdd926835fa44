using System.Globalization;
using System.Text;

namespace MndCare.Benchmarks;

/// <summary>Deterministic `mndcare assess` input lines with every field filled (the most work per case).</summary>
public static class SyntheticCases
{
    private static readonly string[] Items =
        ["speech", "salivation", "swallowing", "handwriting", "cuttingWithoutGastrostomy", "dressing", "turning", "walking", "climbing", "dyspnea", "orthopnea", "respiratoryInsufficiency"];

    private static readonly string[] Regions = ["bulbar", "cervical", "thoracic", "lumbosacral"];

    private static readonly string[] Sites = ["bulbar", "upperLimb", "lowerLimb", "trunk"];

    public static string Line(Random random, int index)
    {
        ArgumentNullException.ThrowIfNull(random);
        var line = new StringBuilder(700);
        line.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{index}\",\"assessmentDate\":\"2026-01-10\",\"birthDate\":\"19{random.Next(40, 80)}-05-01\",");
        line.Append(CultureInfo.InvariantCulture, $"\"onsetDate\":\"2024-0{random.Next(1, 9)}-01\",\"diagnosisDate\":\"2025-0{random.Next(1, 9)}-15\",");
        line.Append(CultureInfo.InvariantCulture, $"\"sex\":\"{(random.Next(2) == 0 ? "male" : "female")}\",\"onsetSite\":\"{Sites[random.Next(Sites.Length)]}\",");
        line.Append(CultureInfo.InvariantCulture, $"\"ethnicity\":\"caucasian\",\"heightCm\":{random.Next(150, 195)},\"fvcLiters\":{random.Next(150, 450) / 100.0},");
        line.Append("\"alsfrsr\":{");
        line.AppendJoin(',', Items.Select(item => $"\"{item}\":{random.Next(1, 5)}"));
        line.Append("},\"findings\":{");
        line.AppendJoin(',', Regions.Select(region =>
            $"\"{region}\":{{\"umn\":{Bool(random)},\"lmnClinical\":{Bool(random)},\"lmnEmg\":{Bool(random)},\"fasciculationEmg\":{Bool(random)}}}"));
        line.Append("},\"progression\":true,\"alternativeExcluded\":true,\"ftd\":false,\"c9orf72\":false}");
        return line.ToString();
    }

    public static void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            writer.Write(Line(random, i));
            writer.Write('\n');
        }
    }

    private static string Bool(Random random) => random.Next(2) == 0 ? "true" : "false";
}

using MndCare.Application.Demo;

namespace MndCare.Application.Tests.Demo;

public sealed class SyntheticAnalysisDataTests
{
    private static (string Visits, string Survival) Export(SyntheticAnalysisOptions options)
    {
        using var visits = new StringWriter();
        using var survival = new StringWriter();
        SyntheticAnalysisData.Write(options, visits, survival);
        return (visits.ToString(), survival.ToString());
    }

    private static SyntheticAnalysisOptions Options(double missingShare = 0, bool withPost = true) =>
        new(200, 11, SyntheticAnalysisOptions.DefaultReferenceDate, MissingShare: missingShare, WithPostMonths: withPost);

    [Fact]
    public void The_same_options_write_the_same_files()
    {
        Assert.Equal(Export(Options(0.05)), Export(Options(0.05)));
    }

    [Fact]
    public void Every_requested_patient_has_a_survival_row_and_visits()
    {
        var (visits, survival) = Export(Options());
        var survivalLines = survival.TrimEnd().Split('\n');
        Assert.Equal(SyntheticAnalysisData.SurvivalHeader, survivalLines[0].TrimEnd('\r'));
        Assert.Equal(201, survivalLines.Length);
        var visitLines = visits.TrimEnd().Split('\n');
        Assert.Equal(SyntheticAnalysisData.VisitsHeader, visitLines[0].TrimEnd('\r'));
        Assert.Equal(200, visitLines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
    }

    [Fact]
    public void Treated_patients_have_post_course_months_and_untreated_ones_none()
    {
        var rows = Export(Options()).Visits.TrimEnd().Split('\n').Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var treated = rows.GroupBy(r => r[0]).Count(g => g.Any(r => double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.InRange(treated, 40, 100); // 40% of the patients with two or more visits (design)
    }

    [Fact]
    public void A_missing_share_spoils_that_share_of_rows_and_no_post_months_drops_the_column()
    {
        var rows = Export(Options(0.1, withPost: false)).Visits.TrimEnd().Split('\n').Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        var spoiled = rows.Count(r => r.Any(v => v is "" or "NA" or "n/a"));
        Assert.InRange(spoiled, rows.Count / 20, rows.Count / 5);
    }
}

namespace MndCare.Application.Demo;

/// <summary>Published ALS natural-history figures the synthetic cohort reproduces; each names its source.</summary>
/// <remarks>Sources are the S-numbers of the natural-history reference (listed in docs/instruments/demo-cohort.md). One population profile is used
/// (China, S40) for demographics, phenotype mix, diagnostic delay and survival; ALSFRS-R decline is the
/// population-cohort figure of PRECISION-ALS (S68); FVC figures come from S55 and S66. Values marked "design" are
/// choices of the generator, not sourced facts.</remarks>
public static class NaturalHistoryParameters
{
    /// <summary>Mean age at onset, years (China, sporadic ALS, n=1,624) [S40].</summary>
    public const double OnsetAgeMeanYears = 49.8;

    /// <summary>Spread of age at onset, years; S40 gives no SD, so the registry figure 11.4 is used [S53] (design).</summary>
    public const double OnsetAgeSdYears = 11.4;

    /// <summary>Youngest age at onset in S40's range [S40].</summary>
    public const double OnsetAgeMinYears = 18;

    /// <summary>Oldest age at onset in S40's range [S40].</summary>
    public const double OnsetAgeMaxYears = 82;

    /// <summary>Share of men from M:F 1.7:1 [S40].</summary>
    public const double MaleShare = 1.7 / 2.7;

    /// <summary>Limb onset share [S40].</summary>
    public const double LimbOnsetShare = 0.751;

    /// <summary>Bulbar onset share [S40].</summary>
    public const double BulbarOnsetShare = 0.140;

    /// <summary>Flail-arm share [S40].</summary>
    public const double FlailArmShare = 0.078;

    /// <summary>Progressive muscular atrophy share [S40].</summary>
    public const double PmaShare = 0.026;

    /// <summary>Primary lateral sclerosis share [S40].</summary>
    public const double PlsShare = 0.005;

    /// <summary>Median diagnostic delay, months [S40].</summary>
    public const double DiagnosticDelayMedianMonths = 14;

    /// <summary>Log-normal spread of the delay, from mean 20.2 and median 14 months: sqrt(2 ln(20.2/14)) [S40, D].</summary>
    public const double DiagnosticDelayLogSd = 0.856;

    /// <summary>Diagnostic delay of PMA, months [S40].</summary>
    public const double PmaDiagnosticDelayMonths = 20.5;

    /// <summary>Diagnostic delay of PLS, months [S40].</summary>
    public const double PlsDiagnosticDelayMonths = 49;

    /// <summary>Mean ALSFRS-R decline, points per month, population cohorts over 24 months [S68].</summary>
    public const double AlsfrsRSlopeMeanPerMonth = 0.89;

    /// <summary>SD of the decline so that 95% fall in S68's 0.04-1.96: (1.96 - 0.04) / 3.92 [S68, D].</summary>
    public const double AlsfrsRSlopeSdPerMonth = 0.49;

    /// <summary>Slowest decline generated, S68's 2.5th centile [S68].</summary>
    public const double AlsfrsRSlopeMinPerMonth = 0.04;

    /// <summary>PLS progresses slowly; its slope is scaled by this factor (design).</summary>
    public const double PlsSlopeFactor = 0.3;

    /// <summary>Median FVC % predicted at diagnosis [S55].</summary>
    public const double FvcAtDiagnosisMedianPercent = 101;

    /// <summary>Spread of FVC at diagnosis, from the IQR 90.8-111.3: 20.5 / 1.349 [S55, D].</summary>
    public const double FvcAtDiagnosisSdPercent = 15.2;

    /// <summary>Mean decline of vital capacity, % predicted per month [S66].</summary>
    public const double FvcDeclineMeanPercentPerMonth = 2.24;

    /// <summary>Spread of the decline between patients (design: S66's SD of 6.9 mixes measurement noise).</summary>
    public const double FvcDeclineSdPercentPerMonth = 1.0;

    /// <summary>Median survival from onset, months [S40].</summary>
    public const double SurvivalMedianMonths = 71;

    /// <summary>Log-normal spread of survival so that 10-year survival is about 32% [S40, D].</summary>
    public const double SurvivalLogSd = 1.1;

    /// <summary>ALSFRS-R total below which the generator lets the patient die (design: couples decline and survival).</summary>
    public const int TerminalAlsfrsRTotal = 6;

    /// <summary>Months between clinic visits (design: the usual quarterly multidisciplinary review).</summary>
    public const double VisitIntervalMonths = 3;

    /// <summary>Share of patients with complete inputs (examination, FTD and C9orf72 known), so every panel shows a result
    /// for them; the others show "not known" honestly (design).</summary>
    public const double CompleteInputsShare = 0.5;

    /// <summary>Frontotemporal dementia (behavioural variant) at the first visit, 4.7% [S55].</summary>
    public const double FtdShare = 0.047;

    /// <summary>C9orf72 repeat expansion in sporadic ALS, about 5% (Europe) [S61]; rare in Asia, so an upper figure for this
    /// profile (design).</summary>
    public const double C9orf72Share = 0.05;
}

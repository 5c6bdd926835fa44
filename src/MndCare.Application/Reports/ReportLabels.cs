using System.Globalization;
using System.Text;
using MndCare.Domain.Time;

namespace MndCare.Application.Reports;

/// <summary>The renderer's own words in English or Simplified Chinese.</summary>
internal sealed class ReportLabels
{
    private static readonly ReportLabels English = new(
        "Page {0} of {1}",
        "Signed electronically by {0} ({1}) on {2}, version {3}.");

    private static readonly ReportLabels Chinese = new(
        "第 {0} 页，共 {1} 页",
        "由 {0}（{1}）于 {2} 电子签署，第 {3} 版。");

    private readonly CompositeFormat _pageOf;
    private readonly CompositeFormat _signed;

    private ReportLabels(string pageOf, string signed)
    {
        _pageOf = CompositeFormat.Parse(pageOf);
        _signed = CompositeFormat.Parse(signed);
    }

    /// <summary>Chinese for any "zh" tag, English otherwise.</summary>
    public static ReportLabels For(string? languageTag) => IsChinese(languageTag) ? Chinese : English;

    /// <summary>True for "zh" and any "zh-" tag: the reports' one rule for choosing Chinese words.</summary>
    public static bool IsChinese(string? languageTag) =>
        languageTag is not null && (languageTag.Equals("zh", StringComparison.OrdinalIgnoreCase) || languageTag.StartsWith("zh-", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Page 3 of 5".</summary>
    public string PageOf(int page, int count) => string.Format(CultureInfo.InvariantCulture, _pageOf, page, count);

    /// <summary>The signature sentence; the time keeps the offset it was signed in, e.g. 2026-11-26 14:30 UTC+08:00.</summary>
    public string Signed(ReportSignature signature)
    {
        var at = ClinicTime.Format(signature.SignedAt);
        return string.Format(CultureInfo.InvariantCulture, _signed, signature.SignedBy, signature.Role, at, signature.Version);
    }
}

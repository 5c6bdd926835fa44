namespace MndCare.Domain.Tcm.Acupoints;

/// <summary>One of the 361 standard acupuncture points (WHO 2008 numbering), by code and name only.</summary>
/// <remarks>Data: Tcm/Acupoints/acupoints.csv — codes, meridians, pinyin from TARA (MIT), Chinese names from
/// TCM_acupoints (CC BY 4.0); ACUPOINTS-LICENCE.md and docs/tcm/catalogues.md.</remarks>
/// <param name="Code">The WHO alphanumeric code without spaces (LI4, ST36, GV20).</param>
/// <param name="Meridian">The WHO English meridian name (e.g. "Large Intestine Meridian").</param>
/// <param name="Pinyin">The toneless pinyin name (e.g. "Hegu").</param>
/// <param name="ChineseTraditional">The name in traditional characters (合谷).</param>
/// <param name="ChineseSimplified">The name in simplified characters; null where no reliable form exists (BL45).</param>
/// <param name="EnglishName">The English name where the source gives one.</param>
public sealed record Acupoint(string Code, string Meridian, string Pinyin, string ChineseTraditional,
    string? ChineseSimplified, string? EnglishName);

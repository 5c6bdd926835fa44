using System.Globalization;
using System.Text;

namespace MndCare.Application.Reports;

/// <summary>Splits text into runs per font, because PDFsharp has no per-glyph font fallback.</summary>
/// <remarks>
/// Droid Sans Fallback has no Latin glyphs at all (only U+0020 below U+0100), so Latin letters, digits and
/// punctuation inside Chinese text must be set in DejaVu Sans; the ranges below are the CJK blocks DejaVu lacks.
/// </remarks>
internal static class Scripts
{
    /// <summary>True for a character that must be set in the CJK font.</summary>
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
        >= 0x2E80 and <= 0x2FFF => true, // radicals, Kangxi, ideographic description
        >= 0x3000 and <= 0x4DBF => true, // CJK punctuation, kana, bopomofo, enclosed, Extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xA960 and <= 0xA97F => true, // Hangul Jamo Extended-A
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => true, // CJK compatibility forms
        >= 0xFF00 and <= 0xFFEF => true, // halfwidth and fullwidth forms (，：（）)
        >= 0x20000 and <= 0x3FFFF => true, // supplementary ideographic planes
        _ => false,
    };

    /// <summary>True for a combining mark, which stays in the run of the character it decorates.</summary>
    public static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Splits text into maximal runs of CJK and of other characters.</summary>
    public static List<ScriptRun> Split(string text)
    {
        var runs = new List<ScriptRun>();
        var current = new StringBuilder();
        var currentCjk = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var cjk = current.Length > 0 && IsMark(rune) ? currentCjk : IsCjk(rune);
            if (current.Length > 0 && cjk != currentCjk)
            {
                runs.Add(new ScriptRun(current.ToString(), currentCjk));
                current.Clear();
            }
            currentCjk = cjk;
            current.Append(rune.ToString());
        }
        if (current.Length > 0)
        {
            runs.Add(new ScriptRun(current.ToString(), currentCjk));
        }
        return runs;
    }
}

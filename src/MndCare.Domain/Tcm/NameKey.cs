using System.Globalization;
using System.Text;

namespace MndCare.Domain.Tcm;

/// <summary>The comparison key of a catalogue name: case, spaces, hyphens, apostrophes and tone marks do not count.</summary>
/// <remarks>The matching rule of docs/tcm/catalogues.md: "Guǎng Fáng Jǐ", "guang fang ji" and "GuangFangJi" share one key.</remarks>
public static class NameKey
{
    /// <summary>The key of a name (pinyin, Chinese characters, Latin or a point code).</summary>
    /// <param name="name">The name as typed.</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var character in name.Normalize(NormalizationForm.FormD))
        {
            // Tone marks and the diaeresis of ü are combining marks after decomposition.
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark
                || char.IsWhiteSpace(character) || character is '-' or '\'' or '’' or '·' or '.')
            {
                continue;
            }
            builder.Append(char.ToLowerInvariant(character));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

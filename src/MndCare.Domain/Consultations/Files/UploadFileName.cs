using System.Buffers;
using System.Globalization;
using System.Text;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Turns the name a client sent into a safe display name whose extension matches the detected content.</summary>
/// <remarks>
/// Security test plan UP-02; OWASP File Upload Cheat Sheet. The result is metadata only: blobs are stored under a
/// generated id, so this name never touches a file system. In order:
/// <list type="number">
/// <item>Percent-decode once (UTF-8; "%252e" becomes "%2e"; invalid UTF-8 is dropped) and cut at the first NUL
/// ("x.pdf%00.exe" is "x.pdf").</item>
/// <item>Keep the text after the last "/" or "\".</item>
/// <item>Turn white space into single spaces; drop control and format characters, which include the bidirectional
/// controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F) and the zero-width ones (U+200B-U+200D, U+FEFF), and
/// noncharacters; replace the characters Windows forbids (&lt; &gt; : " | ? *) with "_"; normalize to NFC.</item>
/// <item>Drop leading dots, dashes and spaces: ".htaccess" becomes "htaccess", and "-rf.pdf" becomes "rf.pdf".</item>
/// <item>Replace the extension: the last ".xxx" of 1-10 ASCII letters and digits (with at least one letter) is removed,
/// and the canonical one for the detected kind is added, so the name never lies about the content. "x.jpg.php" holding
/// a PDF becomes "x.jpg.pdf": the inner ".jpg" is kept as ordinary text because it is what the person called the file,
/// and only the final extension decides how systems treat it. When the remaining name already ends in the canonical
/// extension it is not repeated ("x.pdf.exe" holding a PDF becomes "x.pdf"), and trailing dots and spaces go.</item>
/// <item>Prefix "_" to Windows device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9, CONIN$, CONOUT$), judged on the
/// text before the first dot.</item>
/// <item>Cut to <see cref="MaxLength"/> UTF-16 units with the extension, at a text-element boundary, so no surrogate
/// pair or emoji is split; an empty result becomes "document".</item>
/// </list>
/// Emoji and CJK characters are kept.
/// </remarks>
public static class UploadFileName
{
    /// <summary>The longest sanitized name, in UTF-16 code units, extension included.</summary>
    public const int MaxLength = 100;

    private const int MaxExtensionLength = 10;
    private const string EmptyName = "document";

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly string[] DeviceNames =
    [
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        .. Enumerable.Range(0, 10).SelectMany(d => new[] { "COM", "LPT" }.Select(p => p + d.ToString(CultureInfo.InvariantCulture))),
        "COM\u00B9", "COM\u00B2", "COM\u00B3", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3",
    ];

    /// <summary>A safe display name for a file of the given kind.</summary>
    /// <param name="userName">The name the client sent; may be null, empty or hostile.</param>
    /// <param name="kind">The kind detected from the content.</param>
    public static string Sanitize(string? userName, MedicalFileKind kind)
    {
        var extension = kind.Extension();
        var name = PercentDecode(userName ?? "");
        var nul = name.IndexOf('\0', StringComparison.Ordinal);
        name = nul >= 0 ? name[..nul] : name;
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = Clean(name).TrimStart('.', '-', ' ');
        var stem = Tidy(WithoutExtension(name), extension);
        if (IsDeviceName(stem))
        {
            stem = "_" + stem;
        }
        stem = Tidy(Truncate(stem, MaxLength - extension.Length), extension);
        return (stem.Length == 0 ? EmptyName : stem) + extension;
    }

    // Trailing dots and spaces vanish on Windows, and a repeated canonical extension adds nothing ("x.pdf.pdf").
    private static string Tidy(string stem, string extension)
    {
        while (true)
        {
            stem = stem.TrimEnd('.', ' ');
            if (!stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return stem;
            }
            stem = stem[..^extension.Length];
        }
    }

    // UTF-8 round trip first: it also replaces lone surrogates, so the later steps see well-formed text.
    private static string PercentDecode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var decoded = new byte[bytes.Length];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                decoded[length++] = (byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]));
                i += 2;
            }
            else
            {
                decoded[length++] = bytes[i];
            }
        }
        return Encoding.UTF8.GetString(decoded, 0, length);
    }

    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                || rune == Rune.ReplacementChar || IsNoncharacter(rune))
            {
                continue;
            }
            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                builder.Append('_');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // U+FDD0-U+FDEF and U+xxFFFE/U+xxFFFF are not for interchange, and string.Normalize throws on U+FFFE.
    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    private static string WithoutExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return name;
        }
        var extension = name.AsSpan(dot + 1);
        var looksLikeExtension = extension.Length is > 0 and <= MaxExtensionLength
            && !extension.ContainsAnyExcept(AsciiLettersAndDigits)
            && (extension.ContainsAnyInRange('A', 'Z') || extension.ContainsAnyInRange('a', 'z'));
        return looksLikeExtension ? name[..dot] : name;
    }

    private static bool IsDeviceName(string stem)
    {
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        var first = (dot < 0 ? stem : stem[..dot]).TrimEnd(' ');
        return DeviceNames.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    private static string Truncate(string value, int maxLength)
    {
        var length = 0;
        while (length < value.Length)
        {
            var element = StringInfo.GetNextTextElementLength(value, length);
            if (length + element > maxLength)
            {
                break;
            }
            length += element;
        }
        return value[..length];
    }

    private static bool IsHex(byte value) => HexValue(value) >= 0;

    private static int HexValue(byte value) => value switch
    {
        >= (byte)'0' and <= (byte)'9' => value - '0',
        >= (byte)'a' and <= (byte)'f' => value - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => value - 'A' + 10,
        _ => -1,
    };
}

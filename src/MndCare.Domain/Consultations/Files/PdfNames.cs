using System.Text;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Decodes #xx escapes in PDF names and knows which names mean active content or encryption.</summary>
/// <remarks>ISO 32000-2 section 7.3.5: "/J#61vaScript" is the name JavaScript, so names are compared decoded.</remarks>
internal static class PdfNames
{
    // Longer than every name compared here; longer names are never one of them.
    private const int MaxComparedLength = 32;

    /// <summary>Names whose presence anywhere in a dictionary means the PDF can act on its own or carry files.</summary>
    /// <remarks>
    /// JavaScript and JS (scripts), Launch (run a program), AA (additional actions on open, close, focus and so on),
    /// EmbeddedFile, EmbeddedFiles and EF (attachments), RichMedia (Flash and video), SubmitForm and ImportData (form
    /// data to or from elsewhere), GoToE and GoToR (jump into embedded or remote files) and XFA (XML forms with
    /// scripts). OpenAction is not listed: on its own it only opens a page; the actions it could run are listed.
    /// URI (a link the reader asks before following) is not active content.
    /// </remarks>
    private static readonly byte[][] Active =
    [
        .. new[] { "JavaScript", "JS", "Launch", "AA", "EmbeddedFile", "EmbeddedFiles", "EF", "RichMedia", "SubmitForm",
            "ImportData", "GoToE", "GoToR", "XFA" }.Select(Encoding.ASCII.GetBytes),
    ];

    /// <summary>True when the raw name (without its slash) decodes to <paramref name="expected"/>.</summary>
    public static bool Is(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> expected)
    {
        Span<byte> decoded = stackalloc byte[MaxComparedLength];
        var length = Decode(raw, decoded);
        return length >= 0 && decoded[..length].SequenceEqual(expected);
    }

    /// <summary>True when the raw name (without its slash) is one of the active-content names.</summary>
    public static bool IsActive(ReadOnlySpan<byte> raw)
    {
        Span<byte> decoded = stackalloc byte[MaxComparedLength];
        var length = Decode(raw, decoded);
        if (length < 0)
        {
            return false;
        }
        foreach (var name in Active)
        {
            if (decoded[..length].SequenceEqual(name))
            {
                return true;
            }
        }
        return false;
    }

    // Decodes into destination; -1 when the decoded name does not fit. A # without two hex digits stays literal.
    private static int Decode(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (length == destination.Length)
            {
                return -1;
            }
            var value = raw[i];
            if (value == (byte)'#' && i + 2 < raw.Length && TryHex(raw[i + 1], raw[i + 2], out var escaped))
            {
                value = escaped;
                i += 2;
            }
            destination[length++] = value;
        }
        return length;
    }

    private static bool TryHex(byte high, byte low, out byte value)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        if (h < 0 || l < 0)
        {
            value = 0;
            return false;
        }
        value = (byte)((h << 4) | l);
        return true;
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -1,
    };
}

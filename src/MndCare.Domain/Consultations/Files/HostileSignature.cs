using System.Text;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Names refused content by clear signatures, so the refusal says what the file is rather than "unknown".</summary>
/// <remarks>Only unambiguous signatures are used: anything not named here is still refused, as an unknown type.</remarks>
internal static class HostileSignature
{
    // Markup is recognized in the first kilobyte, as browsers sniff a resource header (WHATWG MIME Sniffing 7.1).
    private const int MarkupWindow = 1024;

    // tar keeps its magic "ustar" at offset 257 of the first header block (POSIX pax, ustar format).
    private const int TarMagicOffset = 257;

    // The WHATWG MIME Sniffing "HTML" patterns (section 7.1), each followed by a tag-terminating byte.
    private static readonly byte[][] HtmlTags =
    [
        .. new[] { "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a",
            "<style", "<title", "<b", "<body", "<br", "<p" }.Select(Encoding.ASCII.GetBytes),
    ];

    /// <summary>The reason that names the content, or null when no signature matches.</summary>
    public static UploadRefusalReason? Of(ReadOnlySpan<byte> content)
    {
        if (IsExecutable(content))
        {
            return UploadRefusalReason.Executable;
        }
        if (IsArchive(content))
        {
            return UploadRefusalReason.Archive;
        }
        return Markup(content[..Math.Min(content.Length, MarkupWindow)]);
    }

    private static bool IsExecutable(ReadOnlySpan<byte> c) =>
        c.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])
        || c.StartsWith("MZ"u8)
        || c.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE])
        || c.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF])
        || c.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
        || c.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
        // Mach-O universal binary and Java class file share this magic; both are programs.
        || c.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE])
        || c.StartsWith("#!"u8);

    private static bool IsArchive(ReadOnlySpan<byte> c) =>
        c.StartsWith("PK\x03\x04"u8)
        || c.StartsWith("PK\x05\x06"u8)
        || c.StartsWith("PK\x07\x08"u8)
        || c.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
        || c.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C])
        || c.StartsWith("Rar!\x1A\x07"u8)
        || (c.StartsWith("BZh"u8) && c.Length > 3 && c[3] is >= (byte)'1' and <= (byte)'9')
        || c.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00])
        || c.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD])
        || c.StartsWith("MSCF"u8)
        || (c.Length >= TarMagicOffset + 5 && c.Slice(TarMagicOffset, 5).SequenceEqual("ustar"u8))
        || ZipTail.EndsWithCentralDirectory(c);

    private static UploadRefusalReason? Markup(ReadOnlySpan<byte> window)
    {
        var text = SkipBomAndWhitespace(window);
        if (text.IsEmpty || text[0] != (byte)'<')
        {
            return null;
        }
        if (StartsWithIgnoreCase(text, "<?php"u8) || text.StartsWith("<?="u8) || text.StartsWith("<%"u8))
        {
            return UploadRefusalReason.Script;
        }
        if (StartsWithTag(text, "<svg"u8) || StartsWithTag(text, "<!doctype svg"u8))
        {
            return UploadRefusalReason.Svg;
        }
        var isXml = StartsWithIgnoreCase(text, "<?xml"u8);
        if (isXml || text.StartsWith("<!--"u8))
        {
            // A prolog or comment may precede the root element; the first svg or html element decides.
            var svg = IndexOfTag(text, "<svg"u8);
            var html = IndexOfTag(text, "<html"u8);
            return (svg, html) switch
            {
                ( >= 0, < 0) => UploadRefusalReason.Svg,
                ( < 0, >= 0) => UploadRefusalReason.Html,
                ( >= 0, >= 0) => svg < html ? UploadRefusalReason.Svg : UploadRefusalReason.Html,
                _ => isXml ? null : UploadRefusalReason.Html,
            };
        }
        foreach (var tag in HtmlTags)
        {
            if (StartsWithTag(text, tag))
            {
                return UploadRefusalReason.Html;
            }
        }
        return null;
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        var i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)
        {
            i++;
        }
        return text[i..];
    }

    private static int IndexOfTag(ReadOnlySpan<byte> text, ReadOnlySpan<byte> tag)
    {
        for (var i = text.IndexOf((byte)'<'); i >= 0; i = NextOpening(text, i))
        {
            if (StartsWithTag(text[i..], tag))
            {
                return i;
            }
        }
        return -1;
    }

    private static int NextOpening(ReadOnlySpan<byte> text, int current)
    {
        var next = text[(current + 1)..].IndexOf((byte)'<');
        return next < 0 ? -1 : current + 1 + next;
    }

    // A tag matches when the bytes after it end the tag name (or the window ends there).
    private static bool StartsWithTag(ReadOnlySpan<byte> text, ReadOnlySpan<byte> tag) =>
        StartsWithIgnoreCase(text, tag)
        && (text.Length == tag.Length
            || text[tag.Length] is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C);

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);
}

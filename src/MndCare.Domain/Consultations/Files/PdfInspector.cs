namespace MndCare.Domain.Consultations.Files;

/// <summary>Checks a file that starts with "%PDF-": version, end of file, encryption, active content and decompression.</summary>
/// <remarks>
/// In order, the first failing rule decides:
/// <list type="number">
/// <item>The header is "%PDF-1.x" or "%PDF-2.0" at offset 0 (else <see cref="UploadRefusalReason.PdfMalformed"/>).</item>
/// <item>The last "%%EOF" is followed only by white space. Other bytes after it are
/// <see cref="UploadRefusalReason.Polyglot"/> (a ZIP, HTML or program appended), unless they look like an unfinished
/// incremental update (an object or "xref"), which is <see cref="UploadRefusalReason.PdfMalformed"/>. No "%%EOF", or no
/// "startxref" with an offset inside the file just before it, is malformed (truncated).</item>
/// <item>One linear token pass (<see cref="PdfBodyScanner"/>): an /Encrypt name gives
/// <see cref="UploadRefusalReason.PdfEncrypted"/>; an active-content name (<see cref="PdfNames"/>) gives
/// <see cref="UploadRefusalReason.PdfActiveContent"/>; a structural problem gives malformed.</item>
/// <item>Every FlateDecode stream is decompressed against a budget of 64 times the file size, at least 16 MiB and at
/// most 256 MiB in total; exceeding it (a decompression bomb), more than <see cref="MaxCorruptStreams"/> corrupt
/// streams, or an object stream that cannot be inspected is malformed. Object streams are scanned like the file
/// (<see cref="PdfObjectStreamScanner"/>).</item>
/// </list>
/// Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded, so their own bombs are for the renderer's limits.
/// </remarks>
internal static class PdfInspector
{
    /// <summary>Decompressed bytes allowed per byte of file.</summary>
    public const int InflationRatio = 64;

    /// <summary>The smallest total decompression budget, so small documents with compressible pages still pass.</summary>
    public const long MinInflationBudget = 16L * 1024 * 1024;

    /// <summary>The largest total decompression budget, whatever the file size.</summary>
    public const long MaxInflationBudget = 256L * 1024 * 1024;

    /// <summary>Corrupt non-object streams tolerated (readers skip them); more means junk built to cost us time.</summary>
    public const int MaxCorruptStreams = 16;

    /// <summary>Null when the PDF is acceptable; otherwise why it is refused.</summary>
    public static UploadRefusalReason? Check(ReadOnlySpan<byte> content)
    {
        if (!HasSupportedHeader(content))
        {
            return UploadRefusalReason.PdfMalformed;
        }
        var ending = CheckEnding(content);
        if (ending is not null)
        {
            return ending;
        }
        var scan = PdfBodyScanner.Scan(content);
        if (scan.Names.Refusal is { } refusal)
        {
            return refusal;
        }
        return scan.Malformed ? UploadRefusalReason.PdfMalformed : CheckStreams(content, scan.Streams);
    }

    // "%PDF-1.x" or "%PDF-2.0", not followed by another digit (ISO 32000-2 section 7.5.2).
    private static bool HasSupportedHeader(ReadOnlySpan<byte> content)
    {
        const int HeaderLength = 8;
        if (content.Length < HeaderLength || (content.Length > HeaderLength && content[HeaderLength] is >= (byte)'0' and <= (byte)'9'))
        {
            return false;
        }
        var version = content[5..HeaderLength];
        return (version[0] == (byte)'1' && version[1] == (byte)'.' && version[2] is >= (byte)'0' and <= (byte)'9')
            || version.SequenceEqual("2.0"u8);
    }

    private static UploadRefusalReason? CheckEnding(ReadOnlySpan<byte> content)
    {
        var eof = content.LastIndexOf("%%EOF"u8);
        if (eof < 0)
        {
            return UploadRefusalReason.PdfMalformed;
        }
        var after = content[(eof + 5)..];
        var junk = after.IndexOfAnyExcept(PdfSyntax.Whitespace);
        if (junk >= 0)
        {
            return LooksLikeRevision(after[junk..]) ? UploadRefusalReason.PdfMalformed : UploadRefusalReason.Polyglot;
        }
        var startxref = content[..eof].LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            return UploadRefusalReason.PdfMalformed;
        }
        var offset = content[(startxref + "startxref"u8.Length)..eof].Trim(PdfSyntax.WhitespaceBytes);
        return PdfSyntax.TryParseUnsigned(offset, out var value) && value < content.Length ? null : UploadRefusalReason.PdfMalformed;
    }

    // Bytes after %%EOF that start like PDF objects are an incremental update cut short, not another file.
    private static bool LooksLikeRevision(ReadOnlySpan<byte> trailing) =>
        trailing[0] is >= (byte)'0' and <= (byte)'9' || trailing.StartsWith("xref"u8) || trailing.StartsWith("trailer"u8);

    private static UploadRefusalReason? CheckStreams(ReadOnlySpan<byte> content, IReadOnlyList<PdfStreamLocation> streams)
    {
        var budget = Math.Clamp(InflationRatio * (long)content.Length, MinInflationBudget, MaxInflationBudget);
        var corrupt = 0;
        foreach (var stream in streams)
        {
            var data = content[stream.Start..stream.End];
            if (stream.Facts.IsObjectStream)
            {
                if (PdfObjectStreamScanner.Check(data, stream.Facts, ref budget) is { } refusal)
                {
                    return refusal;
                }
                continue;
            }
            switch (stream.Facts.Filters)
            {
                case PdfFilterChain.Flate or PdfFilterChain.FlateThenOthers:
                    var outcome = PdfInflater.Inflate(data, ref budget, sink: null);
                    if (outcome == InflateOutcome.OverBudget || (outcome == InflateOutcome.Corrupt && ++corrupt > MaxCorruptStreams))
                    {
                        return UploadRefusalReason.PdfMalformed;
                    }
                    break;
                case PdfFilterChain.Unreadable:
                    return UploadRefusalReason.PdfMalformed;
                case PdfFilterChain.None or PdfFilterChain.Other:
                    break;
            }
        }
        return null;
    }
}

namespace MndCare.Domain.Consultations.Files;

/// <summary>Decodes an object stream and scans the dictionaries compressed inside it.</summary>
/// <remarks>
/// ISO 32000-2 section 7.5.7. Object streams are where modern PDFs keep most dictionaries, so active content hides
/// there. Only data that is stored as is or FlateDecode without predictor parameters can be inspected; anything else
/// (other filters, predictors, a missing /First or /N) is refused as malformed rather than passed unread. Each object
/// starts at /First plus its offset; an offset that lands inside a string or comment would let a reader see a
/// dictionary the linear scan took for text, so it is refused too.
/// </remarks>
internal static class PdfObjectStreamScanner
{
    /// <summary>The largest decoded object stream accepted: real ones hold about a hundred objects in some kilobytes.</summary>
    public const int MaxDecodedLength = 16 * 1024 * 1024;

    /// <summary>Null when the object stream is clean; otherwise the refusal.</summary>
    /// <param name="raw">The stream data as stored.</param>
    /// <param name="facts">The stream dictionary.</param>
    /// <param name="budget">The decompression budget shared by the whole file.</param>
    public static UploadRefusalReason? Check(ReadOnlySpan<byte> raw, PdfStreamFacts facts, ref long budget)
    {
        if (facts.HasDecodeParameters || facts.First is not { } first || facts.ObjectCount is not { } count)
        {
            return UploadRefusalReason.PdfMalformed;
        }
        return facts.Filters switch
        {
            PdfFilterChain.None => Scan(raw, first, count),
            PdfFilterChain.Flate => InflateAndScan(raw, first, count, ref budget),
            PdfFilterChain.FlateThenOthers or PdfFilterChain.Other or PdfFilterChain.Unreadable => UploadRefusalReason.PdfMalformed,
        };
    }

    private static UploadRefusalReason? InflateAndScan(ReadOnlySpan<byte> raw, long first, long count, ref long budget)
    {
        // The object stream may use what is left of the file's budget, but never more than its own cap.
        var allowed = Math.Min(budget, MaxDecodedLength);
        using var decoded = new MemoryStream();
        var remaining = allowed;
        if (PdfInflater.Inflate(raw, ref remaining, decoded) != InflateOutcome.Complete)
        {
            return UploadRefusalReason.PdfMalformed;
        }
        budget -= allowed - remaining;
        return Scan(decoded.GetBuffer().AsSpan(0, (int)decoded.Length), first, count);
    }

    private static UploadRefusalReason? Scan(ReadOnlySpan<byte> content, long first, long count)
    {
        // Each header pair takes at least four bytes ("1 0 "), which also bounds the offsets array.
        if (first > content.Length || count > (first / 4) + 1)
        {
            return UploadRefusalReason.PdfMalformed;
        }
        var starts = new int[(int)count];
        var header = new PdfLexer(content[..(int)first]);
        for (var i = 0; i < starts.Length; i++)
        {
            var number = header.Next();
            var offset = header.Next();
            if (number.Kind != PdfTokenKind.Number || offset.Kind != PdfTokenKind.Number
                || !PdfSyntax.TryParseUnsigned(content[number.Start..number.End], out _)
                || !PdfSyntax.TryParseUnsigned(content[offset.Start..offset.End], out var relative)
                || relative > content.Length - first)
            {
                return UploadRefusalReason.PdfMalformed;
            }
            starts[i] = (int)(first + relative);
        }
        Array.Sort(starts);
        var names = new PdfNameFindings();
        var lexer = new PdfLexer(content, (int)first);
        var next = 0;
        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case PdfTokenKind.End:
                    return names.Refusal;
                case PdfTokenKind.Unterminated:
                    return UploadRefusalReason.PdfMalformed;
                case PdfTokenKind.Name:
                    names.Observe(content[token.Start..token.End]);
                    break;
                default:
                    break;
            }
            // Object starts before this token were fine (white space or a token boundary); one inside text is not.
            while (next < starts.Length && starts[next] <= token.Start)
            {
                next++;
            }
            if (token.Kind is PdfTokenKind.LiteralString or PdfTokenKind.HexString or PdfTokenKind.Comment
                && next < starts.Length && starts[next] < token.End)
            {
                return UploadRefusalReason.PdfMalformed;
            }
        }
    }
}

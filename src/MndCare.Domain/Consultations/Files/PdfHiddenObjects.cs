namespace MndCare.Domain.Consultations.Files;

/// <summary>Finds an indirect-object header ("12 0 obj") inside bytes the scanner does not tokenize.</summary>
/// <remarks>
/// A reader follows cross-reference offsets, and when those are broken it searches the raw file for "obj" headers
/// (pdf.js does). An object placed inside stream data, a string or a comment is invisible to a linear scan but not to
/// such a reader, so the scanner refuses any such region that holds a header: two integers and the keyword obj,
/// separated by white space or comment lines. In compressed data a chance match has a probability of about 10^-14 per
/// byte, so genuine files are practically never refused.
/// </remarks>
internal static class PdfHiddenObjects
{
    /// <summary>True when the region contains something a reader could parse as an object header.</summary>
    public static bool Contain(ReadOnlySpan<byte> region)
    {
        var from = 0;
        while (true)
        {
            var found = region[from..].IndexOf("obj"u8);
            if (found < 0)
            {
                return false;
            }
            var at = from + found;
            from = at + 3;
            var keywordEnds = from == region.Length || !PdfSyntax.IsRegular(region[from]);
            if (!keywordEnds || at == 0 || !PdfSyntax.IsWhitespace(region[at - 1]))
            {
                continue;
            }
            var generation = NumberEndingAt(region, at - 1);
            // A generation number at the very start of the region may follow an object number just outside it.
            if (generation == 0 || (generation > 0 && NumberEndingAt(region, generation - 1) >= 0))
            {
                return true;
            }
        }
    }

    // Where the digits before the separators ending at position start, or -1 when no digit precedes them.
    private static int NumberEndingAt(ReadOnlySpan<byte> region, int position)
    {
        position = SkipSeparatorsBackwards(region, position);
        if (position < 0 || !IsDigit(region[position]))
        {
            return -1;
        }
        while (position > 0 && IsDigit(region[position - 1]))
        {
            position--;
        }
        return position;
    }

    // Returns the index of the last byte before the white space and comment lines that end at position, or -1.
    private static int SkipSeparatorsBackwards(ReadOnlySpan<byte> region, int position)
    {
        while (true)
        {
            var sawLineEnd = false;
            while (position >= 0 && PdfSyntax.IsWhitespace(region[position]))
            {
                sawLineEnd |= region[position] is (byte)'\r' or (byte)'\n';
                position--;
            }
            if (position < 0 || IsDigit(region[position]) || !sawLineEnd)
            {
                return position;
            }
            // The line just passed may be a comment: continue before its %.
            var lineStart = region[..(position + 1)].LastIndexOfAny((byte)'\r', (byte)'\n') + 1;
            var percent = region[lineStart..(position + 1)].IndexOf((byte)'%');
            if (percent < 0)
            {
                return position;
            }
            position = lineStart + percent - 1;
        }
    }

    private static bool IsDigit(byte value) => value is >= (byte)'0' and <= (byte)'9';
}

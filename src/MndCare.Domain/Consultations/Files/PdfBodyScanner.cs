namespace MndCare.Domain.Consultations.Files;

/// <summary>Tokenizes a whole PDF once: notes every name, finds each stream and the dictionary before it.</summary>
/// <remarks>
/// The file is malformed for this pass when a string runs to the end of the file, when "stream" does not directly follow
/// a closed dictionary, when stream data has no "endstream", when an object header hides inside a string, comment or
/// stream data (<see cref="PdfHiddenObjects"/>), or when there are more than <see cref="MaxStreams"/> streams.
/// Stream data is skipped by a direct /Length when "endstream" follows it, otherwise up to the next "endstream",
/// which is what readers do.
/// </remarks>
internal static class PdfBodyScanner
{
    /// <summary>More streams than any real document has; beyond it decoding time would be the attacker's to choose.</summary>
    public const int MaxStreams = 50_000;

    /// <summary>Scans the file.</summary>
    public static PdfBodyScan Scan(ReadOnlySpan<byte> data)
    {
        var names = new PdfNameFindings();
        var streams = new List<PdfStreamLocation>();
        var lexer = new PdfLexer(data);
        var dictionary = new PdfDictionaryReader();
        var inDictionary = false;
        PdfStreamFacts? closed = null;
        // Containers open at the top level outside a tracked dictionary (a top-level array).
        var depth = 0;
        while (true)
        {
            var token = lexer.Next();
            var text = data[token.Start..token.End];
            switch (token.Kind)
            {
                case PdfTokenKind.End:
                    return new PdfBodyScan(names, false, streams);
                case PdfTokenKind.Unterminated:
                    return new PdfBodyScan(names, true, streams);
                case PdfTokenKind.Comment:
                    if (PdfHiddenObjects.Contain(text))
                    {
                        return new PdfBodyScan(names, true, streams);
                    }
                    continue;
                case PdfTokenKind.LiteralString or PdfTokenKind.HexString when PdfHiddenObjects.Contain(text):
                    return new PdfBodyScan(names, true, streams);
                case PdfTokenKind.Name:
                    names.Observe(text);
                    break;
                case PdfTokenKind.Keyword when text.SequenceEqual("obj"u8) || text.SequenceEqual("endobj"u8):
                    // Each object is parsed on its own, so unbalanced brackets never leak into the next one.
                    (inDictionary, closed, depth) = (false, null, 0);
                    continue;
                case PdfTokenKind.Keyword when text.SequenceEqual("stream"u8):
                    if (inDictionary || closed is null || streams.Count == MaxStreams)
                    {
                        return new PdfBodyScan(names, true, streams);
                    }
                    var stream = Locate(data, token.End, closed.Value, out var resume);
                    if (stream is null || PdfHiddenObjects.Contain(data[stream.Value.Start..stream.Value.End]))
                    {
                        return new PdfBodyScan(names, true, streams);
                    }
                    streams.Add(stream.Value);
                    lexer.Seek(resume);
                    closed = null;
                    continue;
                default:
                    break;
            }
            if (inDictionary)
            {
                if (dictionary.Accept(token, data))
                {
                    (inDictionary, closed) = (false, dictionary.Facts);
                }
                continue;
            }
            closed = null;
            switch (token.Kind)
            {
                case PdfTokenKind.DictionaryOpen when depth == 0:
                    dictionary.Start();
                    inDictionary = true;
                    break;
                case PdfTokenKind.DictionaryOpen or PdfTokenKind.ArrayOpen:
                    depth++;
                    break;
                case PdfTokenKind.DictionaryClose or PdfTokenKind.ArrayClose:
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    break;
            }
        }
    }

    // The data of the stream whose keyword ends at afterKeyword, and where tokenizing resumes; null without endstream.
    private static PdfStreamLocation? Locate(ReadOnlySpan<byte> data, int afterKeyword, PdfStreamFacts facts, out int resume)
    {
        // "stream" is followed by CRLF or LF (section 7.3.8.1); a lone CR is tolerated as readers do.
        var start = afterKeyword;
        start += start < data.Length && data[start] == (byte)'\r' ? 1 : 0;
        start += start < data.Length && data[start] == (byte)'\n' ? 1 : 0;
        if (facts.Length is { } length && length <= data.Length - start)
        {
            var end = start + (int)length;
            var keyword = data[end..].IndexOfAnyExcept(PdfSyntax.Whitespace);
            if (keyword >= 0 && data[(end + keyword)..].StartsWith("endstream"u8))
            {
                resume = end + keyword + "endstream"u8.Length;
                return new PdfStreamLocation(start, end, facts);
            }
        }
        var found = data[start..].IndexOf("endstream"u8);
        if (found < 0)
        {
            resume = data.Length;
            return null;
        }
        resume = start + found + "endstream"u8.Length;
        // The end-of-line before "endstream" belongs to the syntax, not to the data.
        var dataEnd = start + found;
        dataEnd -= dataEnd > start && data[dataEnd - 1] == (byte)'\n' ? 1 : 0;
        dataEnd -= dataEnd > start && data[dataEnd - 1] == (byte)'\r' ? 1 : 0;
        return new PdfStreamLocation(start, dataEnd, facts);
    }
}

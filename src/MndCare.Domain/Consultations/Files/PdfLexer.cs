namespace MndCare.Domain.Consultations.Files;

/// <summary>Splits PDF bytes into tokens, one at a time, without allocating and without ever failing.</summary>
/// <remarks>ISO 32000-2 section 7.2 (lexical conventions). Stream data is not tokenized: the caller finds where it ends
/// and calls <see cref="Seek"/>. Every call advances or returns <see cref="PdfTokenKind.End"/>, so a loop is linear.</remarks>
internal ref struct PdfLexer
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    /// <summary>A lexer over <paramref name="data"/>, starting at <paramref name="position"/>.</summary>
    public PdfLexer(ReadOnlySpan<byte> data, int position = 0)
    {
        _data = data;
        _position = position;
    }

    /// <summary>Continues after bytes the caller skipped (stream data).</summary>
    public void Seek(int position) => _position = position;

    /// <summary>The next token; comments are returned too, so callers can inspect them.</summary>
    public PdfToken Next()
    {
        var skip = _data[_position..].IndexOfAnyExcept(PdfSyntax.Whitespace);
        if (skip < 0)
        {
            _position = _data.Length;
            return new PdfToken(PdfTokenKind.End, _position, _position);
        }
        var start = _position + skip;
        var next = start + 1 < _data.Length ? _data[start + 1] : (byte)0;
        return _data[start] switch
        {
            (byte)'%' => Until(PdfTokenKind.Comment, start, _data[start..].IndexOfAny((byte)'\r', (byte)'\n')),
            (byte)'(' => LiteralString(start),
            (byte)'<' when next == (byte)'<' => Advance(PdfTokenKind.DictionaryOpen, start, start + 2),
            (byte)'<' => HexString(start),
            (byte)'>' when next == (byte)'>' => Advance(PdfTokenKind.DictionaryClose, start, start + 2),
            (byte)'[' => Advance(PdfTokenKind.ArrayOpen, start, start + 1),
            (byte)']' => Advance(PdfTokenKind.ArrayClose, start, start + 1),
            (byte)'/' => Until(PdfTokenKind.Name, start, RegularRun(start + 1) + 1),
            (byte)'>' or (byte)')' or (byte)'{' or (byte)'}' => Advance(PdfTokenKind.Other, start, start + 1),
            _ => Regular(start),
        };
    }

    private PdfToken Regular(int start)
    {
        var length = RegularRun(start);
        var text = _data.Slice(start, length);
        var numeric = text.IndexOfAnyInRange((byte)'0', (byte)'9') >= 0 && text.IndexOfAnyExcept(PdfSyntax.NumberCharacters) < 0;
        return Advance(numeric ? PdfTokenKind.Number : PdfTokenKind.Keyword, start, start + length);
    }

    // The length of the run of regular characters at start (ends at white space, a delimiter or the end).
    private readonly int RegularRun(int start)
    {
        var length = _data[start..].IndexOfAny(PdfSyntax.NotRegular);
        return length < 0 ? _data.Length - start : length;
    }

    // Balanced parentheses nest; a backslash escapes the next byte, whatever it is (section 7.3.4.2).
    private PdfToken LiteralString(int start)
    {
        var depth = 1;
        var position = start + 1;
        while (position < _data.Length)
        {
            var special = _data[position..].IndexOfAny(PdfSyntax.LiteralStringSpecials);
            if (special < 0)
            {
                break;
            }
            position += special;
            switch (_data[position])
            {
                case (byte)'\\':
                    if (position + 1 >= _data.Length)
                    {
                        return Advance(PdfTokenKind.Unterminated, start, _data.Length);
                    }
                    position += 2;
                    break;
                case (byte)'(':
                    depth++;
                    position++;
                    break;
                default:
                    depth--;
                    position++;
                    if (depth == 0)
                    {
                        return Advance(PdfTokenKind.LiteralString, start, position);
                    }
                    break;
            }
        }
        return Advance(PdfTokenKind.Unterminated, start, _data.Length);
    }

    private PdfToken HexString(int start)
    {
        var close = _data[(start + 1)..].IndexOf((byte)'>');
        return close < 0
            ? Advance(PdfTokenKind.Unterminated, start, _data.Length)
            : Advance(PdfTokenKind.HexString, start, start + close + 2);
    }

    // A token that runs for relativeEnd bytes from start, or to the end of the input when relativeEnd is -1.
    private PdfToken Until(PdfTokenKind kind, int start, int relativeEnd) =>
        Advance(kind, start, relativeEnd < 0 ? _data.Length : start + relativeEnd);

    private PdfToken Advance(PdfTokenKind kind, int start, int end)
    {
        _position = end;
        return new PdfToken(kind, start, end);
    }
}

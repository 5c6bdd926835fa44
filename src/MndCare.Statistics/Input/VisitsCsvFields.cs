namespace MndCare.Statistics.Input;

/// <summary>Walks the fields of RFC 4180 CSV text in UTF-8 (the visits file; reusable for other inputs) without copying: a quoted field is returned between its quotes
/// (a doubled quote stays doubled, which keeps distinct values distinct), CRLF and LF both end a record.</summary>
internal ref struct CsvFields
{
    private const byte Comma = (byte)',', Quote = (byte)'"', Return = (byte)'\r', NewLine = (byte)'\n';
    private readonly ReadOnlySpan<byte> _text;
    private int _position;

    public CsvFields(ReadOnlySpan<byte> utf8)
    {
        _text = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        _position = 0;
    }

    /// <summary>True when every record has been read.</summary>
    public readonly bool AtEnd => _position >= _text.Length;

    /// <summary>Reads the next field; <paramref name="lastInRecord"/> tells whether a line break (or the end) followed it.</summary>
    public ReadOnlySpan<byte> Next(out bool lastInRecord)
    {
        var rest = _text[_position..];
        ReadOnlySpan<byte> field;
        int consumed;
        if (!rest.IsEmpty && rest[0] == Quote)
        {
            var close = ClosingQuote(rest);
            // An unterminated quote runs to the end of the text.
            field = close < rest.Length ? rest[1..close] : rest[1..];
            var after = close < rest.Length ? rest[(close + 1)..].IndexOfAny(Comma, Return, NewLine) : -1;
            consumed = after < 0 ? rest.Length : close + 1 + after;
        }
        else
        {
            var end = rest.IndexOfAny(Comma, Return, NewLine);
            consumed = end < 0 ? rest.Length : end;
            field = rest[..consumed];
        }
        _position += consumed;
        lastInRecord = SkipSeparator();
        return field;
    }

    /// <summary>Skips the rest of the current record.</summary>
    public void SkipRecord()
    {
        var end = _text[_position..].IndexOfAny(Return, NewLine);
        _position = end < 0 ? _text.Length : _position + end;
        SkipSeparator();
    }

    // Past a comma: false; past a line break (CR, LF or CRLF) or at the end: true.
    private bool SkipSeparator()
    {
        if (_position >= _text.Length)
        {
            return true;
        }
        var separator = _text[_position++];
        if (separator == Comma)
        {
            return false;
        }
        if (separator == Return && _position < _text.Length && _text[_position] == NewLine)
        {
            _position++;
        }
        return true;
    }

    private static int ClosingQuote(ReadOnlySpan<byte> field)
    {
        var i = 1;
        while (true)
        {
            var next = field[i..].IndexOf(Quote);
            if (next < 0)
            {
                return field.Length;
            }
            i += next;
            if (i + 1 < field.Length && field[i + 1] == Quote)
            {
                i += 2;
                continue;
            }
            return i;
        }
    }
}

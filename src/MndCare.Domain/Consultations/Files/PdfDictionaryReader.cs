namespace MndCare.Domain.Consultations.Files;

/// <summary>Reads the stream-related entries of one dictionary from its tokens, key by value, as a reader would.</summary>
/// <remarks>
/// Fed every token after the opening &lt;&lt;. Keys and values alternate; a value is one token, an indirect reference
/// ("12 0 R") or a nested array or dictionary. Only /Length, /Filter, /DecodeParms (/DP), /Type, /First and /N are
/// kept; anything odd in them becomes "unknown", which the inspector treats as the unsafe case.
/// </remarks>
internal sealed class PdfDictionaryReader
{
    private enum Key
    {
        Other,
        Length,
        Filter,
        DecodeParameters,
        Type,
        First,
        Count,
    }

    // 1 = directly inside the dictionary; more while inside a nested value.
    private int _depth;
    private bool _expectKey;
    private Key _key;
    // A number in value position may start a reference: 1 after "12", 2 after "12 0".
    private int _pendingNumbers;
    private long? _pendingValue;
    private int _filterNames;

    private long? _length;
    private PdfFilterChain _filters;
    private bool _decodeParameters;
    private bool _objectStream;
    private long? _first;
    private long? _count;

    /// <summary>The facts read so far.</summary>
    public PdfStreamFacts Facts => new(_length, _filters, _decodeParameters, _objectStream, _first, _count);

    /// <summary>Starts a new dictionary, just after its &lt;&lt;.</summary>
    public void Start()
    {
        (_depth, _expectKey, _key, _pendingNumbers, _pendingValue, _filterNames) = (1, true, Key.Other, 0, null, 0);
        (_length, _filters, _decodeParameters, _objectStream, _first, _count) = (null, PdfFilterChain.None, false, false, null, null);
    }

    /// <summary>Takes the next token; true when it closed the dictionary.</summary>
    /// <param name="token">The token; comments are not passed.</param>
    /// <param name="data">The bytes the token refers to.</param>
    public bool Accept(PdfToken token, ReadOnlySpan<byte> data)
    {
        var text = data[token.Start..token.End];
        if (_depth > 1)
        {
            AcceptNested(token.Kind, text);
            return false;
        }
        if (_pendingNumbers > 0)
        {
            if (_pendingNumbers == 1 && token.Kind == PdfTokenKind.Number && PdfSyntax.TryParseUnsigned(text, out _))
            {
                _pendingNumbers = 2;
                return false;
            }
            var reference = _pendingNumbers == 2 && token.Kind == PdfTokenKind.Keyword && text.SequenceEqual("R"u8);
            CompleteNumber(reference);
            if (reference)
            {
                return false;
            }
        }
        if (token.Kind == PdfTokenKind.DictionaryClose)
        {
            _depth = 0;
            return true;
        }
        if (_expectKey)
        {
            if (token.Kind == PdfTokenKind.Name)
            {
                _key = KeyOf(text[1..]);
                _expectKey = false;
                _objectStream |= _key == Key.First;
                return false;
            }
            if (token.Kind is not (PdfTokenKind.DictionaryOpen or PdfTokenKind.ArrayOpen))
            {
                // Junk where a key belongs is skipped, as lenient readers do.
                return false;
            }
            _key = Key.Other;
        }
        AcceptValue(token.Kind, text);
        return false;
    }

    private void AcceptValue(PdfTokenKind kind, ReadOnlySpan<byte> text)
    {
        if (kind == PdfTokenKind.Number)
        {
            _pendingNumbers = 1;
            _pendingValue = PdfSyntax.TryParseUnsigned(text, out var value) ? value : null;
            return;
        }
        var opens = kind is PdfTokenKind.DictionaryOpen or PdfTokenKind.ArrayOpen;
        var isNull = kind == PdfTokenKind.Keyword && text.SequenceEqual("null"u8);
        switch (_key)
        {
            case Key.Length:
                _length = null;
                break;
            case Key.First:
                _first = null;
                break;
            case Key.Count:
                _count = null;
                break;
            case Key.Type:
                _objectStream |= kind == PdfTokenKind.Name && PdfNames.Is(text[1..], "ObjStm"u8);
                break;
            case Key.Filter:
                _filters = kind switch
                {
                    PdfTokenKind.Name => IsFlate(text[1..]) ? PdfFilterChain.Flate : PdfFilterChain.Other,
                    PdfTokenKind.ArrayOpen => PdfFilterChain.None,
                    _ => isNull ? PdfFilterChain.None : PdfFilterChain.Unreadable,
                };
                break;
            case Key.DecodeParameters:
                _decodeParameters = !isNull;
                break;
            case Key.Other:
                break;
        }
        if (opens)
        {
            (_depth, _filterNames) = (2, 0);
            return;
        }
        _expectKey = true;
    }

    private void AcceptNested(PdfTokenKind kind, ReadOnlySpan<byte> text)
    {
        var inFilterArray = _key == Key.Filter && _depth == 2 && _filters != PdfFilterChain.Unreadable;
        switch (kind)
        {
            case PdfTokenKind.DictionaryOpen or PdfTokenKind.ArrayOpen:
                _depth++;
                _filters = _key == Key.Filter ? PdfFilterChain.Unreadable : _filters;
                return;
            case PdfTokenKind.DictionaryClose or PdfTokenKind.ArrayClose:
                _depth--;
                _expectKey = _depth == 1;
                return;
            case PdfTokenKind.Name when inFilterArray:
                var flate = IsFlate(text[1..]);
                _filters = (_filterNames++, _filters) switch
                {
                    (0, _) => flate ? PdfFilterChain.Flate : PdfFilterChain.Other,
                    (_, PdfFilterChain.Flate) => PdfFilterChain.FlateThenOthers,
                    _ => _filters,
                };
                return;
            default:
                _filters = _key == Key.Filter ? PdfFilterChain.Unreadable : _filters;
                return;
        }
    }

    private void CompleteNumber(bool reference)
    {
        var value = reference ? null : _pendingValue;
        switch (_key)
        {
            case Key.Length:
                _length = value;
                break;
            case Key.First:
                _first = value;
                break;
            case Key.Count:
                _count = value;
                break;
            case Key.Filter:
                _filters = PdfFilterChain.Unreadable;
                break;
            case Key.DecodeParameters:
                _decodeParameters = true;
                break;
            case Key.Type or Key.Other:
                break;
        }
        (_pendingNumbers, _pendingValue, _expectKey) = (0, null, true);
    }

    // pdf.js and others also accept the inline-image abbreviation Fl in stream dictionaries.
    private static bool IsFlate(ReadOnlySpan<byte> name) => PdfNames.Is(name, "FlateDecode"u8) || PdfNames.Is(name, "Fl"u8);

    private static Key KeyOf(ReadOnlySpan<byte> name) =>
        PdfNames.Is(name, "Length"u8) ? Key.Length
        : PdfNames.Is(name, "Filter"u8) ? Key.Filter
        : PdfNames.Is(name, "DecodeParms"u8) || PdfNames.Is(name, "DP"u8) ? Key.DecodeParameters
        : PdfNames.Is(name, "Type"u8) ? Key.Type
        : PdfNames.Is(name, "First"u8) ? Key.First
        : PdfNames.Is(name, "N"u8) ? Key.Count
        : Key.Other;
}

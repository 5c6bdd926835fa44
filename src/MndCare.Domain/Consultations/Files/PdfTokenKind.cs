namespace MndCare.Domain.Consultations.Files;

/// <summary>The kinds of token the PDF lexer produces (ISO 32000-2, section 7.2 and 7.3).</summary>
internal enum PdfTokenKind
{
    /// <summary>No more input.</summary>
    End,

    /// <summary>A name such as /Type, including the slash, before #xx escapes are decoded.</summary>
    Name,

    /// <summary>A run of regular characters that looks like a number.</summary>
    Number,

    /// <summary>Any other run of regular characters: obj, endobj, stream, R, true, null and junk.</summary>
    Keyword,

    /// <summary>A literal string in balanced parentheses.</summary>
    LiteralString,

    /// <summary>A hexadecimal string in angle brackets.</summary>
    HexString,

    /// <summary>A comment from % to the end of the line.</summary>
    Comment,

    /// <summary>The &lt;&lt; that opens a dictionary.</summary>
    DictionaryOpen,

    /// <summary>The &gt;&gt; that closes a dictionary.</summary>
    DictionaryClose,

    /// <summary>The [ that opens an array.</summary>
    ArrayOpen,

    /// <summary>The ] that closes an array.</summary>
    ArrayClose,

    /// <summary>A stray delimiter: ), a single &gt;, { or }.</summary>
    Other,

    /// <summary>A string or hexadecimal string that the input ends inside of.</summary>
    Unterminated,
}

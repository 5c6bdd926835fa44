namespace MndCare.Domain.Consultations.Files;

/// <summary>What a stream's /Filter entry says about how to decode it, as far as the inspector cares.</summary>
internal enum PdfFilterChain
{
    /// <summary>No filter: the data is stored as is.</summary>
    None,

    /// <summary>FlateDecode alone.</summary>
    Flate,

    /// <summary>FlateDecode first, then other filters (such as DCTDecode).</summary>
    FlateThenOthers,

    /// <summary>A first filter other than FlateDecode (ASCII85, LZW, image codecs).</summary>
    Other,

    /// <summary>Not a direct name or array of names (a reference or junk), so nobody can tell.</summary>
    Unreadable,
}

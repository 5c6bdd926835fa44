namespace MndCare.Domain.Consultations.Files;

/// <summary>What the names seen so far say: encryption and active content.</summary>
internal sealed class PdfNameFindings
{
    /// <summary>An /Encrypt entry was seen (it only appears in a trailer or cross-reference stream dictionary).</summary>
    public bool Encrypted { get; private set; }

    /// <summary>One of the active-content names was seen.</summary>
    public bool ActiveContent { get; private set; }

    /// <summary>Records a name token (with its slash).</summary>
    public void Observe(ReadOnlySpan<byte> nameToken)
    {
        var raw = nameToken[1..];
        Encrypted |= PdfNames.Is(raw, "Encrypt"u8);
        ActiveContent |= PdfNames.IsActive(raw);
    }

    /// <summary>The refusal the names call for, encryption first, or null.</summary>
    public UploadRefusalReason? Refusal =>
        Encrypted ? UploadRefusalReason.PdfEncrypted
        : ActiveContent ? UploadRefusalReason.PdfActiveContent
        : null;
}

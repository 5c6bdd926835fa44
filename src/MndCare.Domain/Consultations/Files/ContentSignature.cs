namespace MndCare.Domain.Consultations.Files;

/// <summary>Decides which accepted kind a file claims to be from its leading magic bytes alone.</summary>
internal static class ContentSignature
{
    /// <summary>Bytes 128-131 of a DICOM Part 10 file, after the preamble (PS3.10 section 7.1).</summary>
    public const int DicomMagicOffset = 128;

    /// <summary>The PNG signature (PNG specification, section 5.2).</summary>
    public static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The kind whose signature the content starts with, or null.</summary>
    /// <remarks>DICOM is tested first: its magic sits after a free preamble that may itself hold another signature,
    /// and that case must reach the DICOM preamble rule (CVE-2019-11687) rather than pass as the other type.</remarks>
    public static MedicalFileKind? Of(ReadOnlySpan<byte> content)
    {
        if (content.Length >= DicomMagicOffset + 4 && content.Slice(DicomMagicOffset, 4).SequenceEqual("DICM"u8))
        {
            return MedicalFileKind.Dicom;
        }
        if (content.StartsWith("%PDF-"u8))
        {
            return MedicalFileKind.Pdf;
        }
        if (content.StartsWith(Png))
        {
            return MedicalFileKind.Png;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MedicalFileKind.Jpeg;
        }
        return null;
    }
}

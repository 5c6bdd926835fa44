using System.Text;
using MndCare.Testing.HostileFiles;
using static MndCare.Domain.Consultations.Files.UploadRefusalReason;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-01 and FZ-01 (f): DICOM preamble and file meta information; CVE-2019-11687.
public sealed class DicomInspectionTests
{
    [Fact]
    public void Check_BigEndianTiffPreamble_IsAccepted() =>
        Assert.Null(Uploads.Refusal(MinimalDicom.Write([.. "MM\0*"u8, .. new byte[124]])));

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    [InlineData(127)]
    public void Check_AnyOtherNonZeroPreambleByte_IsPolyglot(int position)
    {
        var preamble = new byte[128];
        preamble[position] = 1;

        Assert.Equal(Polyglot, Uploads.Refusal(MinimalDicom.Write(preamble)));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2")]
    [InlineData("1.2.840.10008.1.2.4.50")]
    [InlineData("1.2.840.10008.1.2.4.201")]
    public void Check_WellFormedTransferSyntax_IsAccepted(string uid) =>
        Assert.Null(Uploads.Refusal(MinimalDicom.Write(new byte[128], uid)));

    [Theory]
    [InlineData("")]
    [InlineData("1.2.840.10008.1.2.x")]
    [InlineData("1..2")]
    [InlineData(".1.2")]
    [InlineData("1.2.")]
    [InlineData("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27")]
    public void Check_MalformedTransferSyntax_IsMalformed(string uid) =>
        Assert.Equal(DicomMalformed, Uploads.Refusal(MinimalDicom.Write(new byte[128], uid)));

    [Fact]
    public void Check_NothingAfterMagic_IsMalformed() =>
        Assert.Equal(DicomMalformed, Uploads.Refusal([.. new byte[128], .. "DICM"u8]));

    [Fact]
    public void Check_ElementLengthBeyondFile_IsMalformed()
    {
        var dicom = MinimalDicom.Valid();
        // The group length element (0002,0000) UL is the first one; its 2-byte length sits at 138.
        (dicom[138], dicom[139]) = (0xFF, 0xFF);

        Assert.Equal(DicomMalformed, Uploads.Refusal(dicom.AsSpan(0, 300)));
    }

    [Fact]
    public void Check_LowerCaseVr_IsMalformed()
    {
        var dicom = MinimalDicom.Valid();
        Encoding.ASCII.GetBytes("ul", dicom.AsSpan(136));

        Assert.Equal(DicomMalformed, Uploads.Refusal(dicom));
    }

    [Fact]
    public void Check_UndefinedLengthInFileMeta_IsMalformed()
    {
        var dicom = MinimalDicom.Valid();
        // (0002,0001) OB follows the 12-byte group length element; its 4-byte length is at 152.
        dicom.AsSpan(152, 4).Fill(0xFF);

        Assert.Equal(DicomMalformed, Uploads.Refusal(dicom));
    }
}

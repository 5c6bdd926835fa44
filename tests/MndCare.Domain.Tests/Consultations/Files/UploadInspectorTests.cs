using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;
using static MndCare.Domain.Consultations.Files.UploadRefusalReason;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-01 and A6: size limits and naming what a refused file is.
public sealed class UploadInspectorTests
{
    [Fact]
    public void Inspect_MaxBytesBelowOne_IsABug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UploadInspector.Inspect([1], 0));

    [Fact]
    public void Inspect_LongerThanLimit_IsTooLarge()
    {
        var pdf = MinimalPdf.Valid();

        Assert.Equal(TooLarge, Assert.IsType<UploadRefusal>(UploadInspector.Inspect(pdf, pdf.Length - 1).Errors[0]).Reason);
        Assert.True(UploadInspector.Inspect(pdf, pdf.Length).IsSuccess);
    }

    [Fact]
    public void Inspect_Refusal_CarriesCodeAndMessageOfItsReason()
    {
        var error = Assert.Single(UploadInspector.Inspect([], 10).Errors);

        Assert.Equal("empty", error.Code);
        Assert.Equal(Empty.Message(), error.Message);
    }

    // WHATWG MIME Sniffing 7.1: a BOM and leading white space are skipped, tags are case-insensitive.
    [Theory]
    [InlineData("<!DOCTYPE html><p>x", Html)]
    [InlineData(" \r\n\t<HTML lang=en>", Html)]
    [InlineData("\u00EF\u00BB\u00BF<script>alert(1)</script>", Html)]
    [InlineData("<body onload=alert(1)>", Html)]
    [InlineData("<a href=x>", Html)]
    [InlineData("<!-- note --><div>", Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", Html)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Svg)]
    [InlineData("<SVG\n>", Svg)]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\">", Svg)]
    [InlineData("<?xml version=\"1.0\"?><!-- drawn --><svg/>", Svg)]
    [InlineData("<?php echo 1; ?>", Script)]
    [InlineData("<?PHP echo 1; ?>", Script)]
    [InlineData("<?= $x ?>", Script)]
    [InlineData("<%@ page language=\"java\" %>", Script)]
    [InlineData("#!/usr/bin/env python3\n", Executable)]
    [InlineData("<?xml version=\"1.0\"?><note/>", UnknownType)]
    [InlineData("<abbr>", UnknownType)]
    [InlineData("<svgx>", UnknownType)]
    [InlineData("Dear doctor, please find attached.", UnknownType)]
    public void Inspect_Text_IsNamedBySignature(string text, UploadRefusalReason expected) =>
        Assert.Equal(expected, Uploads.Refusal(text));

    [Theory]
    [InlineData(new byte[] { 0xFE, 0xED, 0xFA, 0xCF, 7, 0, 0, 1 }, Executable)]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1 }, Executable)]
    [InlineData(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52 }, Executable)]
    [InlineData(new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4 }, Archive)]
    [InlineData(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 1, 0 }, Archive)]
    [InlineData(new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26 }, Archive)]
    [InlineData(new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0, 4 }, Archive)]
    [InlineData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x05, 0, 0 }, Archive)]
    [InlineData(new byte[] { 0x4D, 0x53, 0x43, 0x46, 0, 0, 0, 0 }, Archive)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, Archive)]
    [InlineData(new byte[] { 0x42, 0x5A, 0x68, 0x30 }, UnknownType)]
    public void Inspect_Binary_IsNamedBySignature(byte[] content, UploadRefusalReason expected) =>
        Assert.Equal(expected, Uploads.Refusal(content));

    [Fact]
    public void Inspect_TarArchive_IsArchive()
    {
        var tar = new byte[1024];
        "report.pdf"u8.CopyTo(tar);
        "ustar\0"u8.CopyTo(tar.AsSpan(257));

        Assert.Equal(Archive, Uploads.Refusal(tar));
    }

    // A ZIP with a prefix (a self-extracting archive) is found by its end-of-central-directory record.
    [Fact]
    public void Inspect_ZipAfterUnknownPrefix_IsArchive() =>
        Assert.Equal(Archive, Uploads.Refusal([.. Uploads.Bytes("prefix that is no signature "), .. OtherFiles.Zip()]));

    // ZipTail: the record must end the file exactly, comment included.
    [Fact]
    public void Inspect_ZipDirectoryNotAtEnd_DoesNotMakeAPolyglot()
    {
        var zip = OtherFiles.Zip("x.txt", "hidden"u8.ToArray());
        zip[^2] = 15;

        Assert.Null(Uploads.Refusal(MinimalPng.WithChunk("prVt", zip)));
    }

    [Fact]
    public void Inspect_DicomWithAppendedZip_IsPolyglot() =>
        Assert.Equal(Polyglot, Uploads.Refusal([.. MinimalDicom.Valid(), .. OtherFiles.Zip()]));

    // DICOM is recognized first, so a PDF header in the preamble reaches the preamble rule.
    [Fact]
    public void Inspect_PdfHeaderInDicomPreamble_IsPolyglot()
    {
        var preamble = new byte[128];
        "%PDF-1.4\n"u8.CopyTo(preamble);

        Assert.Equal(Polyglot, Uploads.Refusal(MinimalDicom.Write(preamble)));
    }
}

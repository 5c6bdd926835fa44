using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MndCare.Testing.HostileFiles;

/// <summary>Builds the refused kinds: programs, markup, archives and the EICAR test string.</summary>
public static class OtherFiles
{
    // The EICAR anti-virus test string in pieces, so no source or compiled file ever holds it whole.
    private static readonly string[] EicarPieces = [@"X5O!P%@AP[4\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-", "TEST-FILE!$H+H*"];

    /// <summary>The 68-byte EICAR test file, joined at run time; anti-virus scanners report it as a virus.</summary>
    public static byte[] Eicar() => Encoding.ASCII.GetBytes(string.Join("", EicarPieces));

    /// <summary>A 64-bit little-endian ELF executable header followed by padding.</summary>
    public static byte[] Elf()
    {
        var elf = new byte[128];
        (elf[0], elf[1], elf[2], elf[3], elf[4], elf[5], elf[6]) = (0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(16), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(18), 0x3E);
        return elf;
    }

    /// <summary>A DOS header pointing to a PE signature and an x86-64 COFF header.</summary>
    public static byte[] PortableExecutable()
    {
        var pe = new byte[256];
        "MZ"u8.CopyTo(pe);
        BinaryPrimitives.WriteUInt32LittleEndian(pe.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x80));
        BinaryPrimitives.WriteUInt16LittleEndian(pe.AsSpan(0x84), 0x8664);
        return pe;
    }

    /// <summary>A small HTML page with a script.</summary>
    public static byte[] Html() =>
        Encoding.UTF8.GetBytes("\uFEFF\n  <!DOCTYPE html>\n<html><body><script>alert(document.domain)</script></body></html>\n");

    /// <summary>An SVG image with an XML prolog and scripts.</summary>
    public static byte[] Svg() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">" +
        "<script>alert(2)</script></svg>\n");

    /// <summary>A PHP script.</summary>
    public static byte[] Php() => Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>\n");

    /// <summary>A shell script with a #! line.</summary>
    public static byte[] ShellScript() => Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /tmp/x\n");

    /// <summary>A ZIP archive with one entry.</summary>
    public static byte[] Zip(string entryName = "report.pdf", byte[]? entry = null)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry(entryName).Open();
            stream.Write(entry ?? MinimalPdf.Valid());
        }
        return output.ToArray();
    }

    /// <summary>A gzip file.</summary>
    public static byte[] Gzip(byte[]? content = null)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content ?? MinimalPdf.Valid());
        }
        return output.ToArray();
    }
}

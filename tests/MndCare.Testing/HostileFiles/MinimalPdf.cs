using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MndCare.Testing.HostileFiles;

/// <summary>Writes small but real PDFs: correct cross-reference offsets, optionally an object stream and an xref stream.</summary>
/// <remarks>Object 1 is always the catalog; <see cref="Document"/> supplies a one-page document to add entries to.</remarks>
public static class MinimalPdf
{

    /// <summary>The objects of a one-page "Hello" document; extra objects are numbered from 6.</summary>
    /// <param name="catalogEntries">Entries added to the catalog dictionary (object 1).</param>
    /// <param name="pageEntries">Entries added to the page dictionary (object 3).</param>
    /// <param name="extra">Further objects, numbered 6, 7 and so on.</param>
    public static List<PdfObjectSpec> Document(string catalogEntries = "", string pageEntries = "", params PdfObjectSpec[] extra) =>
    [
        new($"<< /Type /Catalog /Pages 2 0 R {catalogEntries}>>"),
        new("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        new($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> {pageEntries}>>"),
        new("<< /Filter /FlateDecode >>", Deflate(Encoding.ASCII.GetBytes("BT /F1 24 Tf 72 760 Td (MndCare test document) Tj ET"))),
        new("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        .. extra,
    ];

    /// <summary>A valid one-page PDF 1.7 with a classic cross-reference table.</summary>
    public static byte[] Valid() => Write(Document());

    /// <summary>A PDF with a classic cross-reference table and trailer.</summary>
    /// <param name="objects">The objects, numbered from 1; object 1 is the catalog.</param>
    /// <param name="trailerEntries">Entries added to the trailer dictionary.</param>
    /// <param name="version">The header version.</param>
    public static byte[] Write(IReadOnlyList<PdfObjectSpec> objects, string trailerEntries = "", string version = "1.7")
    {
        using var output = new MemoryStream();
        Write(output, Header(version));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            WriteObject(output, i + 1, objects[i]);
        }
        var xref = output.Position;
        Write(output, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            // Each entry is exactly 20 bytes, ending in space and LF (section 7.5.4).
            Write(output, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write(output, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerEntries}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A PDF 1.5 whose objects marked <see cref="PdfObjectSpec.Compressed"/> sit in one Flate object stream.</summary>
    /// <remarks>The object stream and a cross-reference stream (uncompressed, /W [1 4 2]) follow the given objects.</remarks>
    /// <param name="objects">The objects, numbered from 1; object 1 is the catalog.</param>
    public static byte[] WriteWithObjectStream(IReadOnlyList<PdfObjectSpec> objects)
    {
        var objectStreamNumber = objects.Count + 1;
        var xrefNumber = objects.Count + 2;
        var (objectStream, indexes) = BuildObjectStream(objects);
        using var output = new MemoryStream();
        Write(output, Header("1.5"));
        var offsets = new long[xrefNumber + 1];
        for (var i = 0; i < objects.Count; i++)
        {
            if (!objects[i].Compressed)
            {
                offsets[i + 1] = output.Position;
                WriteObject(output, i + 1, objects[i]);
            }
        }
        offsets[objectStreamNumber] = output.Position;
        WriteObject(output, objectStreamNumber, objectStream);
        offsets[xrefNumber] = output.Position;
        var entries = new MemoryStream();
        for (var number = 0; number <= xrefNumber; number++)
        {
            var compressed = number is > 0 && number <= objects.Count && objects[number - 1].Compressed;
            (byte type, long field2, int field3) = number == 0 ? ((byte)0, 0L, 0xFFFF)
                : compressed ? ((byte)2, objectStreamNumber, indexes[number])
                : ((byte)1, offsets[number], 0);
            entries.WriteByte(type);
            entries.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            entries.Write([(byte)(field3 >> 8), (byte)field3]);
        }
        WriteObject(output, xrefNumber, new PdfObjectSpec($"<< /Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root 1 0 R >>", entries.ToArray()));
        Write(output, $"startxref\n{offsets[xrefNumber]}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Compresses data as FlateDecode expects (zlib, RFC 1950).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static (PdfObjectSpec Stream, Dictionary<int, int> Indexes) BuildObjectStream(IReadOnlyList<PdfObjectSpec> objects)
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        var indexes = new Dictionary<int, int>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i].Compressed)
            {
                indexes[i + 1] = indexes.Count;
                header.Append(CultureInfo.InvariantCulture, $"{i + 1} {bodies.Length} ");
                bodies.Append(objects[i].Body).Append('\n');
            }
        }
        header.Append('\n');
        var data = Encoding.ASCII.GetBytes(header.ToString() + bodies);
        var dictionary = $"<< /Type /ObjStm /N {indexes.Count} /First {header.Length} /Filter /FlateDecode >>";
        return (new PdfObjectSpec(dictionary, Deflate(data)), indexes);
    }

    private static void WriteObject(MemoryStream output, int number, PdfObjectSpec spec)
    {
        Write(output, $"{number} 0 obj\n");
        if (spec.Stream is null)
        {
            Write(output, spec.Body);
        }
        else
        {
            // The writer owns /Length so the offsets and lengths are always right.
            Write(output, $"<< /Length {spec.Stream.Length} " + spec.Body.TrimStart()[2..].TrimStart() + "\nstream\n");
            output.Write(spec.Stream);
            Write(output, "\nendstream");
        }
        Write(output, "\nendobj\n");
    }

    // A comment of bytes above 127 on line 2 tells transfer tools the file is binary (ISO 32000-2, section 7.5.2).
    private static string Header(string version) => $"%PDF-{version}\n%\u00E2\u00E3\u00CF\u00D3\n";

    // Latin-1 maps each char to one byte, so the binary comment and the offsets stay exact.
    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}

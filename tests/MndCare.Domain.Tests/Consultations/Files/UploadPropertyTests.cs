using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan FZ-01 (a), (b), (d), (f) in miniature: whatever the input, no exception and a well-formed answer.
public sealed class UploadPropertyTests
{
    // Every catalogue file small enough to mutate quickly (the flate bomb is left out: it costs 16 MiB per run).
    private static readonly byte[][] Seeds =
        [.. HostileUploads.All.Where(c => c.Name != "pdfFlateBomb" && c.Content.Length > 0).Select(c => c.Content.ToArray())];

    // Fragments that steer mutations into the parsers' interesting states.
    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "obj", " 0 obj", "endobj", "stream\n", "\nendstream", "<<", ">>", "(", ")", "\\", "<", ">", "[", "]", "%", "\n", "/JS",
            "/J#53", "/Type /ObjStm /N 1 /First 4", "/Filter /FlateDecode", "/Length 5", "%%EOF", "startxref\n0\n", "#", "IEND",
            "IHDR", "DICM",
        }.Select(Encoding.Latin1.GetBytes),
        [0xFF, 0xD9], [0xFF, 0xDA], [0xFF, 0xD8], [0xFF, 0x00], [0x78, 0x9C], [0xFF, 0xFF, 0xFF, 0xFF], [0x02, 0x00, 0x10, 0x00],
        [0x50, 0x4B, 0x05, 0x06],
    ];

    public sealed record Mutation(int Kind, int Position, int Length, int Value);

    public sealed record Mutant(int Seed, Mutation[] Mutations)
    {
        public byte[] Build()
        {
            var bytes = new List<byte>(Seeds[Seed]);
            foreach (var m in Mutations)
            {
                var at = bytes.Count == 0 ? 0 : m.Position % (bytes.Count + 1);
                var span = Math.Min(m.Length, bytes.Count - at);
                switch (m.Kind)
                {
                    case 0 when at < bytes.Count:
                        bytes[at] ^= (byte)(m.Value | 1);
                        break;
                    case 1:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case 2:
                        bytes.InsertRange(at, Enumerable.Repeat((byte)m.Value, m.Length));
                        break;
                    case 3:
                        bytes.RemoveRange(at, span);
                        break;
                    case 4:
                        bytes.InsertRange(m.Value % (bytes.Count + 1), bytes.GetRange(at, span));
                        break;
                    default:
                        bytes.InsertRange(at, Fragments[m.Value % Fragments.Length]);
                        break;
                }
            }
            return [.. bytes];
        }

        public override string ToString() => $"seed {HostileUploads.All.Where(c => c.Name != "pdfFlateBomb" && c.Content.Length > 0).ElementAt(Seed).Name}, "
            + string.Join("; ", Mutations.Select(m => m.ToString()));
    }

    private static readonly Arbitrary<Mutant> Mutants = (
        from seed in Gen.Choose(0, Seeds.Length - 1)
        from mutations in Gen.ArrayOf(
            from kind in Gen.Choose(0, 5)
            from position in Gen.Choose(0, 1 << 20)
            from length in Gen.Choose(0, 64)
            from value in Gen.Choose(0, 255)
            select new Mutation(kind, position, length, value)).Resize(4)
        select new Mutant(seed, mutations)).ToArbitrary();

    // Security test plan UP-05: whatever the inspector accepts, stripping its metadata keeps it acceptable as the same kind,
    // and stripping again changes nothing.
    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Strip_AcceptedMutant_StaysAcceptedAndIsStable() =>
        Prop.ForAll(Mutants, mutant =>
        {
            var bytes = mutant.Build();
            var inspected = UploadInspector.Inspect(bytes, 1 << 26);
            if (!inspected.IsSuccess)
            {
                return true;
            }
            var stripped = ImageMetadata.Strip(bytes, inspected.Value);
            var again = UploadInspector.Inspect(stripped, 1 << 26);
            return again.IsSuccess && again.Value == inspected.Value
                && ImageMetadata.Strip(stripped, inspected.Value).AsSpan().SequenceEqual(stripped);
        });

    // A PDF frame around random tokens: reaches the dictionary reader, the stream finder and object streams.
    private static readonly string[] Vocabulary =
    [
        "<<", ">>", "[", "]", "(", ")", "(a\\)", "<4A53>", "/Length", "/Filter", "/FlateDecode", "/Fl", "/DecodeParms", "/Type", "/ObjStm",
        "/First", "/N", "/JS", "/J#53", "/Encrypt", "/AA", "/URI", "1", "0", "4", "12", "-3", "R", "null", "obj", "endobj", "stream\n",
        "\nendstream", "% c\n", "\n", " ", "{", "}", "#", "startxref", "%%EOF",
    ];

    private static readonly Arbitrary<string[]> TokenSoups = Gen.ArrayOf(Gen.Elements(Vocabulary)).Resize(200).ToArbitrary();

    private static readonly string[] NamePieces =
    [
        "/", "\\", "..", ".", "-", " ", "\t", "%2e", "%2F", "%5c", "%00", "%", "%E9", "\0", "\u202E", "\u200B", "\u200D", "\uFEFF",
        "\u2066", "CON", "com1", "aux", "\U0001F9E0", "肌电图", "x", "report", ".pdf", ".PDF", ".exe", ".jpg", "<", "?", "\"",
        "\uD800", "\uDC00", "\uFFFE", "e\u0301", new string('a', 40),
    ];

    private static readonly Arbitrary<string> HostileNames =
        Gen.ArrayOf(Gen.Elements(NamePieces)).Resize(12).Select(string.Concat).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Inspect_ArbitraryBytes_AnswersWithoutThrowing() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => HasValidShape(bytes));

    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Inspect_MutatedCatalogueFile_AnswersWithoutThrowing() =>
        Prop.ForAll(Mutants, mutant => HasValidShape(mutant.Build()));

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Inspect_PdfOfRandomTokens_AnswersWithoutThrowing() =>
        Prop.ForAll(TokenSoups, tokens =>
            HasValidShape(Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n" + string.Join(" ", tokens) + "\nstartxref\n9\n%%EOF\n")));

    // Readers decode #xx in names (ISO 32000-2 7.3.5), so any mix of escaped and plain characters is still the name.
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Inspect_ActiveNameWithAnyEscapes_IsActiveContent() =>
        Prop.ForAll(
            Gen.Choose(0, 12).SelectMany(_ => Gen.Choose(0, int.MaxValue), (name, mask) => (name, mask)).ToArbitrary(),
            c =>
            {
                string[] names = ["JavaScript", "JS", "Launch", "AA", "EmbeddedFile", "EmbeddedFiles", "EF", "RichMedia", "SubmitForm",
                    "ImportData", "GoToE", "GoToR", "XFA"];
                var name = names[c.name];
                var escaped = string.Concat(name.Select((ch, i) => ((c.mask >> i) & 1) == 0 ? ch.ToString()
                    : "#" + ((int)ch).ToString((c.mask >> 30) == 0 ? "x2" : "X2", CultureInfo.InvariantCulture)));
                var pdf = MinimalPdf.Write(MinimalPdf.Document(extra: new PdfObjectSpec($"<< /{escaped} (x) >>")));
                return Uploads.Refusal(pdf) == UploadRefusalReason.PdfActiveContent;
            });

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Sanitize_AnyText_GivesASafeName() =>
        Prop.ForAll(HostileNames, name => Enum.GetValues<MedicalFileKind>().All(kind => IsSafe(UploadFileName.Sanitize(name, kind), kind)));

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Sanitize_ArbitraryString_GivesASafeName() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), name => IsSafe(UploadFileName.Sanitize(name, MedicalFileKind.Png), MedicalFileKind.Png));

    // Without percent signs (decoded once by design) a sanitized name is already in its final form.
    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Sanitize_SanitizedName_IsUnchanged() =>
        Prop.ForAll(HostileNames, name =>
        {
            var once = UploadFileName.Sanitize(name, MedicalFileKind.Pdf);
            return once.Contains('%', StringComparison.Ordinal) || UploadFileName.Sanitize(once, MedicalFileKind.Pdf) == once;
        });

    private static bool HasValidShape(byte[] bytes)
    {
        var result = UploadInspector.Inspect(bytes, long.MaxValue);
        return result.IsSuccess || result.Errors is [UploadRefusal];
    }

    private static bool IsSafe(string name, MedicalFileKind kind)
    {
        var stem = name[..^kind.Extension().Length];
        var firstSegment = stem.Split('.')[0];
        return name.EndsWith(kind.Extension(), StringComparison.Ordinal)
            && name.Length <= UploadFileName.MaxLength
            && stem.Length > 0
            && stem[0] is not ('.' or '-' or ' ')
            && stem[^1] is not ('.' or ' ')
            && name.IndexOfAny(['/', '\\', '<', '>', ':', '"', '|', '?', '*']) < 0
            && !name.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.Format)
            && IsWellFormed(name)
            && firstSegment.ToUpperInvariant() is not ("CON" or "PRN" or "AUX" or "NUL" or "COM1" or "LPT1");
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}

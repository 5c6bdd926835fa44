using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace MndCare.Application.Reports;

/// <summary>Serves DejaVu Sans and Droid Sans Fallback from files; any other family goes to the resolver it was installed in front of.</summary>
internal sealed class ReportFontResolver(ReportFontFiles files, IFontResolver? next) : IFontResolver
{
    // Face names carry a prefix so they cannot collide with the face names of the next resolver.
    private const string LatinRegularFace = "MndCare.Reports/DejaVuSans";
    private const string LatinBoldFace = "MndCare.Reports/DejaVuSans-Bold";
    private const string CjkFace = "MndCare.Reports/DroidSansFallbackFull";

    /// <summary>Maps a family and style to one of the three files, simulating the styles the files lack.</summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, ReportFonts.LatinFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(bold ? LatinBoldFace : LatinRegularFace, italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
        }
        if (string.Equals(familyName, ReportFonts.CjkFamily, StringComparison.OrdinalIgnoreCase))
        {
            var simulations = (bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None) | (italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
            return new FontResolverInfo(CjkFace, simulations);
        }
        return next?.ResolveTypeface(familyName, bold, italic);
    }

    /// <summary>Reads the font file behind a face name.</summary>
    public byte[]? GetFont(string faceName) => faceName switch
    {
        LatinRegularFace => File.ReadAllBytes(files.LatinRegular),
        LatinBoldFace => File.ReadAllBytes(files.LatinBold),
        CjkFace => File.ReadAllBytes(files.Cjk),
        _ => next?.GetFont(faceName),
    };
}

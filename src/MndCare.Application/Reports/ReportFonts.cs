using PdfSharp.Fonts;

namespace MndCare.Application.Reports;

/// <summary>Installs the report fonts into PDFsharp's process-wide font settings, once and thread-safely.</summary>
/// <remarks>
/// <para>
/// <see cref="GlobalFontSettings.FontResolver"/> is process-global, and PDFsharp refuses to replace a resolver of
/// another type once any font has been resolved through it. Decision: with no resolver installed we install ours;
/// with a foreign resolver that has not been used yet we install ours in front of it (ours answers
/// <see cref="LatinFamily"/> and <see cref="CjkFamily"/>, every other family goes to the foreign one); with a
/// foreign resolver already in use we keep it, provided it can resolve our two families itself, and fail otherwise.
/// </para>
/// <para>
/// PDFsharp swallows exceptions thrown from <see cref="IFontResolver.GetFont"/> (it then fails with a
/// NullReferenceException), so the renderer checks that a font file exists before it first asks for the font.
/// </para>
/// </remarks>
public static class ReportFonts
{
    /// <summary>The family name for Latin (and every non-CJK) text.</summary>
    public const string LatinFamily = "DejaVu Sans";

    /// <summary>The family name for CJK text.</summary>
    public const string CjkFamily = "Droid Sans Fallback";

    private static readonly Lock Gate = new();
    private static ReportFontFiles? _installed;

    /// <summary>Installs the report font resolver for <paramref name="files"/> unless already done; see the remarks for coexistence with another resolver.</summary>
    /// <exception cref="InvalidOperationException">Other files were installed before (PDFsharp caches fonts for the process), or another resolver is in use and cannot resolve the report fonts.</exception>
    public static void EnsureRegistered(ReportFontFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        lock (Gate)
        {
            if (_installed is not null)
            {
                if (files != _installed)
                {
                    throw new InvalidOperationException($"Report fonts are already installed in PDFsharp for this process from {_installed}; every renderer must use the same files.");
                }
                return;
            }
            Install(files, GlobalFontSettings.FontResolver);
            _installed = files;
        }
    }

    /// <summary>Throws a clear error when a font file is missing, before PDFsharp asks for it.</summary>
    internal static void RequireFile(string path, string debianPackage)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The report font file '{path}' is missing: install the Debian package {debianPackage} (apt-get install {debianPackage}) or pass ReportFontFiles with the path of a copy to ReportPdfRenderer.",
                path);
        }
    }

    private static void Install(ReportFontFiles files, IFontResolver? current)
    {
        try
        {
            GlobalFontSettings.FontResolver = new ReportFontResolver(files, current);
        }
        catch (InvalidOperationException) when (current is not null)
        {
            // PDFsharp forbids replacing a resolver it has already used; that one must then know our families.
            if (current.ResolveTypeface(LatinFamily, false, false) is null || current.ResolveTypeface(CjkFamily, false, false) is null)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {current.GetType().FullName}, which cannot resolve '{LatinFamily}' and '{CjkFamily}'; call ReportFonts.EnsureRegistered before any other PDFsharp font use.");
            }
        }
    }
}

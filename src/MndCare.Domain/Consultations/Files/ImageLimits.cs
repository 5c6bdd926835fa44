namespace MndCare.Domain.Consultations.Files;

/// <summary>Bounds on decoded image size shared by the PNG and JPEG checks.</summary>
internal static class ImageLimits
{
    /// <summary>The most pixels an accepted image may declare: 100 million, about 10,000 by 10,000.</summary>
    /// <remarks>OWASP WSTG-BUSL-09 "pixel flood": a tiny file that declares 100,000 by 100,000 pixels makes a decoder
    /// allocate tens of gigabytes. A 10,000 by 10,000 scan is far beyond any phone photo or document scan.</remarks>
    public const long MaxPixels = 100_000_000;

    /// <summary>True when both dimensions are positive and their product is within <see cref="MaxPixels"/>.</summary>
    public static bool IsAcceptable(long width, long height) =>
        width > 0 && height > 0 && width <= MaxPixels && height <= MaxPixels && width * height <= MaxPixels;
}

namespace MndCare.Testing.HostileFiles;

/// <summary>A hostile upload name and the sanitized name expected when the content is a PDF.</summary>
/// <param name="Name">A short unique id for test names.</param>
/// <param name="Input">The name as a client sends it; may be null.</param>
/// <param name="ExpectedForPdf">The sanitized name for PDF content.</param>
public sealed record FileNameCase(string Name, string? Input, string ExpectedForPdf)
{
    /// <summary>The id, so test runners show it.</summary>
    public override string ToString() => Name;
}

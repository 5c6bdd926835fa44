using MndCare.Domain.Consultations.Files;

namespace MndCare.Testing.HostileFiles;

/// <summary>One file to upload, built in memory, with the verdict the inspector must reach.</summary>
/// <param name="Name">A short unique id for test names ("pdfOpenActionJs").</param>
/// <param name="FileName">The name a client would send, which must not change the verdict.</param>
/// <param name="DeclaredContentType">The Content-Type a client would send, which must not change the verdict either.</param>
/// <param name="Content">The bytes.</param>
/// <param name="AcceptedAs">The detected kind when the file must be accepted; null when it must be refused.</param>
/// <param name="RefusedAs">The refusal reason when the file must be refused; null when it must be accepted.</param>
/// <param name="Note">Why the case exists, in one sentence.</param>
public sealed record UploadCase(
    string Name,
    string FileName,
    string DeclaredContentType,
    ReadOnlyMemory<byte> Content,
    MedicalFileKind? AcceptedAs,
    UploadRefusalReason? RefusedAs,
    string Note)
{
    /// <summary>A case the inspector must accept as <paramref name="kind"/>.</summary>
    public static UploadCase Accepted(string name, string fileName, string contentType, byte[] content, MedicalFileKind kind, string note) =>
        new(name, fileName, contentType, content, kind, null, note);

    /// <summary>A case the inspector must refuse for <paramref name="reason"/>.</summary>
    public static UploadCase Refused(string name, string fileName, string contentType, byte[] content, UploadRefusalReason reason, string note) =>
        new(name, fileName, contentType, content, null, reason, note);

    /// <summary>The id, so test runners show it.</summary>
    public override string ToString() => Name;
}

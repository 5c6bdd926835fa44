using MndCare.Domain.Results;

namespace MndCare.Domain.Consultations.Files;

/// <summary>An uploaded file was refused; the code and message come from the <see cref="Reason"/>.</summary>
/// <param name="Reason">Why the file was refused.</param>
public sealed record UploadRefusal(UploadRefusalReason Reason) : Error(Reason.Code(), Reason.Message());

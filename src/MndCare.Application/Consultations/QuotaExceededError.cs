using System.Globalization;
using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Application.Consultations;

/// <summary>The consultation already holds as many files, or bytes, as allowed.</summary>
/// <param name="MaxBytes">The per-consultation byte limit.</param>
/// <param name="MaxFiles">The per-consultation file limit.</param>
public sealed record QuotaExceededError(long MaxBytes, int MaxFiles) : Error(ConsultationErrorCodes.QuotaExceeded,
    string.Create(CultureInfo.InvariantCulture,
        $"A consultation can hold at most {MaxFiles} files and {MaxBytes / (1024 * 1024)} MB in all; withdraw a file or send fewer."));

using MndCare.Domain.Results;

namespace MndCare.Application.Files;

/// <summary>The stream is longer than the limit of the write; nothing was stored.</summary>
/// <param name="LimitBytes">The limit that was exceeded, in bytes.</param>
public sealed record FileTooLargeError(long LimitBytes)
    : Error("fileTooLarge", $"The file is larger than the limit of {LimitBytes} bytes.");

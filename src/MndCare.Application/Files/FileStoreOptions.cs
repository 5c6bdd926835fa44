using System.ComponentModel.DataAnnotations;

namespace MndCare.Application.Files;

/// <summary>Where encrypted medical files are kept, which master key protects them and how large they may be; bound from the "Files" section.</summary>
public sealed class FileStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Files";

    /// <summary>The largest file accepted, in bytes (50 MiB, the upload limit of the security test plan).</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The most bytes one consultation may hold, in bytes (500 MiB).</summary>
    public const long DefaultMaxConsultationBytes = 500L * 1024 * 1024;

    /// <summary>The directory that holds the blobs, outside the web root; a relative path is resolved against the content root.</summary>
    [Required]
    public string StorageRoot { get; set; } = "";

    /// <summary>The file holding the 32-byte master key (raw or base64); a relative path is resolved against the content root.</summary>
    [Required]
    public string MasterKeyPath { get; set; } = "";

    /// <summary>Whether a missing master key file is created with fresh random bytes at start (development and demo only).</summary>
    /// <value>The default is false: production refuses to start without an existing key.</value>
    public bool CreateMasterKeyIfMissing { get; set; }

    /// <summary>The largest file the store accepts; a longer stream is refused while it is read.</summary>
    /// <value>The default is 50 MiB.</value>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The most bytes all files of one consultation may hold together; the caller passes what remains to the write.</summary>
    /// <value>The default is 500 MiB.</value>
    [Range(1, long.MaxValue)]
    public long MaxConsultationBytes { get; set; } = DefaultMaxConsultationBytes;

    /// <summary>Hours between the web application's scheduled scrubs of every stored file (security test plan IN-01); 0 turns them off.</summary>
    /// <value>The default is 24: once a day, counted from the last scrub. Orphaned blobs are reported, never deleted, by the schedule.</value>
    [Range(0, 24 * 366)]
    public int ScrubIntervalHours { get; set; } = 24;
}

using System.ComponentModel.DataAnnotations;

namespace MndCare.Application.Auditing;

/// <summary>Where the audit chain's head is recorded outside the database, and how often the web application records it;
/// bound from the "Audit" section.</summary>
public sealed class AuditAnchorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Audit";

    /// <summary>The append-only anchor file (JSON Lines); a relative path is resolved against the content root (the current
    /// directory for the command line). Keep it where the database's administrators cannot rewrite it.</summary>
    /// <value>The default is data/audit-anchors.jsonl.</value>
    [Required]
    public string AnchorPath { get; set; } = "data/audit-anchors.jsonl";

    /// <summary>Minutes between the web application's scheduled checkpoints of the chain head; 0 turns them off.</summary>
    /// <value>The default is 60.</value>
    [Range(0, 7 * 24 * 60)]
    public int CheckpointIntervalMinutes { get; set; } = 60;
}

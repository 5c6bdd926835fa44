using MndCare.Domain.Auditing;

namespace MndCare.Domain.Tests.Auditing;

// Anchors recorded outside the database find what the chain alone cannot
// (docs/adr/0021-audit-chain-anchored-outside-the-database.md).
public sealed class AuditAnchorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    // A chain of read events; a different actor name gives a different, equally self-consistent chain.
    private static List<AuditRecord> Chain(int length, string actorName = "Dr Li")
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.GenesisHash;
        for (var i = 0; i < length; i++)
        {
            var actor = new AuditActor(Guid.Parse("019ac000-0000-7000-8000-000000000001"), actorName, "Clinician", $"c-{i}", "127.0.0.1");
            var record = AuditChain.Seal(new AuditEntry("patient.read", AuditOutcome.Success), actor,
                Guid.Parse($"019ac000-0000-7000-8000-{i:000000000000}"), Start.AddSeconds(i), i, previous);
            records.Add(record);
            previous = record.Hash;
        }
        return records;
    }

    private static AuditChainVerification? Run(IReadOnlyList<AuditRecord> chain, params AuditAnchor[] anchors)
    {
        var verifier = new AuditChainVerifier(anchors);
        return chain.Select(verifier.Check).FirstOrDefault(r => r is not null) ?? verifier.CheckAnchorsReached();
    }

    private static AuditAnchor AnchorAt(AuditRecord record) => new(record.Sequence, record.Hash, Start.UtcDateTime.AddHours(1), "mndcare audit verify");

    [Fact]
    public void ChainThatReachesAndMatchesItsAnchors_IsIntact()
    {
        var chain = Chain(10);

        Assert.Null(Run(chain, AnchorAt(chain[3]), AnchorAt(chain[9])));
    }

    [Fact]
    public void TruncatedTail_WithAnAnchorBeyondIt_NamesTheAnchor()
    {
        var chain = Chain(10);

        var broken = Run(chain[..7], AnchorAt(chain[9]));

        Assert.Equal(8, broken!.FirstBrokenSequence);
        Assert.Equal(7, broken.EventsChecked);
        Assert.Contains("the anchor recorded at 2026-11-26 11:00:00 UTC by mndcare audit verify (event 10, hash", broken.Reason, StringComparison.Ordinal);
        Assert.Contains("events at the end were removed and the chain head rewound", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RewrittenChain_ThatHoldsTogether_DiffersFromItsAnchor()
    {
        var original = Chain(10);
        var rewritten = Chain(10, "Mallory");

        var broken = Run(rewritten, AnchorAt(original[4]));

        Assert.Equal(5, broken!.FirstBrokenSequence);
        Assert.Contains("differs from the anchor recorded at", broken.Reason, StringComparison.Ordinal);
    }
}

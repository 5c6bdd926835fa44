using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Auditing;

namespace MndCare.Domain.Tests.Auditing;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static List<AuditRecord> Chain(int length)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.GenesisHash;
        for (var i = 0; i < length; i++)
        {
            var entry = new AuditEntry(i % 2 == 0 ? "patient.read" : "patient.update", AuditOutcome.Success)
            {
                EntityType = "patient",
                EntityId = $"p-{i}",
                Changes = i % 2 == 0 ? [] : [new FieldChange("phone", "1", "2")],
            };
            var actor = new AuditActor(Guid.Parse("019ac000-0000-7000-8000-000000000001"), "Dr Li", "Clinician", $"c-{i}", "127.0.0.1");
            var record = AuditChain.Seal(entry, actor, Guid.CreateVersion7(Start.AddSeconds(i)), Start.AddSeconds(i).AddTicks(7), i, previous);
            records.Add(record);
            previous = record.Hash;
        }
        return records;
    }

    [Fact]
    public void Seal_FirstEvent_ChainsToGenesisAndHashesItsCanonicalForm()
    {
        var first = Chain(1)[0];

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditChain.GenesisHash, first.PreviousHash);
        Assert.Equal(64, first.Hash.Length);
        Assert.Equal(AuditChain.ComputeHash(first), first.Hash);
    }

    [Fact]
    public void Seal_TruncatesTimeToWholeMicroseconds() =>
        Assert.Equal(0, Chain(1)[0].OccurredAtUtc.Ticks % 10);

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var result = AuditChain.Verify(Chain(20));

        Assert.True(result.IsIntact);
        Assert.Equal(20, result.EventsChecked);
    }

    [Fact]
    public void Verify_ChangedField_NamesThatEvent()
    {
        var chain = Chain(10);
        chain[6] = chain[6] with { ActorName = "Mallory" };

        var result = AuditChain.Verify(chain);

        Assert.Equal(7, result.FirstBrokenSequence);
        Assert.Contains("changed", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedEvent_NamesTheGap()
    {
        var chain = Chain(10);
        chain.RemoveAt(4);

        Assert.Equal(5, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Verify_RecomputedHashAfterEdit_BreaksTheNextLink()
    {
        var chain = Chain(10);
        var forged = chain[3] with { Reason = "covering tracks" };
        chain[3] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(5, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Verify_SwappedEvents_AreDetected()
    {
        var chain = Chain(10);
        (chain[2], chain[3]) = (chain[3], chain[2]);

        Assert.Equal(3, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    // Any single changed change-value anywhere in the chain is caught at exactly that event.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Verify_AnySingleEdit_IsCaughtAtThatEvent() =>
        Prop.ForAll(Gen.Choose(0, 11).ToArbitrary(), ArbMap.Default.ArbFor<NonEmptyString>(), (index, text) =>
        {
            var chain = Chain(12);
            var original = chain[index];
            chain[index] = original with { Details = text.Get };
            var expected = original.Details == text.Get ? (long?)null : index + 1;
            return AuditChain.Verify(chain).FirstBrokenSequence == expected;
        });
}

namespace MndCare.Domain.Identifiers;

/// <summary>Creates record ids: UUID version 7, time-ordered and not guessable from a neighbour.</summary>
/// <remarks>RFC 9562 section 5.7. Time comes from the injected clock so tests are repeatable in order.</remarks>
public static class RecordId
{
    /// <summary>A new UUIDv7 for the instant the clock reports.</summary>
    /// <param name="clock">The clock to read.</param>
    public static Guid New(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Guid.CreateVersion7(clock.GetUtcNow());
    }
}

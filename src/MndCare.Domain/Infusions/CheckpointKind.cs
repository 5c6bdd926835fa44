namespace MndCare.Domain.Infusions;

/// <summary>Which part of the monitoring a due reading belongs to.</summary>
public enum CheckpointKind
{
    /// <summary>Before the start (wire name <c>baseline</c>).</summary>
    Baseline,

    /// <summary>While the cells run (wire name <c>during</c>).</summary>
    During,

    /// <summary>At the end and after it (wire name <c>after</c>).</summary>
    After,
}

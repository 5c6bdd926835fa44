namespace MndCare.Domain.Courses;

/// <summary>A concomitant ALS medication MndCare knows by name, or another one named in free text.</summary>
/// <remarks>docs/therapy/courses.md, "Concomitant medications"; ../shared/reference/therapy-safety-tcm.md section E, which
/// names these drugs but gives no drug-terminology codes, so the wire name is the only code stored.</remarks>
public enum KnownMedication
{
    /// <summary>Riluzole.</summary>
    Riluzole,

    /// <summary>Edaravone (IV or oral suspension).</summary>
    Edaravone,

    /// <summary>Tofersen (intrathecal; SOD1-ALS).</summary>
    Tofersen,

    /// <summary>Any other medication, named in free text.</summary>
    Other,
}

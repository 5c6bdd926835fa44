namespace MndCare.Domain.Courses;

/// <summary>A TCM modality a course template schedules a number of times a week.</summary>
/// <remarks>docs/therapy/courses.md, "Templates"; the modalities of ../shared/reference/therapy-safety-tcm.md section D.</remarks>
public enum TcmModality
{
    /// <summary>Acupuncture.</summary>
    Acupuncture,

    /// <summary>Herbal medicine (a review of the prescribed formula).</summary>
    HerbalMedicine,

    /// <summary>Moxibustion.</summary>
    Moxibustion,

    /// <summary>Tuina.</summary>
    Tuina,
}

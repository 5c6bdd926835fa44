namespace MndCare.Domain.Courses;

/// <summary>What happens in a session of a treatment course.</summary>
/// <remarks>docs/therapy/courses.md, "Sessions". Stored by name; the names are part of the data and never renamed.</remarks>
public enum SessionKind
{
    /// <summary>An intravenous UC-MSC infusion, with its monitoring.</summary>
    MscInfusion,

    /// <summary>An acupuncture session.</summary>
    Acupuncture,

    /// <summary>A herbal-medicine review: the formula is prescribed or adjusted.</summary>
    HerbalMedicine,

    /// <summary>A moxibustion session.</summary>
    Moxibustion,

    /// <summary>A tuina (therapeutic massage) session.</summary>
    Tuina,

    /// <summary>A baseline or end-of-course assessment.</summary>
    Assessment,
}

using MndCare.Application.Paging;

namespace MndCare.Application.Patients;

/// <summary>A registry search: free text over name and MRN, or a birth date (yyyy-MM-dd); one page of it.</summary>
public sealed record PatientQuery(string? Text, PageRequest Page)
{
    /// <summary>Rows per page unless asked otherwise.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Longest search text.</summary>
    public const int MaxTextLength = 100;
}

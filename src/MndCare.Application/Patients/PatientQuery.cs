namespace MndCare.Application.Patients;

/// <summary>A registry search: free text over name and MRN, or a birth date (yyyy-MM-dd); paged.</summary>
public sealed record PatientQuery(string? Text, int Page = 1, int PageSize = PatientQuery.DefaultPageSize)
{
    /// <summary>Rows per page unless asked otherwise.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most rows a page may hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Longest search text.</summary>
    public const int MaxTextLength = 100;
}

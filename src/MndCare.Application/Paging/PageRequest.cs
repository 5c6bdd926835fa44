using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Application.Paging;

/// <summary>Which page of a list to show: the one paging rule of every list (patients, triage queue, audit trail, staff).</summary>
/// <remarks>The API refuses numbers out of range (<see cref="Create"/>); pages show the nearest page instead (<see cref="Clamp"/>).
/// The bounds keep the rows skipped far inside <see cref="int"/>, so no page number can overflow the query.</remarks>
public sealed record PageRequest
{
    /// <summary>The most rows one page may hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The highest page number asked for (a million pages of the largest size is beyond any clinic's lists).</summary>
    public const int MaxPage = 1_000_000;

    private PageRequest(int page, int size)
    {
        Page = page;
        Size = size;
    }

    /// <summary>The page number, from 1.</summary>
    public int Page { get; }

    /// <summary>Rows per page.</summary>
    public int Size { get; }

    /// <summary>Rows before this page.</summary>
    public int Skip => checked((Page - 1) * Size);

    /// <summary>The page asked for, or field errors naming page and pageSize when either is out of range.</summary>
    /// <param name="page">The page number; null means the first.</param>
    /// <param name="pageSize">Rows per page; null means <paramref name="defaultPageSize"/>.</param>
    /// <param name="defaultPageSize">The list's own page size.</param>
    public static Result<PageRequest> Create(int? page, int? pageSize, int defaultPageSize)
    {
        var errors = new List<Error>();
        if (page is < 1 or > MaxPage)
        {
            errors.Add(new ValidationError("page", "outOfRange", string.Create(CultureInfo.InvariantCulture, $"page must be from 1 to {MaxPage}.")));
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new ValidationError("pageSize", "outOfRange", string.Create(CultureInfo.InvariantCulture, $"pageSize must be from 1 to {MaxPageSize}.")));
        }
        return errors.Count > 0 ? Result<PageRequest>.Failure(errors) : new PageRequest(page ?? 1, pageSize ?? defaultPageSize);
    }

    /// <summary>The nearest valid page to <paramref name="page"/> (a mistyped or missing number shows the first page).</summary>
    /// <param name="page">The page number from a link; null means the first.</param>
    /// <param name="defaultPageSize">The list's own page size.</param>
    public static PageRequest Clamp(int? page, int defaultPageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(defaultPageSize, 1, MaxPageSize));
}

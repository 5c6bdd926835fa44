namespace MndCare.Application.Paging;

/// <summary>One page of a list and where it lies in the whole.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows of this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="Total">Rows in the whole list.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The number of the last page (1 for an empty list).</summary>
    public int LastPage => Math.Max(1, (int)(((long)Total + PageSize - 1) / PageSize));

    /// <summary>Whether a page follows this one.</summary>
    public bool HasNext => Page < LastPage;

    /// <summary>The same page with its rows turned into <typeparamref name="TOut"/>.</summary>
    /// <param name="map">Turns one row.</param>
    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total);
}

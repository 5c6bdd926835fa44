using Microsoft.EntityFrameworkCore;

namespace MndCare.Application.Paging;

/// <summary>Reads one page of an ordered query.</summary>
public static class PagingExtensions
{
    /// <summary>Counts the rows of <paramref name="query"/> and reads the page asked for.</summary>
    /// <param name="query">A query with a total order (ending in a unique key), so pages neither overlap nor skip rows.</param>
    /// <param name="request">The page.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip(request.Skip).Take(request.Size).ToListAsync(cancellationToken);
        return new Paged<T>(rows, request.Page, request.Size, total);
    }
}

using Microsoft.AspNetCore.WebUtilities;
using MndCare.Application.Paging;

namespace MndCare.Web.Pages;

/// <summary>The page links under a list: which page of how many, previous and next, keeping the list's filters.</summary>
/// <param name="Page">The page shown.</param>
/// <param name="LastPage">The last page of the list.</param>
public sealed record Pager(int Page, int LastPage)
{
    /// <summary>The query parameter every paged page reads (the API's name too).</summary>
    public const string QueryName = "page";

    public static Pager Of<T>(Paged<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Page, page.LastPage);
    }

    /// <summary>The current address with another page number (and no form handler).</summary>
    public static string Link(HttpRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove("handler");
        query[QueryName] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return request.Path + QueryString.Create(query);
    }
}

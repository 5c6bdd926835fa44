namespace MndCare.Web.Pages;

/// <summary>The model of the error summary partial: the page's errors and the element id tests and scripts find it by.</summary>
public sealed record ErrorSummary(IReadOnlyList<string> Errors, string? Id = null);

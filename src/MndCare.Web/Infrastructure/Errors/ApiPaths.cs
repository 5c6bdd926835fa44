namespace MndCare.Web.Infrastructure.Errors;

/// <summary>Tells JSON API requests from page requests.</summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

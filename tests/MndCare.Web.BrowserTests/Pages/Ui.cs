using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The words of the interface in one language, read from the application's own resources, so that a step finds a field or a
/// button by the accessible name its reader sees in either language.</summary>
public sealed class Ui
{
    private readonly IStringLocalizer? _localizer;
    private readonly CultureInfo _culture;

    private Ui(IStringLocalizer? localizer, CultureInfo culture)
    {
        _localizer = localizer;
        _culture = culture;
    }

    /// <summary>English, the resource keys themselves (every page's key is its English text).</summary>
    public static Ui English { get; } = new(null, CultureInfo.InvariantCulture);

    /// <summary>The interface in <paramref name="culture"/> ("en" or "zh-Hans"), as the running application words it.</summary>
    public static Ui For(IServiceProvider services, string culture) =>
        new(services.GetRequiredService<IStringLocalizer<SharedResource>>(), CultureInfo.GetCultureInfo(culture));

    /// <summary>The text of a resource key, formatted with its arguments.</summary>
    public string this[string key, params object[] arguments]
    {
        get
        {
            if (_localizer is null)
            {
                return string.Format(CultureInfo.InvariantCulture, key, arguments);
            }
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = _culture;
            try
            {
                return _localizer[key, arguments].Value;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}

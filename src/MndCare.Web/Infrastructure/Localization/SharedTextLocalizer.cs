using System.Globalization;
using Microsoft.Extensions.Localization;
using MndCare.Application.Clinical;

namespace MndCare.Web.Infrastructure.Localization;

/// <summary>The interface strings (Resources/SharedResource*.resx), falling back to the clinical text catalogue for
/// clinical codes such as "phenotype.als" or "onsetSite.bulbar", so every page reads a code from the one catalogue the
/// reports use too.</summary>
public sealed class SharedTextLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer _shared = factory.Create(typeof(SharedResource));

    /// <inheritdoc />
    public LocalizedString this[string name] => Clinical(_shared[name], []);

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments] => Clinical(_shared[name, arguments], arguments);

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _shared.GetAllStrings(includeParentCultures);

    private static LocalizedString Clinical(LocalizedString shared, object[] arguments) =>
        shared.ResourceNotFound && ClinicalText.For(CultureInfo.CurrentUICulture).Find(shared.Name) is { } text
            ? new LocalizedString(shared.Name, arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments))
            : shared;
}

namespace MndCare.Web;

/// <summary>Marker for the shared interface strings in Resources/SharedResource.*.resx.</summary>
/// <remarks>Plain sentences are keyed by their English text; codes (field.*, error.*, sex.*) have English entries too.</remarks>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be usable as a type argument.
public sealed class SharedResource;
#pragma warning restore CA1052

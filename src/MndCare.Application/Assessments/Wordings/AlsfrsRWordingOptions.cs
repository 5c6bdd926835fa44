using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MndCare.Application.Assessments.Wordings;

/// <summary>Where a clinic keeps the licensed ALSFRS-R wordings it installed (section "AlsfrsR").</summary>
public sealed class AlsfrsRWordingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AlsfrsR";

    /// <summary>A directory of wording files (*.json); relative paths are read from the content root. Null or empty: only the
    /// wordings that ship with MndCare.</summary>
    public string? WordingDirectory { get; set; }

    /// <summary>Binds the options for the host and checks every installed wording when the host starts, so a clinic learns of
    /// a missing item or answer at once and never mid-form.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="contentRoot">The application's content root.</param>
    public static void Register(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<AlsfrsRWordingOptions>()
            .Bind(configuration.GetSection(Section))
            .PostConfigure(o => o.WordingDirectory = string.IsNullOrWhiteSpace(o.WordingDirectory) ? null : Path.GetFullPath(o.WordingDirectory, contentRoot))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlsfrsRWordingOptions>, Validator>();
    }

    private sealed class Validator : IValidateOptions<AlsfrsRWordingOptions>
    {
        public ValidateOptionsResult Validate(string? name, AlsfrsRWordingOptions options)
        {
            var loaded = AlsfrsRWordings.Load(options.WordingDirectory);
            return loaded.IsSuccess ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(loaded.Errors.Select(e => $"{Section}:{nameof(WordingDirectory)}: {e.Message}"));
        }
    }
}

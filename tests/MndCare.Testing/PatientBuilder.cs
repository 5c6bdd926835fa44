using MndCare.Domain.Patients;

namespace MndCare.Testing;

/// <summary>Valid patient registry fields by default; override what a test is about.</summary>
public sealed class PatientBuilder
{
    private static int _counter;
    private PatientDetailsInput _input = new(
        Mrn: $"T{Interlocked.Increment(ref _counter):D6}",
        NativeName: "张伟",
        LatinName: "Zhang Wei",
        Sex: "male",
        BirthDate: "1968-04-12",
        Phone: "+86 138 0000 0001",
        Email: null,
        PreferredLanguage: "zh-Hans",
        OnsetDate: "2024-03-01",
        DiagnosisDate: "2025-01-15",
        OnsetSite: "upperLimb",
        DeathDate: null);

    public PatientBuilder With(Func<PatientDetailsInput, PatientDetailsInput> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _input = change(_input);
        return this;
    }

    public PatientBuilder WithName(string nativeName, string? latinName = null) => With(i => i with { NativeName = nativeName, LatinName = latinName });

    public PatientBuilder WithMrn(string mrn) => With(i => i with { Mrn = mrn });

    public PatientDetailsInput Build() => _input;
}

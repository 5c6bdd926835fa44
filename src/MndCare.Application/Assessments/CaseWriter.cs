using System.Text.Json;
using MndCare.Application.Clinical;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Writes a <see cref="CaseResult"/> as one JSON line with the contract's property names and order.</summary>
/// <remarks>Numbers are not rounded (Decision 14); an output without a value is written as null; notes are written in
/// the catalogue's English reference text.</remarks>
public static class CaseWriter
{
    public static void Write(Utf8JsonWriter json, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartObject();
        json.WriteString("id", result.Id);
        if (result.Alsfrsr is { } a)
        {
            json.WriteStartObject("alsfrsr");
            json.WriteNumber("total", a.Total);
            json.WriteNumber("bulbar", a.Bulbar);
            json.WriteNumber("fineMotor", a.FineMotor);
            json.WriteNumber("grossMotor", a.GrossMotor);
            json.WriteNumber("respiratory", a.Respiratory);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("alsfrsr");
        }
        WriteNumber(json, "deltaFs", result.DeltaFs);
        json.WriteString("progressionGroup", result.ProgressionGroup);
        json.WriteString("kingsStage", result.KingsStage);
        if (result.MitosStage is { } mitos)
        {
            json.WriteNumber("mitosStage", mitos);
        }
        else
        {
            json.WriteNull("mitosStage");
        }
        json.WriteString("elEscorial", result.ElEscorial);
        json.WriteString("awaji", result.Awaji);
        json.WriteString("goldCoast", result.GoldCoast);
        json.WriteString("phenotype", result.Phenotype);
        json.WriteString("pls", result.Pls);
        if (result.Fvc is { } fvc)
        {
            json.WriteStartObject("fvc");
            WriteNumber(json, "predictedLiters", fvc.PredictedLiters);
            WriteNumber(json, "lowerLimitLiters", fvc.LowerLimitLiters);
            json.WriteNumber("percentPredicted", fvc.PercentPredicted);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fvc");
        }
        if (result.Encals is { } encals)
        {
            json.WriteStartObject("encals");
            json.WriteNumber("linearPredictor", encals.LinearPredictor);
            json.WriteStartObject("survival");
            json.WriteNumber("12", encals.Survival12);
            json.WriteNumber("24", encals.Survival24);
            json.WriteNumber("36", encals.Survival36);
            json.WriteNumber("60", encals.Survival60);
            json.WriteEndObject();
            WriteNumber(json, "medianMonthsFromOnset", encals.MedianMonthsFromOnset);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("encals");
        }
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStringValue(ClinicalText.English.Render(note));
        }
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            WriteError(json, error);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter json, Error error)
    {
        json.WriteStartObject();
        json.WriteString("code", error.Code);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

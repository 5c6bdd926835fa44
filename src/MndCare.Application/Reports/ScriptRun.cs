namespace MndCare.Application.Reports;

/// <summary>A stretch of text set in one font: CJK (Droid Sans Fallback) or not (DejaVu Sans).</summary>
internal readonly record struct ScriptRun(string Text, bool Cjk);

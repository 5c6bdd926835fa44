using System.Text.Json.Serialization;

namespace MndCare.Application.Reports;

/// <summary>A content block inside a report section.</summary>
/// <remarks>Signed reports are stored as JSON, so each kind carries a stable type name.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReportParagraph), "paragraph")]
[JsonDerivedType(typeof(ReportKeyValues), "keyValues")]
[JsonDerivedType(typeof(ReportList), "list")]
[JsonDerivedType(typeof(ReportTable), "table")]
[JsonDerivedType(typeof(ReportNotice), "notice")]
[JsonDerivedType(typeof(ReportImage), "image")]
public abstract record ReportBlock;

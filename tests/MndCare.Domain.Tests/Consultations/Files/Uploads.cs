using System.Text;
using MndCare.Domain.Consultations.Files;

namespace MndCare.Domain.Tests.Consultations.Files;

// Small helpers shared by the upload tests.
internal static class Uploads
{
    public const long Limit = 64L * 1024 * 1024;

    // The refusal reason, or null when the file is accepted.
    public static UploadRefusalReason? Refusal(ReadOnlySpan<byte> content)
    {
        var result = UploadInspector.Inspect(content, Limit);
        return result.IsSuccess ? null : Assert.IsType<UploadRefusal>(Assert.Single(result.Errors)).Reason;
    }

    public static UploadRefusalReason? Refusal(string latin1) => Refusal(Encoding.Latin1.GetBytes(latin1));

    public static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);

    public static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}

using System.Text;
using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan FZ-01 "0 hangs": each input takes well under a second; the timeout catches a quadratic regression.
public sealed class UploadInspectorTimingTests
{
    private const int Size = 4 * 1024 * 1024;

    public static TheoryData<string> Cases => [.. Inputs.Keys];

    private static readonly Dictionary<string, Func<byte[]>> Inputs = new()
    {
        ["unclosedParentheses"] = () => Pdf(Repeat("(", Size)),
        ["strayParentheses"] = () => Pdf(Repeat(")", Size)),
        ["nestedDictionaries"] = () => Pdf(Repeat("<<", Size)),
        ["manySmallDictionaries"] = () => Pdf("1 0 obj " + Repeat("<</A 1>>", Size)),
        ["nestedArrays"] = () => Pdf(Repeat("[", Size)),
        ["escapedNames"] = () => Pdf(Repeat("/#4A#53#4", Size)),
        ["objectKeywords"] = () => Pdf(Repeat("1 0 obj ", Size)),
        ["commentLines"] = () => Pdf(Repeat("%x\n", Size) + " obj"),
        ["keywordsAfterCommentsInString"] = () => Pdf("(" + Repeat("a %\n obj", Size) + ")"),
        ["hexStrings"] = () => Pdf(Repeat("<4A53>", Size)),
        ["endstreamSearches"] = () => Pdf(Repeat("<</Length 99999999>>stream\nx\nendstream\n", Size)),
        ["tooManyStreams"] = () => Pdf(Repeat("<<>>stream\nx\nendstream\n", Size)),
        ["corruptFlateStreams"] = () => Pdf(Repeat("<</Filter/FlateDecode>>stream\nx\u009Cxx\nendstream\n", Size)),
        ["jpegFillBytes"] = () => [0xFF, 0xD8, .. Enumerable.Repeat((byte)0xFF, Size), 0xD9],
        ["jpegStuffedScan"] = () => [.. MinimalJpeg.Valid().AsSpan(0, 156), .. Enumerable.Repeat<byte[]>([0xFF, 0x00], Size / 2).SelectMany(b => b), 0xFF, 0xD9],
        ["dicomManyElements"] = () => [.. new byte[128], .. "DICM"u8, .. Enumerable.Repeat<byte[]>([2, 0, 1, 0, (byte)'U', (byte)'I', 0, 0], Size / 8).SelectMany(b => b)],
        ["zipSignaturesAtEnd"] = () => [.. new byte[Size], .. Enumerable.Repeat("PK\x05\x06"u8.ToArray(), 20_000).SelectMany(b => b)],
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Cases))]
    public async Task Inspect_PathologicalInput_FinishesQuickly(string name)
    {
        var content = Inputs[name]();

        var result = await Task.Run(() => UploadInspector.Inspect(content, long.MaxValue), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess || result.Errors is [UploadRefusal]);
    }

    private static byte[] Pdf(string body) => Encoding.Latin1.GetBytes("%PDF-1.7\n" + body + "\nstartxref\n9\n%%EOF\n");

    private static string Repeat(string text, int totalLength) => new StringBuilder(totalLength).Insert(0, text, totalLength / text.Length).ToString();
}

using MndCare.Application.Consultations;
using MndCare.Application.Tests.Files;
using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;

namespace MndCare.Application.Tests.Consultations;

[CollectionDefinition(nameof(UploadMemoryTests), DisableParallelization = true)]
public sealed class UploadMemoryCollection;

// Issue 7, code health: an upload is held in memory once on its way to the encrypted store, not several times. Bytes allocated
// are measured for the whole process, so this class runs alone; it asserts memory, never time.
[Collection(nameof(UploadMemoryTests))]
public sealed class UploadMemoryTests
{
    private const int Megabytes = 8;

    public static TheoryData<string> Kinds() => ["pdf", "png"];

    /// <summary>An 8 MiB upload: a PDF with one large stream, or a PNG whose text chunk the metadata stripping removes.</summary>
    private static byte[] Upload(string kind)
    {
        var filler = new byte[Megabytes * 1024 * 1024];
        Array.Fill(filler, (byte)'A');
        return kind == "pdf"
            ? MinimalPdf.Write(MinimalPdf.Document(extra: new PdfObjectSpec("<< >>", filler)))
            : MinimalPng.WithChunk("tEXt", [.. "Comment\0"u8, .. filler]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Upload_IsHeldOnce_OnItsWayToTheStore(string kind)
    {
        var upload = Upload(kind);
        using var sandbox = new FileStoreSandbox(maxFileBytes: 64L * 1024 * 1024);
        Assert.True(UploadInspector.Inspect(upload, sandbox.MaxFileBytes).IsSuccess);

        var before = await AllocatedAsync(() => PreviousPipelineAsync(sandbox, upload));
        var now = await AllocatedAsync(() => PipelineAsync(sandbox, upload));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}, {upload.Length:N0} bytes: before {before:N0} bytes allocated ({(double)before / upload.Length:0.0}x), now {now:N0} ({(double)now / upload.Length:0.0}x)");
        Assert.InRange(now, upload.Length, upload.Length + (upload.Length / 4));
        Assert.True(now * 2 < before, $"now {now:N0}, before {before:N0}");
    }

    // What ConsultationFiles does: one read into a buffer of the upload's length, inspection in place, the kept pieces streamed.
    private static async Task PipelineAsync(FileStoreSandbox sandbox, byte[] upload)
    {
        using var source = new MemoryStream(upload, writable: false);
        var content = (await UploadContent.ReadAsync(source, sandbox.MaxFileBytes, FileStoreSandbox.Token))!.Value;
        var kind = UploadInspector.Inspect(content.Span, sandbox.MaxFileBytes).Value;
        await using var plaintext = UploadContent.ForStore(content, kind);
        Assert.True((await sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), plaintext, FileStoreSandbox.Token)).IsSuccess);
    }

    // The pipeline before issue 7, kept here as the baseline: a growing copy, an array, and the photo stripped into new arrays.
    private static async Task PreviousPipelineAsync(FileStoreSandbox sandbox, byte[] upload)
    {
        using var source = new MemoryStream(upload, writable: false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, FileStoreSandbox.Token)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        var content = buffer.ToArray();
        var kind = UploadInspector.Inspect(content, sandbox.MaxFileBytes).Value;
        using var plaintext = new MemoryStream(kind is MedicalFileKind.Png or MedicalFileKind.Jpeg ? StrippedCopy(content, kind) : content, writable: false);
        Assert.True((await sandbox.Store.WriteAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), plaintext, FileStoreSandbox.Token)).IsSuccess);
    }

    // The former stripping wrote the kept parts into a MemoryStream sized like the file, then copied it to an array.
    private static byte[] StrippedCopy(byte[] content, MedicalFileKind kind)
    {
        using var output = new MemoryStream(content.Length);
        foreach (var piece in ImageMetadata.Kept(content, kind))
        {
            output.Write(piece.Span);
        }
        return output.ToArray();
    }

    private static async Task<long> AllocatedAsync(Func<Task> pipeline)
    {
        await pipeline(); // warm up: first-call allocations (JIT, pools) are not the upload's
        GC.Collect();
        var start = GC.GetTotalAllocatedBytes(precise: true);
        await pipeline();
        return GC.GetTotalAllocatedBytes(precise: true) - start;
    }
}

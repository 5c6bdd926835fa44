namespace MndCare.Testing.HostileFiles;

/// <summary>The upload names of security test plan UP-02 and the sanitized names expected for PDF content.</summary>
public static class HostileFileNames
{
    /// <summary>Every case.</summary>
    public static IReadOnlyList<FileNameCase> All { get; } =
    [
        new("pathTraversal", "../../etc/passwd", "passwd.pdf"),
        new("windowsPathTraversal", @"..\..\x.pdf", "x.pdf"),
        new("encodedTraversal", "%2e%2e%2fx.pdf", "x.pdf"),
        new("nulByte", "x.pdf%00.exe", "x.pdf"),
        new("doubleExtension", "x.jpg.php", "x.jpg.pdf"),
        new("windowsDeviceName", "CON.pdf", "_CON.pdf"),
        new("dotFile", ".htaccess", "htaccess.pdf"),
        new("leadingDash", "-rf.pdf", "rf.pdf"),
        new("tooLong", new string('a', 296) + ".pdf", new string('a', 96) + ".pdf"),
        new("rightToLeftOverride", "\u202Efdp.exe", "fdp.pdf"),
        new("zeroWidth", "re\u200Bpo\u200Crt\u200D\uFEFF.pdf", "report.pdf"),
        new("emoji", "\U0001F9E0 MRI scan.pdf", "\U0001F9E0 MRI scan.pdf"),
        new("chinese", "肌电图报告.pdf", "肌电图报告.pdf"),
        new("missing", null, "document.pdf"),
        new("onlyDots", "...", "document.pdf"),
    ];
}

using System.Text;

namespace MndCare.Testing;

/// <summary>Reads the messages the application wrote to a mail pickup directory (Mail:PickupDirectory).</summary>
public static class PickupMail
{
    /// <summary>The .eml files in <paramref name="folder"/>; none when it does not exist.</summary>
    public static string[] Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];

    /// <summary>The decoded body of one message (the application sends bodies base64-encoded).</summary>
    public static string Body(string eml)
    {
        var text = File.ReadAllText(eml);
        var body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal).Trim()));
    }
}

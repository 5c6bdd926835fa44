namespace MndCare.Application.Files;

/// <summary>Creates directories that only the service account can list and enter (0700 on Unix).</summary>
internal static class PrivateDirectory
{
    /// <summary>Creates the directory and its parents; an existing directory keeps its mode.</summary>
    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

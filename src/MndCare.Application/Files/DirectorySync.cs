using System.Runtime.InteropServices;
using System.Text;

namespace MndCare.Application.Files;

/// <summary>Flushes a directory's entries to disk, so a blob renamed into it survives a power loss (security test plan DR-02).</summary>
/// <remarks>.NET refuses to open a directory as a file, so this calls open(2) and fsync(2) in libc directly. It runs on Linux
/// only: Windows cannot flush a directory (NTFS journals the rename itself) and other Unixes are not deployment targets.</remarks>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    // O_CLOEXEC on Linux (x64 and arm64 alike), so a child process never inherits the descriptor.
    private const int CloseOnExec = 0x80000;

    /// <summary>Calls fsync on the directory; a failure is an <see cref="IOException"/> whose HResult is the errno.</summary>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var fd = Open(Encoding.UTF8.GetBytes(directory + '\0'), ReadOnly | CloseOnExec);
        if (fd < 0)
        {
            throw new IOException($"Could not open the directory '{directory}' to flush it.", Marshal.GetLastPInvokeError());
        }
        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"Could not flush the directory '{directory}' to disk.", Marshal.GetLastPInvokeError());
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}

using System.Diagnostics;

namespace Gongkai.Tests.Support;

/// <summary>Runs the built <c>gongkai</c> program as a separate process, as an operator would.</summary>
public static class GongkaiProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    private static readonly Lazy<string> Program = new(() =>
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(Tools.RepoRoot, "src", "Gongkai.Web", "bin", configuration, "net10.0", "gongkai.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"build the solution first: {path} is missing");
    });

    /// <summary>The built program, for a test that reads its output as it runs.</summary>
    public static string ProgramPath => Program.Value;

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program.Value);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("GONGKAI_POSTGRES");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    /// <summary>Starts a long-running verb (a node); the caller stops or kills it.</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo(args))!;
        // Drained so that a chatty node never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}

using System.Diagnostics;

namespace Gongkai.Tests.Support;

/// <summary>Paths of the checkers installed by scripts/test (npm packages beside the test project).</summary>
public static class Tools
{
    public static string RepoRoot { get; } = FindRoot();

    public static string NodeModules => Path.Combine(RepoRoot, "tests", "Gongkai.Tests", "node_modules");

    public static string AxeScript => Existing(Path.Combine(NodeModules, "axe-core", "axe.min.js"));

    public static string VnuJar => Existing(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    /// <summary>Runs the Nu Html Checker over files; returns its error messages (empty when all are valid).</summary>
    public static async Task<string> ValidateHtmlAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-jar", VnuJar, "--errors-only", "--format", "text" }.Concat(files))
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        var report = (await err + await output).Trim();
        return p.ExitCode == 0 ? "" : report;
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run scripts/test (it runs npm install in tests/Gongkai.Tests).");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

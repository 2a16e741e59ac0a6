using System.Globalization;
using System.Text.Json;
using Gongkai.Reports;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Reports;

/// <summary>
/// The checker on reports written for the purpose (Reports/Samples): a county's full web page, a Word-exported
/// page, text copied from a browser, the trial format, narrative reports, and two years of one body; each with
/// the breaks listed in expected.json and nothing else.
/// </summary>
public sealed class ReportCheckTests
{
    private static readonly string Folder = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "Samples");

    private sealed record Expected(string File, string Body, int Year, string Layout, List<ExpectedFinding> Findings, Dictionary<string, decimal> Figures, string? Previous);

    private sealed record ExpectedFinding(string Rule, string Cell);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static List<Expected> All() => JsonSerializer.Deserialize<List<Expected>>(File.ReadAllText(Path.Combine(Folder, "expected.json")), Options)!;

    public static TheoryData<string> Files() => [.. All().Select(e => e.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_reads_to_its_figures_and_breaks_exactly_its_rules(string file)
    {
        var expected = All().Single(e => e.File == file);
        var parsed = ReportParser.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var d = parsed.Data;
        Assert.Empty(parsed.Notes);
        Assert.Equal(expected.Body, d.BodyName);
        Assert.Equal(expected.Year, d.Year);
        Assert.Equal(expected.Layout, d.Layout.ToString());
        foreach (var (key, value) in expected.Figures)
        {
            Assert.True(Figure(d, key) == value, $"{file} {key}: read {Figure(d, key)}, expected {value}");
        }

        var previous = expected.Previous is null ? null : ReportParser.Parse(File.ReadAllText(Path.Combine(Folder, expected.Previous))).Data;
        var found = ReportRules.Check(d, previous);
        Assert.True(
            expected.Findings.Select(f => f.Rule).Order().SequenceEqual(found.Select(f => f.Rule).Order()),
            $"{file}: expected rules [{string.Join(",", expected.Findings.Select(f => f.Rule))}], found:\n" + string.Join("\n", found.Select(f => $"[{f.Rule}] {f.Cell}：{f.Message}")));
    }

    private static decimal? Figure(ReportData d, string key)
    {
        var parts = key.Split('.');
        if (parts[0] == "narrative")
        {
            return d.Narrative.TryGetValue(string.Join('.', parts[1..]), out var n) ? n : null;
        }

        var column = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        var row = string.Join('.', parts[1..^1]);
        var table = parts[0] == "table3" ? d.Applications : d.Cases;
        return table.TryGetValue(row, out var values) ? values[column] : null;
    }

    [Fact]
    public async Task The_command_checks_a_whole_folder_of_reports_and_reports_every_break_in_Chinese_and_JSON()
    {
        var files = All().Select(e => Path.Combine(Folder, e.File)).ToArray();
        var text = await GongkaiProcess.RunAsync(["report", "check", .. files]);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("岚溪县财政局 2022 年度，2021年版格式", text.Out, StringComparison.Ordinal);
        Assert.Contains("规则4：表四每一部分", text.Out, StringComparison.Ordinal);
        Assert.Contains("规则5：本年“二、上年结转”等于上一年度", text.Out, StringComparison.Ordinal);
        Assert.Contains($"共核对 {files.Length} 份年报", text.Out, StringComparison.Ordinal);

        var json = await GongkaiProcess.RunAsync(["report", "check", "--json", .. files]);
        var results = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(files.Length, results.GetArrayLength());
        var total = results.EnumerateArray().Sum(r => r.GetProperty("findings").GetArrayLength());
        Assert.Equal(All().Sum(e => e.Findings.Count), total);

        var ok = await GongkaiProcess.RunAsync("report", "check", Path.Combine(Folder, "2021-ok-county.html"));
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("未发现不一致", ok.Out, StringComparison.Ordinal);
        var missing = await GongkaiProcess.RunAsync("report", "check", Path.Combine(Folder, "no-such-report.html"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("找不到文件", missing.Error, StringComparison.Ordinal);
    }
}

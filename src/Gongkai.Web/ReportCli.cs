using System.CommandLine;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Reports;

namespace Gongkai.Web;

/// <summary>`gongkai report …`: check any published annual report, and compute a body's report from the records.</summary>
public static partial class Cli
{
    private static Command ReportCommand()
    {
        var report = new Command("report", "政府信息公开工作年度报告：核对已发布的年报，或由记录生成年报数据");

        var files = new Argument<string[]>("FILE") { Description = "年报文件（网页另存的 HTML 或纯文本），可以给出多个，如一个地市所有区县的年报", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出读出的数据和发现的问题" };
        var check = new Command("check", "读取年报（三种格式均可），抽取数据并按勾稽规则核对，列出每一处不一致") { files, json };
        check.SetAction((r, ct) => CheckReportsAsync(r.GetValue(files)!, r.GetValue(json), ct));
        report.Subcommands.Add(check);

        var body = new Option<string?>("--body") { Description = "单位代码；不给则为全县" };
        var year = new Option<int>("--year") { Description = "报告年度", Required = true };
        var format = new Option<string>("--format") { Description = "html 或 json", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out") { Description = "输出文件，默认写到标准输出" };
        var generate = new Command("generate", "由平台记录计算某单位（或全县）某年度的年报数据，并按勾稽规则核对") { body, year, format, output };
        generate.SetAction((r, ct) => GenerateReportAsync(r, r.GetValue(body), r.GetValue(year), r.GetValue(format)!, r.GetValue(output), ct));
        report.Subcommands.Add(generate);

        var file = new Argument<string>("FILE") { Description = "此前发布的年报文件（网页另存的 HTML、纯文本或 Word DOCX）" };
        var importBody = new Option<string>("--body") { Description = "单位代码", Required = true };
        var importYear = new Option<int?>("--year") { Description = "报告年度；不给则取自年报标题" };
        var replace = new Option<bool>("--replace") { Description = "该年度已导入过时，确认以本文件替换" };
        var import = new Command("import", "导入单位此前发布的年报：读出其中的统计数字，作为该单位该年度的年报（标明为导入）保存，原文件存档") { file, importBody, importYear, replace };
        import.SetAction((r, ct) => ImportReportAsync(r, r.GetValue(file)!, r.GetValue(importBody)!, r.GetValue(importYear), r.GetValue(replace), ct));
        report.Subcommands.Add(import);
        return report;
    }

    private static Task<int> ImportReportAsync(ParseResult r, string path, string bodyCode, int? year, bool replace, CancellationToken ct) => Guarded(async () =>
    {
        if (!File.Exists(path))
        {
            throw new SettingsException($"找不到文件 {path}");
        }

        await using var scope = await ScopeAsync(Options(r), "gongkai report", ct);
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var bodyId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.Bodies.Where(b => b.Code == bodyCode).Select(b => (int?)b.Id), ct)
            ?? throw new SettingsException($"没有代码为 {bodyCode} 的单位。");
        ReportImport.Result result;
        try
        {
            result = await new ReportImport(db).ImportAsync(bodyId, await File.ReadAllBytesAsync(path, ct), Path.GetFileName(path), year, replace, ct);
        }
        catch (ReportUnreadableException e)
        {
            if (e.Parsed is { } read)
            {
                PrintRead(path, read);
            }

            await Console.Error.WriteLineAsync($"gongkai: {e.Message}");
            return 3;
        }
        catch (ReportInputException e)
        {
            throw new SettingsException(e.Message);
        }

        PrintRead(path, result.Parsed);
        var d = result.Parsed.Data;
        Console.WriteLine($"已{(result.Replaced ? "替换" : "导入")}为{d.BodyName}{d.Year}年度年报（编号 {result.Report.Id}，标明为导入），原文件已存档。");
        return 0;
    });

    /// <summary>What was read of one report and what could not be, as `report check` prints it.</summary>
    private static void PrintRead(string file, ReportParser.Parsed parsed)
    {
        var d = parsed.Data;
        Console.WriteLine($"{file}：{(d.BodyName.Length > 0 ? d.BodyName : "（未识别单位）")} {(d.Year > 0 ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "（未识别）")} 年度，{ReportData.LayoutLabel(d.Layout)}");
        var figures = parsed.Figures;
        Console.WriteLine(d.Layout == ReportLayout.Narrative
            ? $"  读出 {d.Narrative.Count} 项统计数字：" + string.Join("，", d.NarrativeOrder().Select(k => $"{ReportData.NarrativeLabel(k)} {d.Narrative[k]:0.##}"))
            : $"  读出表二 {figures.Keys.Count(k => k.StartsWith("二:", StringComparison.Ordinal))} 格、表三 {figures.Keys.Count(k => k.StartsWith("三:", StringComparison.Ordinal))} 格（其中空白 {parsed.Blank.Count(k => !k.StartsWith("二:", StringComparison.Ordinal))} 格）、表四 {figures.Keys.Count(k => k.StartsWith("四:", StringComparison.Ordinal))} 格");
        if (parsed.Stated.Count > 0)
        {
            Console.WriteLine("  正文中的数字：" + string.Join("，", parsed.Stated.Select(s => $"{StatedLabel(d.Layout, s.Key)} {s.Value:0.##}")));
        }

        foreach (var note in parsed.Notes)
        {
            Console.WriteLine($"  注意：{note}");
        }

        if (parsed.Missing.Count > 0)
        {
            Console.WriteLine($"  年报不完整，缺少：{string.Join("；", parsed.Missing)}。");
        }

        var unread = ReportRules.Check(parsed, null).Where(f => f.Rule == "missing").Select(f => f.Cell).ToList();
        if (unread.Count > 0)
        {
            Console.WriteLine($"  未能读出 {unread.Count} 处：{string.Join("、", unread.Take(4))}{(unread.Count > 4 ? "等" : "")}。");
        }
    }

    private static Task<int> CheckReportsAsync(string[] paths, bool json, CancellationToken ct) => Guarded(async () =>
    {
        var results = new List<(string File, ReportParser.Parsed Parsed)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new SettingsException($"找不到文件 {path}");
            }

            results.Add((path, ReportParser.Parse(await File.ReadAllTextAsync(path, ct))));
        }

        var output = new List<object>();
        var broken = 0;
        var clean = 0;
        var incomplete = 0;
        foreach (var (file, parsed) in results)
        {
            var d = parsed.Data;
            // Rule 5 needs the same body's report of the year before: use it when it is among the files.
            var previous = results.Select(x => x.Parsed.Data).FirstOrDefault(p => p.BodyName == d.BodyName && p.BodyName.Length > 0 && p.Year == d.Year - 1 && p.Layout != ReportLayout.Narrative);
            var all = ReportRules.Check(parsed, previous);
            // A cell the text does not give is something not read, not an inconsistency of the report.
            var findings = all.Where(f => f.Rule != "missing").ToList();
            var unread = all.Where(f => f.Rule == "missing").Select(f => f.Cell).ToList();
            var whole = parsed.Missing.Count == 0;
            broken += findings.Count;
            clean += findings.Count == 0 && whole ? 1 : 0;
            incomplete += whole ? 0 : 1;
            if (json)
            {
                output.Add(new
                {
                    file,
                    body = d.BodyName,
                    d.Year,
                    layout = d.Layout.ToString(),
                    complete = whole,
                    missing = parsed.Missing,
                    notes = parsed.Notes,
                    unread,
                    findings = findings.Select(f => new { f.Rule, ruleText = ReportRules.RuleText(f.Rule), f.Cell, f.Message }),
                    stated = parsed.Stated,
                    data = d,
                });
                continue;
            }

            PrintRead(file, parsed);
            if (findings.Count == 0)
            {
                Console.WriteLine(whole ? "  未发现不一致。" : "  已读出的部分未发现不一致；因年报不完整，不能判定为一致。");
            }
            else
            {
                Console.WriteLine($"  发现 {findings.Count} 处不一致：");
                foreach (var f in findings)
                {
                    Console.WriteLine($"  - [{ReportRules.RuleText(f.Rule)}] {f.Cell}：{f.Message}");
                }
            }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(output, ReportService.Json));
        }
        else if (results.Count > 1)
        {
            Console.WriteLine($"共核对 {results.Count} 份年报，{clean} 份未发现问题，{incomplete} 份不完整，共 {broken} 处不一致。");
        }

        // 0 consistent, 1 an inconsistency, 3 incomplete or unreadable (never a pass for a text that is not a whole report).
        return broken > 0 ? 1 : incomplete > 0 ? 3 : 0;
    });

    private static string StatedLabel(ReportLayout layout, string key)
    {
        var parts = key.Split(':');
        return parts.Length == 3 && parts[0] == "三" ? ReportData.CellName(layout, parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture))
            : key == "四:review:4" ? "表四“行政复议”的“总计”" : ReportData.NarrativeLabel(key);
    }

    private static Task<int> GenerateReportAsync(ParseResult r, string? body, int year, string format, string? output, CancellationToken ct) => Guarded(async () =>
    {
        if (format is not ("json" or "html"))
        {
            throw new SettingsException("--format 只能是 json 或 html。");
        }

        if (year is < 2008 or > 2100)
        {
            throw new SettingsException("--year 应为 2008 至 2100 之间的年份。");
        }

        await using var scope = await ScopeAsync(Options(r), "gongkai report", ct);
        var calculator = new ReportCalculator(scope.ServiceProvider.GetRequiredService<GongkaiDb>());
        ReportData data;
        try
        {
            data = await calculator.ComputeAsync(body, year, ct);
        }
        catch (ReportInputException e)
        {
            throw new SettingsException(e.Message);
        }

        var text = format == "html" ? ReportHtml.Render(data, new ReportTexts()) : JsonSerializer.Serialize(data, ReportService.Json);
        if (output is null)
        {
            Console.WriteLine(text);
        }
        else
        {
            await File.WriteAllTextAsync(output, text, ct);
        }

        var findings = ReportRules.Check(data);
        foreach (var f in findings)
        {
            await Console.Error.WriteLineAsync($"[{ReportRules.RuleText(f.Rule)}] {f.Cell}：{f.Message}");
        }

        return 0;
    });
}

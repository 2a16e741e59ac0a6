using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>A report that cannot be approved: every broken rule, with the cells and the records behind them.</summary>
public sealed class ReportBlockedException(IReadOnlyList<Finding> findings) : Exception("年报未通过勾稽核对")
{
    public IReadOnlyList<Finding> Findings => findings;
}

/// <summary>The annual report's life: drafted from last year's text, figures entered, checked, approved, published.</summary>
public sealed class ReportService(GongkaiDb db)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public DateOnly Today() => db.Today();

    /// <summary>The body's report for the year, created if needed with the narrative texts of the year before.</summary>
    public async Task<AnnualReport> OpenAsync(int bodyId, int year, bool countyWide, CancellationToken ct = default)
    {
        if (year < 2008 || year >= Today().Year + 1)
        {
            throw new ReportInputException($"年度应在 2008 年至 {Today().Year} 年之间。");
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);
        if (countyWide && body.ParentId is not null)
        {
            throw new ReportInputException("全县年报由县人民政府编制。");
        }

        var existing = await db.AnnualReports.SingleOrDefaultAsync(r => r.BodyId == bodyId && r.Year == year && r.CountyWide == countyWide, ct);
        if (existing is not null)
        {
            return existing;
        }

        var last = await db.AnnualReports.AsNoTracking().Where(r => r.BodyId == bodyId && r.CountyWide == countyWide && r.Year < year).OrderByDescending(r => r.Year).FirstOrDefaultAsync(ct);
        var report = new AnnualReport
        {
            BodyId = bodyId,
            CountyWide = countyWide,
            Year = year,
            Layout = ReportData.LayoutFor(year),
            State = ReportState.Draft,
            Overview = last?.Overview,
            Problems = last?.Problems,
            Other = last?.Other ?? "无。",
            Contact = last?.Contact ?? Contact(body),
            CreatedAt = db.Time.GetUtcNow(),
        };
        db.AnnualReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone opened the same report at the same moment.
            db.ChangeTracker.Clear();
            return await db.AnnualReports.SingleAsync(r => r.BodyId == bodyId && r.Year == year && r.CountyWide == countyWide, ct);
        }

        return report;
    }

    /// <summary>The report of the year before, whose texts a draft starts from; null when there is none.</summary>
    public Task<AnnualReport?> LastYearAsync(AnnualReport report, CancellationToken ct = default) =>
        db.AnnualReports.AsNoTracking().Where(r => r.BodyId == report.BodyId && r.CountyWide == report.CountyWide && r.Year < report.Year).OrderByDescending(r => r.Year).FirstOrDefaultAsync(ct);

    private static string Contact(Bodies.Body b) =>
        $"本年度报告的电子文本可在本平台“政府信息公开年报”栏目下载。如对本年报有疑问，请与{b.OfficeName ?? b.Name}联系（地址：{b.Address ?? "—"}，联系电话：{b.Telephone ?? "—"}，邮编：{b.Postcode ?? "—"}）。";

    /// <summary>The figures: live from the records while a draft, as frozen at approval afterwards.</summary>
    public async Task<ReportData> DataAsync(AnnualReport report, CancellationToken ct = default)
    {
        if (report.State != ReportState.Draft && report.DataJson is not null)
        {
            return JsonSerializer.Deserialize<ReportData>(report.DataJson, Json)!;
        }

        var data = await new ReportCalculator(db).ComputeAsync(await ScopeAsync(report, ct), report.Year, ct);
        if (report.CountyWide)
        {
            data.BodyName = await db.Bodies.Where(b => b.Id == report.BodyId).Select(b => b.Name).SingleAsync(ct);
        }

        return data;
    }

    /// <summary>The body code the calculator takes: null for the county-wide report.</summary>
    private async Task<string?> ScopeAsync(AnnualReport report, CancellationToken ct) =>
        report.CountyWide ? null : await db.Bodies.Where(b => b.Id == report.BodyId).Select(b => b.Code).SingleAsync(ct);

    /// <summary>The consistency findings, with the applications behind each broken cell of table 三.</summary>
    public async Task<List<Finding>> CheckAsync(AnnualReport report, ReportData data, CancellationToken ct = default)
    {
        var before = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.BodyId == report.BodyId && r.CountyWide == report.CountyWide && r.Year == report.Year - 1, ct);
        ReportData? previous = before is not null ? await DataAsync(before, ct) : null;
        if (previous is null && data.Layout != ReportLayout.Narrative && ReportData.LayoutFor(report.Year - 1) != ReportLayout.Narrative)
        {
            previous = await new ReportCalculator(db).ComputeAsync(await ScopeAsync(report, ct), report.Year - 1, ct);
        }

        var findings = ReportRules.Check(data, previous);
        var calculator = new ReportCalculator(db);
        var scope = await ScopeAsync(report, ct);
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Keys.Count > 0)
            {
                findings[i] = findings[i] with { Records = await calculator.RecordsAsync(scope, report.Year, findings[i].Keys, ct) };
            }
        }

        return findings;
    }

    public async Task SaveTextsAsync(AnnualReport report, ReportTexts texts, int revision, CancellationToken ct = default)
    {
        RequireDraft(report);
        if (new[] { texts.Overview, texts.Problems, texts.Other, texts.Contact }.Any(t => t?.Length > 20000))
        {
            throw new ReportInputException("每一部分的文字不能超过 2 万字。");
        }

        db.Entry(report).Property(r => r.Revision).OriginalValue = revision;
        report.Overview = Clean(texts.Overview);
        report.Problems = Clean(texts.Problems);
        report.Other = Clean(texts.Other);
        report.Contact = Clean(texts.Contact);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores the figures staff enter for the cells of table 二 the platform does not hold; empty clears one.</summary>
    public async Task SaveFiguresAsync(AnnualReport report, IReadOnlyDictionary<string, string?> values, string? enteredBy, CancellationToken ct = default)
    {
        RequireDraft(report);
        var cells = ReportCalculator.ProactiveCells(report.Layout).Where(c => c.Enterable).ToDictionary(c => ReportFigure.KeyOf(c.Block, c.Row, c.Column));
        var problems = new List<string>();
        var parsed = new Dictionary<string, decimal?>();
        foreach (var (key, raw) in values)
        {
            if (!cells.TryGetValue(key, out var cell))
            {
                continue;
            }

            var text = (raw ?? "").Trim();
            if (text.Length == 0)
            {
                parsed[key] = null;
                continue;
            }

            var money = cell.Column.Contains("金额", StringComparison.Ordinal);
            var signed = cell.Column.Contains("增/减", StringComparison.Ordinal);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                || (!signed && v < 0) || (money ? decimal.Round(v, 4) != v : decimal.Truncate(v) != v) || Math.Abs(v) > 1_000_000_000)
            {
                problems.Add($"“{cell.Row}”的“{cell.Column}”应为{(money ? "以万元计、最多4位小数的非负数" : signed ? "整数（减少时为负数）" : "非负整数")}，“{text}”不符合。");
                continue;
            }

            parsed[key] = v;
        }

        if (problems.Count > 0)
        {
            throw new ReportInputException(string.Join(" ", problems));
        }

        var stored = await db.ReportFigures.Where(f => f.BodyId == report.BodyId && f.Year == report.Year).ToDictionaryAsync(f => f.Key, ct);
        foreach (var (key, v) in parsed)
        {
            if (stored.TryGetValue(key, out var f))
            {
                if (v is null)
                {
                    db.ReportFigures.Remove(f);
                }
                else if (f.Value != v)
                {
                    f.Value = v.Value;
                    f.EnteredBy = enteredBy;
                    f.EnteredAt = db.Time.GetUtcNow();
                }
            }
            else if (v is not null)
            {
                db.ReportFigures.Add(new ReportFigure { BodyId = report.BodyId, Year = report.Year, Key = key, Value = v.Value, EnteredBy = enteredBy, EnteredAt = db.Time.GetUtcNow() });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the narrative report's entered figures ("名称 数值 单位", one per line).</summary>
    public async Task SaveNarrativeFiguresAsync(AnnualReport report, string? text, string? enteredBy, CancellationToken ct = default)
    {
        RequireDraft(report);
        var figures = NarrativeFigure.Parse(text, out var problems);
        if (problems.Count > 0)
        {
            throw new ReportInputException(string.Join(" ", problems));
        }

        var stored = await db.ReportFigures.Where(f => f.BodyId == report.BodyId && f.Year == report.Year && f.Key.StartsWith(NarrativeFigure.Prefix)).ToListAsync(ct);
        db.ReportFigures.RemoveRange(stored.Where(f => !figures.ContainsKey(f.Key)));
        foreach (var (key, value) in figures)
        {
            if (stored.FirstOrDefault(f => f.Key == key) is { } f)
            {
                f.Value = value;
            }
            else
            {
                db.ReportFigures.Add(new ReportFigure { BodyId = report.BodyId, Year = report.Year, Key = key, Value = value, EnteredBy = enteredBy, EnteredAt = db.Time.GetUtcNow() });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Approves a draft whose figures pass every rule, freezing them; otherwise throws with the findings.</summary>
    public async Task ApproveAsync(AnnualReport report, int revision, string approvedBy, CancellationToken ct = default)
    {
        RequireDraft(report);
        var data = await DataAsync(report, ct);
        var findings = await CheckAsync(report, data, ct);
        if (findings.Count > 0)
        {
            throw new ReportBlockedException(findings);
        }

        db.Entry(report).Property(r => r.Revision).OriginalValue = revision;
        report.DataJson = JsonSerializer.Serialize(data, Json);
        report.State = ReportState.Approved;
        report.ApprovedBy = approvedBy;
        report.ApprovedAt = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends an approved report back to draft: its figures are computed from the records again.</summary>
    public async Task ReturnAsync(AnnualReport report, int revision, CancellationToken ct = default)
    {
        if (report.State != ReportState.Approved)
        {
            throw new ReportInputException("只有已审定、未发布的年报可以退回修改。");
        }

        db.Entry(report).Property(r => r.Revision).OriginalValue = revision;
        report.State = ReportState.Draft;
        report.DataJson = null;
        report.ApprovedBy = null;
        report.ApprovedAt = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Publishes an approved report: its HTML is fixed, and it becomes a published catalog item of the body
    /// (category 法律法规规定应当主动公开的其他信息), archived with the chain of every published item.
    /// </summary>
    public Task PublishAsync(AnnualReport report, int revision, CatalogService catalog, string? userId, CancellationToken ct = default) =>
        PublishAsync(report, revision, catalog, userId, null, ct);

    /// <summary>
    /// Publishes a report that the county had already published on <paramref name="publishedOn"/> before it used the
    /// platform (the demo's 2015 report, published 2016-03-24): the report, its catalog item and its archived version
    /// carry that date rather than today's.
    /// </summary>
    public Task PublishAsOfAsync(AnnualReport report, int revision, CatalogService catalog, string? userId, DateOnly publishedOn, CancellationToken ct = default)
    {
        if (publishedOn.Year <= report.Year || publishedOn > Today())
        {
            throw new ReportInputException($"{report.Year} 年年报的发布日期应在 {report.Year + 1} 年 1 月 1 日至今天之间。");
        }

        return PublishAsync(report, revision, catalog, userId, publishedOn, ct);
    }

    private async Task PublishAsync(AnnualReport report, int revision, CatalogService catalog, string? userId, DateOnly? publishedOn, CancellationToken ct)
    {
        if (report.State != ReportState.Approved)
        {
            throw new ReportInputException("年报须先审定，才能发布。");
        }

        var data = await DataAsync(report, ct);
        var html = ReportHtml.Render(data, report.Texts);
        var today = publishedOn ?? Today();
        var tracked = await db.AnnualReports.SingleAsync(r => r.Id == report.Id, ct);
        db.Entry(tracked).Property(r => r.Revision).OriginalValue = revision;

        // The catalog item is remembered as soon as it exists, so that a publication cut short resumes with it.
        var item = tracked.CatalogItemId is { } made ? await db.CatalogItems.SingleAsync(i => i.Id == made, ct) : await catalog.CreateAsync(report.BodyId, new ItemInput(
            ReportHtml.Title(data),
            $"{data.BodyName}{data.Year}年政府信息公开工作年度报告（{ReportData.LayoutLabel(data.Layout)}）。",
            null,
            today,
            null,
            "01",
            "a20-15",
            null,
            "政府信息公开 年度报告",
            Validity.Valid,
            null,
            DisclosureMode.Proactive,
            "面向全社会",
            html), userId, ct);
        if (tracked.CatalogItemId is null)
        {
            tracked.CatalogItemId = item.Id;
            await db.SaveChangesAsync(ct);
        }

        foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
        {
            if (Workflow.Find(item.State, action) is not null)
            {
                // The report is written from the records' figures: the checklist has nothing to declare, and any
                // scan hit (a mobile in the office's contact line) stops publication until it is acknowledged.
                var review = action == ReviewAction.ClearConfidentiality ? await catalog.NothingToDeclareAsync("年度报告由平台按统计数据生成", ct) : null;
                await catalog.ApplyAsync(item, action, action == ReviewAction.Approve ? "年度报告经审定后发布" : null, item.Revision, review, separateDuties: false, ct, publishedOn);
            }
        }

        tracked.Html = html;
        tracked.State = ReportState.Published;
        tracked.PublishedOn = today;
        await db.SaveChangesAsync(ct);
    }

    private static void RequireDraft(AnnualReport report)
    {
        if (report.State != ReportState.Draft)
        {
            throw new ReportInputException("年报已审定或已发布，不能再修改；如需修改，请先退回。");
        }
    }

    private static string? Clean(string? s)
    {
        var t = new string((s ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c is '\n' || !char.IsControl(c)).ToArray()).Trim();
        return t.Length == 0 ? null : t;
    }
}

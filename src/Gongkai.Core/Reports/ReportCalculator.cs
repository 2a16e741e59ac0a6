using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// One cell of table 二 in a layout, and where its figure comes from: a named query over the records, or staff entry;
/// <paramref name="OrEntered"/> when the query answers only where the county keeps those records here (行政许可), and
/// staff enter the figure elsewhere.
/// </summary>
public sealed record ProactiveCell(string Block, string Row, string Column, string? FromRecords, bool OrEntered = false)
{
    /// <summary>Whether staff may store a figure for the cell; the report shows it only where the records do not answer.</summary>
    public bool Enterable => FromRecords is null || OrEntered;
}

/// <summary>
/// Computes a report's data tree for one body (or the whole county) and year from the records, with one
/// aggregate query per table so that a county of a million items answers in well under two seconds.
/// </summary>
public sealed class ReportCalculator(GongkaiDb db)
{
    private const string Regulations = "a20-01";

    /// <summary>Table 二's cells by layout. Normative documents come from the catalog (category a20-01); the rest is entered.</summary>
    public static IReadOnlyList<ProactiveCell> ProactiveCells(ReportLayout layout) => layout switch
    {
        ReportLayout.Official2021 =>
        [
            new("第二十条第（一）项", "规章", "本年制发件数", null),
            new("第二十条第（一）项", "规章", "本年废止件数", null),
            new("第二十条第（一）项", "规章", "现行有效件数", null),
            new("第二十条第（一）项", "行政规范性文件", "本年制发件数", "issued"),
            new("第二十条第（一）项", "行政规范性文件", "本年废止件数", "repealed"),
            new("第二十条第（一）项", "行政规范性文件", "现行有效件数", "valid"),
            new("第二十条第（五）项", "行政许可", "本年处理决定数量", "licensing-decisions", true),
            new("第二十条第（六）项", "行政处罚", "本年处理决定数量", null),
            new("第二十条第（六）项", "行政强制", "本年处理决定数量", null),
            new("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", null),
        ],
        ReportLayout.Trial2019 =>
        [
            new("第二十条第（一）项", "规章", "本年新制作数量", null),
            new("第二十条第（一）项", "规章", "本年新公开数量", null),
            new("第二十条第（一）项", "规章", "对外公开总数量", null),
            new("第二十条第（一）项", "规范性文件", "本年新制作数量", "written"),
            new("第二十条第（一）项", "规范性文件", "本年新公开数量", "issued"),
            new("第二十条第（一）项", "规范性文件", "对外公开总数量", "published"),
            new("第二十条第（五）项", "行政许可", "上一年项目数量", "licensing-items-before", true),
            new("第二十条第（五）项", "行政许可", "本年增/减", "licensing-change", true),
            new("第二十条第（五）项", "行政许可", "处理决定数量", "licensing-decisions", true),
            .. new[] { ("第二十条第（五）项", "其他对外管理服务事项"), ("第二十条第（六）项", "行政处罚"), ("第二十条第（六）项", "行政强制") }
                .SelectMany(r => new[] { "上一年项目数量", "本年增/减", "处理决定数量" }.Select(c => new ProactiveCell(r.Item1, r.Item2, c, null))),
            new("第二十条第（八）项", "行政事业性收费", "上一年项目数量", null),
            new("第二十条第（八）项", "行政事业性收费", "本年增/减", null),
            new("第二十条第（九）项", "政府集中采购", "采购项目数量", null),
            new("第二十条第（九）项", "政府集中采购", "采购总金额（单位：万元）", null),
        ],
        _ => [],
    };

    /// <summary>The data of <paramref name="bodyCode"/>'s report (null: the whole county) for <paramref name="year"/>.</summary>
    public async Task<ReportData> ComputeAsync(string? bodyCode, int year, CancellationToken ct = default)
    {
        var layout = ReportData.LayoutFor(year);
        List<int>? bodyIds = null;
        string name;
        int? rootId;
        if (bodyCode is null)
        {
            var root = await db.Bodies.AsNoTracking().Where(b => b.ParentId == null).OrderBy(b => b.Id).Select(b => new { b.Id, b.Name }).FirstOrDefaultAsync(ct);
            name = root?.Name ?? "全县";
            rootId = root?.Id;
        }
        else
        {
            var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == bodyCode, ct)
                ?? throw new ReportInputException($"没有代码为“{bodyCode}”的单位。");
            bodyIds = [body.Id];
            name = body.Name;
            rootId = body.Id;
        }

        var data = new ReportData { Year = year, Layout = layout, Body = bodyCode, BodyName = name };
        var scope = rootId is { } top ? await DescendantsAsync(top, ct) : [];
        if (await Catalog.ArchiveHeads.AsOfAsync(db, new DateOnly(year, 12, 31), ct) is { } head)
        {
            data.ArchiveHead = new ReportArchiveHead(head.LastEntryId, head.Count, head.Hash);
        }

        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var apps = db.Applications.AsNoTracking().Where(a => a.ReceivedOn != null);
        var cases = db.DisclosureCases.AsNoTracking().Where(c => c.FiledOn >= from && c.FiledOn < to);
        if (bodyIds is not null)
        {
            apps = apps.Where(a => bodyIds.Contains(a.BodyId));
            cases = cases.Where(c => bodyIds.Contains(c.BodyId));
        }

        var caseRows = await cases.Select(c => new { c.Kind, c.Result, c.ConcludedOn }).ToListAsync(ct);
        // Other publication channels are counted only where the items record them: a zero would claim what nobody recorded.
        foreach (var (channel, n) in await Catalog.ItemChannelService.CountAsync(db, year, bodyIds ?? scope, ct))
        {
            data.Narrative[ReportData.ChannelKey(channel)] = n;
        }

        if (layout == ReportLayout.Narrative)
        {
            await NarrativeAsync(data, apps, bodyIds, scope, from, to, ct);
            data.Narrative["reviews.total"] = caseRows.Count(c => c.Kind == CaseKind.Review);
            data.Narrative["reviews.concluded"] = caseRows.Count(c => c.Kind == CaseKind.Review && c.Result != CaseResult.Pending && c.ConcludedOn < to);
            var suits = caseRows.Where(c => c.Kind != CaseKind.Review).ToList();
            data.Narrative["lawsuits.total"] = suits.Count;
            data.Narrative["lawsuits.upheld"] = suits.Count(c => c.Result == CaseResult.Upheld && c.ConcludedOn < to);
            data.Narrative["lawsuits.corrected"] = suits.Count(c => c.Result == CaseResult.Corrected && c.ConcludedOn < to);
            data.Narrative["lawsuits.other"] = suits.Count(c => c.Result == CaseResult.Other && c.ConcludedOn < to);
            data.Narrative["lawsuits.pending"] = suits.Count(c => c.Result == CaseResult.Pending || c.ConcludedOn >= to);
            if (bodyCode is null && rootId is { } county)
            {
                await SupervisionFigures.AddAsync(db, data, county, ct);
            }

            return data;
        }

        await ApplicationsAsync(data, apps, from, to, ct);
        foreach (var (code, _) in ReportData.CaseBlocks)
        {
            var kind = code switch { "review" => CaseKind.Review, "direct" => CaseKind.LawsuitDirect, _ => CaseKind.LawsuitAfterReview };
            var ofKind = caseRows.Where(c => c.Kind == kind).ToList();
            // A case still open on 31 December counts as 尚未审结, whatever came later.
            long Count(CaseResult r) => ofKind.Count(c => c.Result == r && c.ConcludedOn < to);
            var upheld = Count(CaseResult.Upheld);
            var corrected = Count(CaseResult.Corrected);
            var other = Count(CaseResult.Other);
            var pending = ofKind.Count - upheld - corrected - other;
            data.Cases[code] = [upheld, corrected, other, pending, ofKind.Count];
        }

        await ProactiveAsync(data, bodyIds, scope, from, to, ct);
        return data;
    }

    /// <summary>A body and every body under it: the records of "the county" are those of its body's tree.</summary>
    private async Task<List<int>> DescendantsAsync(int rootId, CancellationToken ct)
    {
        var children = (await db.Bodies.AsNoTracking().Where(b => b.ParentId != null).Select(b => new { b.Id, Parent = b.ParentId!.Value }).ToListAsync(ct)).ToLookup(b => b.Parent, b => b.Id);
        var found = new List<int> { rootId };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(children[found[i]].Where(c => !found.Contains(c)));
        }

        return found;
    }

    /// <summary>The 行政审批 paragraph of a county's narrative report, from its service items, centres and cases (docs/decisions/0009).</summary>
    private async Task<bool> ServicesAsync(ReportData data, List<int> scope, DateOnly yearEnd, CancellationToken ct)
    {
        if (data.Body is not null || await ServiceItems.ServiceFigures.CountAsync(db, scope, yearEnd, ct) is not { } f)
        {
            return false;
        }

        data.Narrative["services.cancelled"] = f.Cancelled;
        data.Narrative["services.undertaken"] = f.Undertaken;
        data.Narrative["services.retained"] = f.Retained;
        data.Narrative["services.departments"] = f.Departments;
        data.Narrative["services.on-site"] = f.OnSite;
        data.Narrative["services.not-on-site"] = f.NotOnSite;
        data.Narrative["services.township-centres"] = f.TownshipCentres;
        data.Narrative["services.township-items"] = f.TownshipItems;
        data.Narrative["services.village-centres"] = f.VillageCentres;
        data.Narrative["services.village-items"] = f.VillageItems;
        data.Narrative["services.cases"] = f.Cases;
        if (f.OnTimePercent is { } onTime)
        {
            data.Narrative["services.on-time"] = onTime;
        }

        if (f.SatisfactionPercent is { } satisfaction)
        {
            data.Narrative["services.satisfaction"] = satisfaction;
        }

        return true;
    }

    private static async Task ApplicationsAsync(ReportData data, IQueryable<Application> apps, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = ReportData.ApplicationRows(data.Layout).Select(r => r.Code).ToList();
        foreach (var r in rows)
        {
            data.Applications[r] = new long?[7];
            Array.Fill(data.Applications[r], 0);
        }

        void Add(string row, ApplicantType type, long n)
        {
            var values = data.Applications[row];
            values[(int)type] += n;
            values[6] += n;
        }

        foreach (var g in await Received(apps, from, to).GroupBy(a => a.ApplicantType).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct))
        {
            Add("received", g.Key, g.N);
        }

        foreach (var g in await OpenOn(apps, from).GroupBy(a => a.ApplicantType).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct))
        {
            Add("carried-over", g.Key, g.N);
        }

        foreach (var g in await OpenOn(apps, to).GroupBy(a => a.ApplicantType).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct))
        {
            Add("carried-forward", g.Key, g.N);
        }

        var decided = await Decided(apps, from, to)
            .GroupBy(a => new { a.ReportRow, a.ApplicantType })
            .Select(g => new { g.Key.ReportRow, g.Key.ApplicantType, N = g.LongCount() })
            .ToListAsync(ct);
        foreach (var g in decided)
        {
            // The trial format has （六） as one row.
            var row = data.Layout == ReportLayout.Trial2019 && g.ReportRow is { } r && r.StartsWith('6') ? "6" : g.ReportRow ?? "6.3";
            Add(rows.Contains(row) ? row : "6.3", g.ApplicantType, g.N);
            Add("total", g.ApplicantType, g.N);
        }
    }

    /// <summary>一、本年新收: the date of receipt falls in the year.</summary>
    private static IQueryable<Application> Received(IQueryable<Application> apps, DateOnly from, DateOnly to) =>
        apps.Where(a => a.ReceivedOn >= from && a.ReceivedOn < to);

    /// <summary>Received before <paramref name="day"/> and not decided by then: carried over into a year starting that day, or forward out of a year ending before it.</summary>
    private static IQueryable<Application> OpenOn(IQueryable<Application> apps, DateOnly day) =>
        apps.Where(a => a.ReceivedOn < day && (a.DecidedOn == null || a.DecidedOn >= day));

    /// <summary>三、本年度办理结果: decided in the year, whenever received.</summary>
    private static IQueryable<Application> Decided(IQueryable<Application> apps, DateOnly from, DateOnly to) =>
        apps.Where(a => a.DecidedOn >= from && a.DecidedOn < to);

    private async Task NarrativeAsync(ReportData data, IQueryable<Application> apps, List<int>? bodyIds, List<int> scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var items = db.CatalogItems.AsNoTracking().Where(i => i.FirstPublishedOn >= from && i.FirstPublishedOn < to);
        if (bodyIds is not null)
        {
            items = items.Where(i => bodyIds.Contains(i.BodyId));
        }

        var byLevel = await items.GroupBy(i => i.Body!.Level).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct);
        data.Narrative["items.total"] = byLevel.Sum(g => g.N);
        data.Narrative["items.county"] = byLevel.Where(g => g.Key == BodyLevel.County).Sum(g => g.N);
        data.Narrative["items.township"] = byLevel.Where(g => g.Key == BodyLevel.Township).Sum(g => g.N);
        var byArea = await items.Where(i => i.KeyArea != null).GroupBy(i => i.KeyArea!).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct);
        foreach (var top in Taxonomy.KeyAreas.Where(t => t.Parent is null))
        {
            var subs = Taxonomy.KeyAreas.Where(t => t.Parent == top.Code).ToList();
            var total = byArea.Where(g => g.Key == top.Code || subs.Any(s => s.Code == g.Key)).Sum(g => g.N);
            if (total == 0)
            {
                continue;
            }

            data.Narrative[ReportData.AreaKey(top.Code)] = total;
            foreach (var sub in subs)
            {
                if (byArea.Where(g => g.Key == sub.Code).Sum(g => g.N) is > 0 and var n)
                {
                    data.Narrative[ReportData.AreaKey(sub.Code)] = n;
                }
            }
        }

        foreach (var line in await Breakdown.LoadAsync(db, ct))
        {
            var area = line.Area;
            var prefix = area + "-";
            data.Narrative[ReportData.LineKey(line.Label)] = await items.LongCountAsync(i => (i.KeyArea == area || i.KeyArea!.StartsWith(prefix)) && i.Title.Contains(line.Marker), ct);
        }

        // Figures the platform does not hold, entered as lines; the 行政审批 ones give way to the records once it holds them.
        var computed = await ServicesAsync(data, scope, to.AddDays(-1), ct);
        var figures = db.ReportFigures.AsNoTracking().Where(f => f.Year == data.Year && f.Key.StartsWith(NarrativeFigure.Prefix));
        if (bodyIds is not null)
        {
            figures = figures.Where(f => bodyIds.Contains(f.BodyId));
        }

        foreach (var g in (await figures.Select(f => new { f.Key, f.Value, f.Id }).ToListAsync(ct)).GroupBy(f => f.Key).OrderBy(g => g.Min(f => f.Id)))
        {
            var (label, unit) = NarrativeFigure.Split(g.Key);
            if (computed && (ReportData.ServiceEntryLabels.Contains(label) || ReportData.NarrativeKeys.Any(k => k.Key.StartsWith("services.", StringComparison.Ordinal) && k.Label.StartsWith(label + "（", StringComparison.Ordinal))))
            {
                continue;
            }

            data.Proactive.Add(new ProactiveFigure("填报", label, unit, g.Sum(f => f.Value) / 1.0000000000000000000000000000m, true));
        }

        var received = Received(apps, from, to);
        var channels = await received.GroupBy(a => a.Channel).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(ct);
        long C(params Channel[] cs) => channels.Where(g => cs.Contains(g.Key)).Sum(g => g.N);
        data.Narrative["applications.received"] = channels.Sum(g => g.N);
        data.Narrative["applications.online"] = C(Channel.Online);
        data.Narrative["applications.letter"] = C(Channel.SignedPost, Channel.OrdinaryPost);
        data.Narrative["applications.in-person"] = C(Channel.InPerson);
        data.Narrative["applications.fax"] = C(Channel.Fax);
        data.Narrative["applications.email"] = C(Channel.Email);

        // The older reports count the year's applications by how they ended: answered, refused, or still open.
        var ends = await received.GroupBy(a => new { Decided = a.DecidedOn != null && a.DecidedOn < to, Refused = a.ReportRow != null && EF.Functions.Like(a.ReportRow, "3.%") })
            .Select(g => new { g.Key.Decided, g.Key.Refused, N = g.LongCount() }).ToListAsync(ct);
        data.Narrative["applications.answered"] = ends.Where(e => e.Decided && !e.Refused).Sum(e => e.N);
        data.Narrative["applications.refused"] = ends.Where(e => e.Decided && e.Refused).Sum(e => e.N);
        data.Narrative["applications.pending"] = ends.Where(e => !e.Decided).Sum(e => e.N);
        data.Narrative["fees.amount"] = await apps.Where(a => a.FeePaidOn >= from && a.FeePaidOn < to).SumAsync(a => a.FeeAmount, ct);
    }

    private async Task ProactiveAsync(ReportData data, List<int>? bodyIds, List<int> scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // 行政许可 comes from the finished cases where the county keeps its 行政许可 items or cases here (docs/decisions/0009).
        var yearEnd = to.AddDays(-1);
        var decisions = await ServiceItems.ServiceFigures.LicensingDecisionsAsync(db, scope, from, yearEnd, ct);
        var regs = db.CatalogItems.AsNoTracking().Where(i => i.StatutoryCategory == Regulations && i.FirstPublishedOn != null);
        var figures = db.ReportFigures.AsNoTracking().Where(f => f.Year == data.Year);
        if (bodyIds is not null)
        {
            regs = regs.Where(i => bodyIds.Contains(i.BodyId));
            figures = figures.Where(f => bodyIds.Contains(f.BodyId));
        }

        var entered = await figures.GroupBy(f => f.Key).Select(g => new { g.Key, Sum = g.Sum(f => f.Value) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        foreach (var cell in ProactiveCells(data.Layout))
        {
            if (cell.OrEntered && decisions is { } made)
            {
                decimal licensing = cell.FromRecords switch
                {
                    "licensing-items-before" => await ServiceItems.ServiceFigures.LicensingItemsAsync(db, scope, from.AddDays(-1), ct),
                    "licensing-change" => await ServiceItems.ServiceFigures.LicensingItemsAsync(db, scope, yearEnd, ct) - await ServiceItems.ServiceFigures.LicensingItemsAsync(db, scope, from.AddDays(-1), ct),
                    _ => made,
                };
                data.Proactive.Add(new ProactiveFigure(cell.Block, cell.Row, cell.Column, licensing));
                continue;
            }

            decimal? value = cell.FromRecords switch
            {
                "issued" => await regs.CountAsync(i => i.FirstPublishedOn >= from && i.FirstPublishedOn < to, ct),
                "written" => await regs.CountAsync(i => i.WrittenOn >= from && i.WrittenOn < to, ct),
                "published" => await regs.CountAsync(i => i.FirstPublishedOn < to, ct),
                "repealed" => await regs.CountAsync(i => i.Validity == Validity.Repealed && i.ValidityChangedOn >= from && i.ValidityChangedOn < to, ct),
                "valid" => await regs.CountAsync(i => i.FirstPublishedOn < to && (i.Validity == Validity.Valid || i.ValidityChangedOn >= to), ct),
                // PostgreSQL returns the column's scale (3.5000); the report shows the value as entered.
                _ => entered.TryGetValue(ReportFigure.KeyOf(cell.Block, cell.Row, cell.Column), out var v) ? v / 1.0000000000000000000000000000m : null,
            };
            data.Proactive.Add(new ProactiveFigure(cell.Block, cell.Row, cell.Column, value, cell.Enterable));
        }
    }

    /// <summary>The applications behind the cells of table 三 named by <paramref name="keys"/> ("三:row:column"), at most 50.</summary>
    public async Task<List<string>> RecordsAsync(string? bodyCode, int year, IEnumerable<string> keys, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var apps = db.Applications.AsNoTracking().Where(a => a.ReceivedOn != null);
        if (bodyCode is not null)
        {
            apps = apps.Where(a => a.Body!.Code == bodyCode);
        }

        var found = new List<string>();
        foreach (var key in keys.Where(k => k.StartsWith("三:", StringComparison.Ordinal)))
        {
            var parts = key.Split(':');
            var row = parts[1];
            var column = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            var q = row switch
            {
                "received" => Received(apps, from, to),
                "carried-over" => OpenOn(apps, from),
                "carried-forward" => OpenOn(apps, to),
                "total" => Decided(apps, from, to),
                "6" => Decided(apps, from, to).Where(a => EF.Functions.Like(a.ReportRow!, "6.%")),
                _ => Decided(apps, from, to).Where(a => a.ReportRow == row),
            };
            if (column < 6)
            {
                var type = (ApplicantType)column;
                q = q.Where(a => a.ApplicantType == type);
            }

            found.AddRange(await q.OrderBy(a => a.Id).Select(a => a.TrackingNumber).Take(50).ToListAsync(ct));
        }

        return found.Distinct().Take(50).ToList();
    }
}

public sealed class ReportInputException(string message) : Exception(message);

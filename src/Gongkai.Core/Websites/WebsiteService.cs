using System.Text.RegularExpressions;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Websites;

/// <summary>A refused change, with the message shown to the user.</summary>
public sealed class WebsiteException(string message) : Exception(message);

/// <summary>What the register form gives.</summary>
public sealed record WebsiteInput(string Code, int BodyId, string Name, string Address, WebsiteKind Kind, bool Active);

/// <summary>A census count for a county and year: 关闭 and 整改优化 as the seed reports them, and 保留.</summary>
public sealed record CensusCounts(int Sites, int Keep, int Rectify, int Close);

/// <summary>A body's open findings: all, and those failing a veto item.</summary>
public sealed record OpenFindings(int Open, int Veto);

/// <summary>The register of sites, their columns, census results, findings by hand and rectification notes.</summary>
public sealed partial class WebsiteService(GongkaiDb db)
{
    public const string Stale = "该记录已被他人修改，请刷新后重试。";

    /// <summary>The ids of a county's bodies: the root body and all below it.</summary>
    public async Task<HashSet<int>> CountyBodyIdsAsync(int countyRootId, CancellationToken ct = default) =>
        (await Supervision.Counties.RootOfAsync(db, ct)).Where(r => r.Value == countyRootId).Select(r => r.Key).ToHashSet();

    /// <summary>The county root above a body (the body whose ParentId is null).</summary>
    public Task<int?> CountyRootOfAsync(int bodyId, CancellationToken ct = default) => Supervision.Counties.CountyOfAsync(db, bodyId, ct);

    /// <summary>The census of a county for a year: how many sites were kept, rectified (整改优化) and closed (关闭).</summary>
    public async Task<CensusCounts> CensusCountsAsync(int countyRootId, int year, CancellationToken ct = default)
    {
        var bodies = await CountyBodyIdsAsync(countyRootId, ct);
        var results = await db.WebsiteCensuses.AsNoTracking().Where(c => c.Year == year)
            .Join(db.Websites.AsNoTracking(), c => c.WebsiteId, w => w.Id, (c, w) => new { c.Result, w.BodyId })
            .ToListAsync(ct);
        var mine = results.Where(r => bodies.Contains(r.BodyId)).ToList();
        return new CensusCounts(mine.Count, mine.Count(r => r.Result == CensusResult.Keep), mine.Count(r => r.Result == CensusResult.Rectify), mine.Count(r => r.Result == CensusResult.Close));
    }

    /// <summary>Open findings per body of a county (bodies without any are absent).</summary>
    public async Task<Dictionary<int, OpenFindings>> OpenFindingsByBodyAsync(int countyRootId, CancellationToken ct = default)
    {
        var bodies = await CountyBodyIdsAsync(countyRootId, ct);
        var rows = await db.WebsiteFindings.AsNoTracking().Where(f => f.State == FindingState.Open)
            .GroupBy(f => f.BodyId)
            .Select(g => new { g.Key, Open = g.Count(), Veto = g.Count(f => f.Veto) })
            .ToListAsync(ct);
        return rows.Where(r => bodies.Contains(r.Key)).ToDictionary(r => r.Key, r => new OpenFindings(r.Open, r.Veto));
    }

    public async Task<Website> RegisterAsync(WebsiteInput input, CancellationToken ct = default)
    {
        await ValidateAsync(input, null, ct);
        var site = new Website { Code = input.Code.Trim(), BodyId = input.BodyId, Name = input.Name.Trim(), Address = input.Address.Trim(), Kind = input.Kind, Active = input.Active };
        db.Websites.Add(site);
        await db.SaveChangesAsync(ct);
        return site;
    }

    public async Task<Website> UpdateAsync(int id, WebsiteInput input, int revision, CancellationToken ct = default)
    {
        var site = await db.Websites.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new WebsiteException("没有这个网站。");
        if (site.Revision != revision)
        {
            throw new WebsiteException(Stale);
        }

        await ValidateAsync(input, id, ct);
        site.Code = input.Code.Trim();
        site.BodyId = input.BodyId;
        site.Name = input.Name.Trim();
        site.Address = input.Address.Trim();
        site.Kind = input.Kind;
        site.Active = input.Active;
        await db.SaveChangesAsync(ct);
        return site;
    }

    private async Task ValidateAsync(WebsiteInput input, int? id, CancellationToken ct)
    {
        var code = input.Code?.Trim() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            throw new WebsiteException("网站代码应为2至40个小写字母、数字或连字符，例如 wuxi-portal。");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            throw new WebsiteException("请填写网站名称（不超过200字）。");
        }

        CheckUrl(input.Address, "网站首页地址");
        if (!await db.Bodies.AnyAsync(b => b.Id == input.BodyId, ct))
        {
            throw new WebsiteException("请选择主办单位。");
        }

        if (await db.Websites.AnyAsync(w => w.Code == code && w.Id != id, ct))
        {
            throw new WebsiteException($"网站代码“{code}”已被使用。");
        }
    }

    private static void CheckUrl(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > 500 || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new WebsiteException($"{what}应为以 http:// 或 https:// 开头的完整网址（不超过500字符）。");
        }
    }

    public async Task<WebsiteColumn> AddColumnAsync(int siteId, string name, string url, ColumnKind kind, CancellationToken ct = default)
    {
        if (!await db.Websites.AnyAsync(w => w.Id == siteId, ct))
        {
            throw new WebsiteException("没有这个网站。");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new WebsiteException("请填写栏目名称（不超过100字）。");
        }

        CheckUrl(url, "栏目地址");
        if (!Enum.IsDefined(kind))
        {
            throw new WebsiteException("请选择栏目类型。");
        }

        var column = new WebsiteColumn { WebsiteId = siteId, Name = name.Trim(), Url = url.Trim(), Kind = kind };
        db.WebsiteColumns.Add(column);
        await db.SaveChangesAsync(ct);
        return column;
    }

    public async Task RemoveColumnAsync(int siteId, int columnId, CancellationToken ct = default)
    {
        var column = await db.WebsiteColumns.SingleOrDefaultAsync(c => c.Id == columnId && c.WebsiteId == siteId, ct) ?? throw new WebsiteException("没有这个栏目。");
        db.WebsiteColumns.Remove(column);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records (or corrects) the census result of a site for a year.</summary>
    public async Task<WebsiteCensus> RecordCensusAsync(int siteId, int year, CensusResult result, DateOnly decidedOn, DateOnly? doneOn, string? note, CancellationToken ct = default)
    {
        if (!await db.Websites.AnyAsync(w => w.Id == siteId, ct))
        {
            throw new WebsiteException("没有这个网站。");
        }

        if (year is < 2000 or > 2100 || !Enum.IsDefined(result))
        {
            throw new WebsiteException("请填写普查年度（2000—2100）并选择普查结果。");
        }

        if (decidedOn.Year < year || decidedOn.Year > year + 1)
        {
            throw new WebsiteException("认定日期应在普查年度内（或次年）。");
        }

        if (doneOn is { } done && done < decidedOn)
        {
            throw new WebsiteException("整改完成或关闭日期不能早于认定日期。");
        }

        if (note?.Length > 1000)
        {
            throw new WebsiteException("说明不超过1000字。");
        }

        var census = await db.WebsiteCensuses.SingleOrDefaultAsync(c => c.WebsiteId == siteId && c.Year == year, ct);
        if (census is null)
        {
            census = new WebsiteCensus { WebsiteId = siteId, Year = year };
            db.WebsiteCensuses.Add(census);
        }

        census.Result = result;
        census.DecidedOn = decidedOn;
        census.DoneOn = doneOn;
        census.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (result == CensusResult.Close && doneOn is not null)
        {
            (await db.Websites.SingleAsync(w => w.Id == siteId, ct)).Active = false;
        }

        await db.SaveChangesAsync(ct);
        return census;
    }

    /// <summary>严重错误 or 安全泄密 found by an inspector: a veto item, with its evidence.</summary>
    public async Task<WebsiteFinding> AddManualFindingAsync(int siteId, FindingKind kind, string summary, string? evidenceUrl, string? detail, string enteredBy, CancellationToken ct = default)
    {
        var site = await db.Websites.AsNoTracking().SingleOrDefaultAsync(w => w.Id == siteId, ct) ?? throw new WebsiteException("没有这个网站。");
        if (kind is not (FindingKind.SeriousError or FindingKind.SecurityLeak))
        {
            throw new WebsiteException("人工登记的问题只能是“严重错误”或“安全泄密”。");
        }

        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 500)
        {
            throw new WebsiteException("请填写问题概述（不超过500字）。");
        }

        if (string.IsNullOrWhiteSpace(evidenceUrl) && string.IsNullOrWhiteSpace(detail))
        {
            throw new WebsiteException("请提供证据：问题页面地址或情况说明。");
        }

        if (!string.IsNullOrWhiteSpace(evidenceUrl))
        {
            CheckUrl(evidenceUrl, "问题页面地址");
        }

        if (detail?.Length > 2000)
        {
            throw new WebsiteException("情况说明不超过2000字。");
        }

        var now = db.Time.GetUtcNow();
        var finding = new WebsiteFinding
        {
            WebsiteId = site.Id,
            BodyId = site.BodyId,
            Kind = kind,
            Key = $"manual:{now.ToUnixTimeMilliseconds()}",
            Summary = summary.Trim(),
            EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(),
            FirstSeenAt = now,
            LastSeenAt = now,
            State = FindingState.Open,
            Veto = true,
            Manual = true,
            EnteredBy = enteredBy,
        };
        db.WebsiteFindings.Add(finding);
        await db.SaveChangesAsync(ct);
        return finding;
    }

    /// <summary>An inspector closes a finding entered by hand once the re-check by hand shows it fixed.</summary>
    public async Task CloseManualFindingAsync(long findingId, int revision, CancellationToken ct = default)
    {
        var finding = await db.WebsiteFindings.SingleOrDefaultAsync(f => f.Id == findingId, ct) ?? throw new WebsiteException("没有这个问题。");
        if (!finding.Manual || finding.State != FindingState.Open)
        {
            throw new WebsiteException("只有人工登记且尚未整改完成的问题可以人工销号；其他问题由复查自动销号。");
        }

        if (finding.Revision != revision)
        {
            throw new WebsiteException(Stale);
        }

        finding.State = FindingState.Fixed;
        finding.FixedOn = db.Today();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>整改说明 by the site's body.</summary>
    public async Task RectifyAsync(long findingId, string note, string by, int revision, CancellationToken ct = default)
    {
        var finding = await db.WebsiteFindings.SingleOrDefaultAsync(f => f.Id == findingId, ct) ?? throw new WebsiteException("没有这个问题。");
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 2000)
        {
            throw new WebsiteException("请填写整改说明（不超过2000字）。");
        }

        if (finding.Revision != revision)
        {
            throw new WebsiteException(Stale);
        }

        finding.Rectification = note.Trim();
        finding.RectifiedBy = by.Length > 200 ? by[..200] : by;
        finding.RectifiedAt = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>立即检查: the next round of the scheduled jobs checks the site.</summary>
    public async Task RequestCheckAsync(int siteId, CancellationToken ct = default)
    {
        var site = await db.Websites.SingleOrDefaultAsync(w => w.Id == siteId, ct) ?? throw new WebsiteException("没有这个网站。");
        if (!site.Active)
        {
            throw new WebsiteException("该网站已停用（或已关闭），不再检查。");
        }

        site.CheckRequestedAt = db.Time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}

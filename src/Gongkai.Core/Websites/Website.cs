using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;

namespace Gongkai.Websites;

/// <summary>门户网站, 部门网站 or 乡镇街道网站. Stored as the member name.</summary>
public enum WebsiteKind
{
    Portal,
    Department,
    Township,
}

/// <summary>What a watched page is, which decides how long it may go without an update (rules §6).</summary>
public enum ColumnKind
{
    /// <summary>首页栏目: stale after 2 weeks; undated entries count as not updated.</summary>
    Home,

    /// <summary>动态、要闻类栏目: stale after 2 weeks.</summary>
    News,

    /// <summary>一级通知公告、政策文件类栏目: stale after 6 months.</summary>
    Notice,

    /// <summary>Other columns that should be updated (应更新栏目), stale after 6 months.</summary>
    Other,

    /// <summary>互动渠道 (信箱、留言、咨询): must answer and carry a form.</summary>
    Channel,
}

/// <summary>A government website the county registers for checking (政府网站普查).</summary>
public sealed class Website : IAudited
{
    public int Id { get; set; }

    /// <summary>A short code for the command line (e.g. wuxi-portal), unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>The body that runs the site (主办单位).</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The home page, absolute http(s) URL.</summary>
    public string Address { get; set; } = "";

    public WebsiteKind Kind { get; set; }

    /// <summary>Closed or not yet checked sites are neither probed nor crawled.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>立即检查: the next round of the scheduled jobs checks the site first.</summary>
    public DateTimeOffset? CheckRequestedAt { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(WebsiteKind kind) => kind switch
    {
        WebsiteKind.Portal => "门户网站",
        WebsiteKind.Department => "部门网站",
        WebsiteKind.Township => "乡镇街道网站",
        _ => kind.ToString(),
    };
}

/// <summary>A column (栏目) or interaction channel of a site that the check watches.</summary>
public sealed class WebsiteColumn : IAudited
{
    public int Id { get; set; }

    public int WebsiteId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The list page (or the channel's page), absolute URL.</summary>
    public string Url { get; set; } = "";

    public ColumnKind Kind { get; set; }

    /// <summary>The newest entry date found on the list page at the last check.</summary>
    public DateOnly? LastUpdateFound { get; set; }

    /// <summary>Entries found at the last check (0 is an empty column); for channels, 1 when a form was found.</summary>
    public int? EntriesFound { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(ColumnKind kind) => kind switch
    {
        ColumnKind.Home => "首页栏目",
        ColumnKind.News => "动态要闻类",
        ColumnKind.Notice => "通知公告、政策文件类",
        ColumnKind.Other => "其他应更新栏目",
        ColumnKind.Channel => "互动渠道",
        _ => kind.ToString(),
    };
}

/// <summary>One reachability probe of a site's home page. Observations of a machine, not changes: not audited.</summary>
public sealed class WebsiteProbe
{
    public long Id { get; set; }

    public int WebsiteId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The home page answered 2xx within the time limit.</summary>
    public bool Ok { get; set; }

    public int? Status { get; set; }

    public int Milliseconds { get; set; }

    public string? Error { get; set; }
}

/// <summary>One full check of a site: crawl, links, columns, channels.</summary>
public sealed class WebsiteCheckRun
{
    public long Id { get; set; }

    public int WebsiteId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>定时任务, 立即检查 (with who), 命令行.</summary>
    public string Trigger { get; set; } = "";

    public int Pages { get; set; }

    public int Links { get; set; }

    public int Broken { get; set; }

    public int Opened { get; set; }

    public int Closed { get; set; }

    public string? Error { get; set; }
}

/// <summary>The kinds of findings (rules §6). Stored as the member name.</summary>
public enum FindingKind
{
    Unreachable,
    HomeNotUpdated,
    ColumnNotUpdated,
    EmptyColumn,
    BrokenInternalLink,
    BrokenExternalLink,
    ChannelUnavailable,

    /// <summary>严重错误 (serious misstatements, forged dates, tampering): entered by an inspector.</summary>
    SeriousError,

    /// <summary>安全泄密: entered by an inspector.</summary>
    SecurityLeak,
}

public enum FindingState
{
    Open,
    Fixed,
}

/// <summary>A defect found on a site, with its evidence, kept until a re-check no longer finds it.</summary>
public sealed class WebsiteFinding : IAudited
{
    public long Id { get; set; }

    public int WebsiteId { get; set; }

    /// <summary>The site's body, so that a body's open findings are counted without a join.</summary>
    public int BodyId { get; set; }

    public FindingKind Kind { get; set; }

    /// <summary>What the finding is about (a URL, a column id, "site"): a re-check finds the same finding by it.</summary>
    public string Key { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? EvidenceUrl { get; set; }

    public int? EvidenceStatus { get; set; }

    public DateOnly? EvidenceLastUpdate { get; set; }

    /// <summary>The page the broken link was found on.</summary>
    public string? EvidenceFoundOn { get; set; }

    public string? Detail { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public FindingState State { get; set; }

    public DateOnly? FixedOn { get; set; }

    /// <summary>One failed veto item (单项否决) fails the site.</summary>
    public bool Veto { get; set; }

    /// <summary>Entered by an inspector rather than found by the crawler; closed by hand.</summary>
    public bool Manual { get; set; }

    public string? EnteredBy { get; set; }

    /// <summary>整改说明 by the body.</summary>
    public string? Rectification { get; set; }

    public string? RectifiedBy { get; set; }

    public DateTimeOffset? RectifiedAt { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(FindingKind kind) => kind switch
    {
        FindingKind.Unreachable => "站点无法访问",
        FindingKind.HomeNotUpdated => "首页不更新",
        FindingKind.ColumnNotUpdated => "栏目不更新",
        FindingKind.EmptyColumn => "空白栏目",
        FindingKind.BrokenInternalLink => "错链断链（站内）",
        FindingKind.BrokenExternalLink => "错链断链（外部）",
        FindingKind.ChannelUnavailable => "互动渠道不可用",
        FindingKind.SeriousError => "严重错误",
        FindingKind.SecurityLeak => "安全泄密",
        _ => kind.ToString(),
    };
}

/// <summary>保留、整改（整改优化）、关闭. Stored as the member name.</summary>
public enum CensusResult
{
    Keep,
    Rectify,
    Close,
}

/// <summary>The census decision (普查结果) about one site in one year.</summary>
public sealed class WebsiteCensus : IAudited
{
    public int Id { get; set; }

    public int WebsiteId { get; set; }

    public int Year { get; set; }

    public CensusResult Result { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>When the rectification was finished or the site closed.</summary>
    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string ResultLabel(CensusResult result) => result switch
    {
        CensusResult.Keep => "保留",
        CensusResult.Rectify => "整改优化",
        CensusResult.Close => "关闭",
        _ => result.ToString(),
    };
}

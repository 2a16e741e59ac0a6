using System.Text.Json.Serialization;

namespace Gongkai.Reports;

/// <summary>Which official layout a report year uses (annual-report.md A-C).</summary>
public enum ReportLayout
{
    /// <summary>Up to report year 2018: local narrative templates, like the seed.</summary>
    Narrative,

    /// <summary>2019-2020: the trial format (国办公开办函〔2019〕60号).</summary>
    Trial2019,

    /// <summary>From 2021: the official format (国办公开办函〔2021〕30号).</summary>
    Official2021,
}

/// <summary>One row of table 三 in a layout: a stable code, the printed label, and its indent level.</summary>
public sealed record ApplicationRow(string Code, string Label, int Depth, string? Group = null);

/// <summary>The archive chain's head on a day: printed in the report, it anchors the archive in a published document.</summary>
public sealed record ReportArchiveHead(long LastEntryId, long Count, string Hash);

/// <summary>One figure of table 二; <see cref="Entered"/> when staff typed it rather than the records giving it.</summary>
public sealed record ProactiveFigure(string Block, string Row, string Column, decimal? Value, bool Entered = false);

/// <summary>
/// The data tree of one annual report: what the generator computes from the records, what the checker
/// extracts from a published report, and what every export renders. Numbers a parsed report lacks are null.
/// </summary>
public sealed class ReportData
{
    public static readonly IReadOnlyList<string> ApplicantColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>Table 四's blocks and, within each, its five columns.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> CaseBlocks =
        [("review", "行政复议"), ("direct", "行政诉讼：未经复议直接起诉"), ("after-review", "行政诉讼：复议后起诉")];

    public static readonly IReadOnlyList<string> CaseColumns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public int Year { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<ReportLayout>))]
    public ReportLayout Layout { get; set; }

    /// <summary>The body's code, or null for a whole county.</summary>
    public string? Body { get; set; }

    public string BodyName { get; set; } = "";

    /// <summary>Table 三: row code → the seven columns of <see cref="ApplicantColumns"/>.</summary>
    public Dictionary<string, long?[]> Applications { get; set; } = [];

    /// <summary>Table 四: block code → the five columns of <see cref="CaseColumns"/>.</summary>
    public Dictionary<string, long?[]> Cases { get; set; } = [];

    public List<ProactiveFigure> Proactive { get; set; } = [];

    /// <summary>The figures of the narrative layout, by key (see <see cref="NarrativeKeys"/>).</summary>
    public Dictionary<string, decimal?> Narrative { get; set; } = [];

    /// <summary>The platform's archive head as of 31 December of the year, printed at the end; null before heads were kept.</summary>
    public ReportArchiveHead? ArchiveHead { get; set; }

    public static readonly IReadOnlyList<(string Key, string Label)> NarrativeKeys =
    [
        ("items.total", "主动公开政府信息（条）"),
        ("items.county", "其中县级部门（条）"),
        ("items.township", "其中乡镇街道（条）"),
        ("applications.received", "受理政府信息公开申请（件）"),
        ("applications.online", "其中网络申请（件）"),
        ("applications.letter", "其中信函申请（件）"),
        ("applications.in-person", "其中当面申请（件）"),
        ("applications.fax", "其中传真申请（件）"),
        ("applications.email", "其中电子邮件申请（件）"),
        ("applications.answered", "依法答复（件）"),
        ("applications.refused", "不予公开（件）"),
        ("applications.pending", "尚在办理（件）"),
        ("fees.amount", "收取费用（元）"),
        ("reviews.total", "行政复议案件（件）"),
        ("reviews.concluded", "其中已审结（件）"),
        ("lawsuits.total", "行政诉讼案件（件）"),
        ("lawsuits.upheld", "维持或驳回诉讼请求（件）"),
        ("lawsuits.corrected", "被依法纠错（件）"),
        ("lawsuits.other", "其他情形（件）"),
        ("lawsuits.pending", "尚未审结（件）"),
        ("services.cancelled", "取消行政审批事项（项）"),
        ("services.undertaken", "承接市政府下放的行政审批事项（项）"),
        ("services.retained", "保留行政审批事项（项）"),
        ("services.departments", "进驻行政服务中心的部门（个）"),
        ("services.on-site", "进驻行政服务中心事项（项）"),
        ("services.not-on-site", "暂未进驻办理事项（项）"),
        ("services.township-centres", "乡镇（街道）公共服务中心（个）"),
        ("services.township-items", "乡镇（街道）公共服务中心进驻公共服务事项（项）"),
        ("services.village-centres", "村（社区）便民服务中心（个）"),
        ("services.village-items", "村（社区）便民服务中心可代办便民服务事项（项）"),
        ("services.cases", "累计接办件（件）"),
        ("services.on-time", "按时办结率（%）"),
        ("services.satisfaction", "群众满意度（%）"),
        ("supervision.meetings", "召开政务公开工作会议（次）"),
        ("supervision.trainings", "举办政务公开培训（期）"),
        ("supervision.trained", "培训人员（人次）"),
        ("assessment.schemes", "制定下发考核细则（个）"),
        ("assessment.spot-checks", "季度抽查（次）"),
        ("assessment.inspections", "半年督查（次）"),
        ("assessment.year-end", "年终考核（次）"),
        ("tasks.total", "重点工作任务（项）"),
        ("tasks.done", "其中已完成（项）"),
        ("websites.checked", "检查政府网站（个）"),
        ("websites.closed", "关闭网站（个）"),
        ("websites.rectified", "整改优化网站（个）"),
        ("suggestions.npc.city", "市人大代表建议（件）"),
        ("suggestions.cppcc.city", "市政协委员提案（件）"),
        ("suggestions.npc.other", "其他人大代表建议（件）"),
        ("suggestions.cppcc.other", "其他政协委员提案（件）"),
        ("suggestions.replied", "建议提案已办复（件）"),
        ("suggestions.published", "建议提案办理结果公开（件）"),
        .. Enum.GetValues<Catalog.PublicationChannel>().Select(c => (ChannelKey(c), $"通过{Catalog.ItemChannel.Label(c)}发布信息（条次）")),
    ];

    /// <summary>The figure of one other publication channel: the item publications recorded through it in the year.</summary>
    public static string ChannelKey(Catalog.PublicationChannel c) => "channels." + c;

    /// <summary>
    /// What staff typed for the 行政审批 figures before they were counted (as in the seed's wording): an entered line with
    /// one of these labels, or with a computed figure's own label, gives way to the computed figure.
    /// </summary>
    public static readonly IReadOnlySet<string> ServiceEntryLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "取消行政审批事项", "承接市政府下放行政审批事项", "承接市政府下放的行政审批事项", "保留行政审批事项", "进驻县行政服务中心的部门", "进驻行政服务中心的部门",
        "进驻县行政服务中心事项", "进驻行政服务中心事项", "暂未进驻办理事项", "进驻公共服务事项的乡镇（街道）公共服务中心", "乡镇（街道）公共服务中心",
        "乡镇（街道）公共服务中心进驻公共服务事项", "可代办便民服务事项的村（社区）便民服务中心", "村（社区）便民服务中心", "村（社区）便民服务中心代办便民服务事项",
        "村（社区）便民服务中心可代办便民服务事项", "累计接办件", "按时办结率", "群众满意度",
    };

    /// <summary>The narrative figure of one key area (重点领域) or sub-area: items published in the year.</summary>
    public static string AreaKey(string areaCode) => "items.area." + areaCode;

    /// <summary>The narrative figure of one of the county's breakdowns (<see cref="Breakdown"/>).</summary>
    public static string LineKey(string label) => "items.line." + label;

    /// <summary>A narrative figure's label, the key areas and breakdowns included.</summary>
    public static string NarrativeLabel(string key) =>
        NarrativeKeys.FirstOrDefault(k => k.Key == key).Label
        ?? (key.StartsWith("items.area.", StringComparison.Ordinal) && Catalog.Taxonomy.Label(key["items.area.".Length..]) is { } area ? $"其中{area}（条）"
            : key.StartsWith("items.line.", StringComparison.Ordinal) ? $"其中{key["items.line.".Length..]}（条）" : key);

    /// <summary>The narrative figures present, in the order of <see cref="NarrativeKeys"/>, then the key areas, then the breakdowns.</summary>
    public IEnumerable<string> NarrativeOrder() =>
        NarrativeKeys.Select(k => k.Key).Where(Narrative.ContainsKey)
            .Concat(Catalog.Taxonomy.KeyAreas.Select(t => AreaKey(t.Code)).Where(Narrative.ContainsKey))
            .Concat(Narrative.Keys.Where(k => k.StartsWith("items.line.", StringComparison.Ordinal)));

    public static ReportLayout LayoutFor(int year) => year >= 2021 ? ReportLayout.Official2021 : year >= 2019 ? ReportLayout.Trial2019 : ReportLayout.Narrative;

    /// <summary>Table 三's rows: 25 in the 2021 format; in the trial format （六） is one row without sub-rows.</summary>
    public static IReadOnlyList<ApplicationRow> ApplicationRows(ReportLayout layout)
    {
        var rows = new List<ApplicationRow>
        {
            new("received", "一、本年新收政府信息公开申请数量", 0),
            new("carried-over", "二、上年结转政府信息公开申请数量", 0),
            new("1", "（一）予以公开", 1),
            new("2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1),
        };
        string[] withheld = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"];
        rows.AddRange(withheld.Select((l, i) => new ApplicationRow($"3.{i + 1}", $"{i + 1}.{l}", 2, "（三）不予公开")));
        string[] unable = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"];
        rows.AddRange(unable.Select((l, i) => new ApplicationRow($"4.{i + 1}", $"{i + 1}.{l}", 2, "（四）无法提供")));
        string[] ignored = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"];
        rows.AddRange(ignored.Select((l, i) => new ApplicationRow($"5.{i + 1}", $"{i + 1}.{l}", 2, "（五）不予处理")));
        if (layout == ReportLayout.Trial2019)
        {
            rows.Add(new ApplicationRow("6", "（六）其他处理", 1));
        }
        else
        {
            string[] other = ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"];
            rows.AddRange(other.Select((l, i) => new ApplicationRow($"6.{i + 1}", $"{i + 1}.{l}", 2, "（六）其他处理")));
        }

        rows.Add(new ApplicationRow("total", "（七）总计", 1));
        rows.Add(new ApplicationRow("carried-forward", "四、结转下年度继续办理", 0));
        return rows;
    }

    /// <summary>The result rows of table 三 whose sum is （七）总计.</summary>
    public static IEnumerable<string> ResultRows(ReportLayout layout) =>
        ApplicationRows(layout).Where(r => r.Code is not ("received" or "carried-over" or "total" or "carried-forward")).Select(r => r.Code);

    /// <summary>A readable name of one cell of table 三, for messages.</summary>
    public static string CellName(ReportLayout layout, string row, int column)
    {
        var r = ApplicationRows(layout).FirstOrDefault(x => x.Code == row);
        var label = r is null ? row : (r.Group is null ? r.Label : r.Group + " " + r.Label);
        return $"表三“{label}”行“{ApplicantColumns[column]}”列";
    }

    public static string LayoutLabel(ReportLayout layout) => layout switch
    {
        ReportLayout.Official2021 => "2021年版格式（国办公开办函〔2021〕30号）",
        ReportLayout.Trial2019 => "2019年试行格式（国办公开办函〔2019〕60号）",
        _ => "叙述式年报（2018年及以前）",
    };
}

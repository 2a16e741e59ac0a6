namespace Gongkai.Catalog;

/// <summary>A code and its official Chinese label; codes are what the database stores.</summary>
public sealed record Term(string Code, string Label, string? Parent = null);

/// <summary>
/// The fixed vocabularies of the catalog: the statutory content categories of Arts. 20-21, the key
/// areas (重点领域) with their sub-areas as the seed report names them, and the State Council's topic
/// classification (主题分类).
/// </summary>
public static class Taxonomy
{
    public static readonly IReadOnlyList<Term> StatutoryCategories =
    [
        new("a20-01", "行政法规、规章和规范性文件"),
        new("a20-02", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
        new("a20-03", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
        new("a20-04", "国民经济和社会发展统计信息"),
        new("a20-05", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
        new("a20-06", "实施行政处罚、行政强制的依据、条件、程序以及有一定社会影响的行政处罚决定"),
        new("a20-07", "财政预算、决算信息"),
        new("a20-08", "行政事业性收费项目及其依据、标准"),
        new("a20-09", "政府集中采购项目的目录、标准及实施情况"),
        new("a20-10", "重大建设项目的批准和实施情况"),
        new("a20-11", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
        new("a20-12", "突发公共事件的应急预案、预警信息及应对情况"),
        new("a20-13", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
        new("a20-14", "公务员招考的职位、名额、报考条件等事项以及录用结果"),
        new("a20-15", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
        new("a21-01", "市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息（县级）"),
        new("a21-02", "农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息（乡镇）"),
    ];

    /// <summary>What belongs in each statutory category, with examples, for the editor choosing one.</summary>
    public static readonly IReadOnlyDictionary<string, string> StatutoryCategoryHelp = new Dictionary<string, string>
    {
        ["a20-01"] = "本机关制定或牵头起草的规范性文件及其解读，如“关于印发……管理办法的通知”。",
        ["a20-02"] = "机构概况：职能、内设机构、办公地址和时间、联系电话、领导分工。",
        ["a20-03"] = "五年规划、专项规划（交通、教育、产业等）、区域规划及配套政策。",
        ["a20-04"] = "统计公报、主要经济指标月报季报、统计年鉴摘要。",
        ["a20-05"] = "行政许可和政务服务事项的依据、条件、程序、办事指南及办理结果（如许可决定公示）。",
        ["a20-06"] = "行政处罚、行政强制的依据、程序，以及有一定社会影响的处罚决定。",
        ["a20-07"] = "政府预算决算、部门预算决算和“三公”经费说明。",
        ["a20-08"] = "行政事业性收费的项目、依据和标准。",
        ["a20-09"] = "政府集中采购目录、限额标准、采购意向、采购公告和结果。",
        ["a20-10"] = "重大建设项目的批准、招标、实施进度和竣工情况。",
        ["a20-11"] = "扶贫（乡村振兴）、教育、医疗、社会保障、就业方面的政策措施及落实情况，如补贴发放公示。",
        ["a20-12"] = "突发事件应急预案、预警信息、应对处置和恢复重建情况。",
        ["a20-13"] = "环保、公共卫生、安全生产、食品药品、产品质量的监督检查和抽检结果。",
        ["a20-14"] = "公务员考录的职位、名额、报考条件和录用结果。",
        ["a20-15"] = "上列各项都不适用、但法律法规或国家有关规定要求主动公开的其他信息；请先确认确实不属于上列各项。",
        ["a21-01"] = "县级：市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等。",
        ["a21-02"] = "乡镇：农业农村政策、农田水利、土地承包经营权流转、宅基地审核、征收、筹资筹劳、社会救助等。",
    };

    public static readonly IReadOnlyList<Term> KeyAreas =
    [
        new("xzsp", "行政审批"),
        new("xzsp-ml", "行政审批事项目录", "xzsp"),
        new("xzsp-jg", "行政审批结果", "xzsp"),
        new("czys", "财政预决算"),
        new("czys-zf", "政府预决算", "czys"),
        new("czys-bm", "部门预决算", "czys"),
        new("czys-sg", "“三公”经费", "czys"),
        new("ggzy", "公共资源配置"),
        new("ggzy-bzf", "保障性安居工程", "ggzy"),
        new("ggzy-qq", "土地房屋确权登记", "ggzy"),
        new("ggzy-cr", "国有建设用地使用权出让", "ggzy"),
        new("ggzy-zd", "征地公告及补偿方案", "ggzy"),
        new("ggzy-gc", "工程建设项目招标投标", "ggzy"),
        new("ggzy-cg", "政府采购", "ggzy"),
        new("ggzy-kq", "土地矿权招拍挂", "ggzy"),
        new("zdxm", "重大建设项目"),
        new("zdxm-jd", "投资额度与建设进度", "zdxm"),
        new("zdxm-tb", "完成情况通报", "zdxm"),
        new("zdxm-sp", "项目审批核准监管", "zdxm"),
        new("zdxm-zb", "项目招标与中标", "zdxm"),
        new("ggfw", "公共服务"),
        new("ggfw-db", "低保与民政", "ggfw"),
        new("ggfw-sb", "社会保障", "ggfw"),
        new("ggfw-jz", "社会救助", "ggfw"),
        new("ggfw-jy", "教育", "ggfw"),
        new("ggfw-yl", "医疗卫生", "ggfw"),
        new("hjbh", "环境保护"),
        new("hjbh-kq", "空气质量", "hjbh"),
        new("hjbh-sz", "水环境质量", "hjbh"),
        new("hjbh-pf", "污染物排放", "hjbh"),
        new("hjbh-sp", "审批公示公告", "hjbh"),
        new("hjbh-hp", "建设项目环境影响评价", "hjbh"),
        new("spyp", "食品药品安全"),
        new("spyp-jc", "执法检查", "spyp"),
        new("spyp-zz", "治理整顿", "spyp"),
        new("spyp-gsp", "药品经营企业GSP认证", "spyp"),
        new("spyp-tb", "食品安全检测联合通报", "spyp"),
        new("spyp-jg", "食品安全检测结果公示", "spyp"),
        new("spyp-cf", "行政处罚案件", "spyp"),
        new("aqsc", "安全生产"),
        new("aqsc-sg", "生产安全事故", "aqsc"),
        new("aqsc-ya", "应急预案、法规政策与公示公告", "aqsc"),
        new("jyta", "建议提案办理"),
        new("jyta-rd", "人大代表建议办理", "jyta"),
        new("jyta-zx", "政协委员提案办理", "jyta"),
    ];

    public static readonly IReadOnlyList<Term> Topics =
    [
        new("01", "综合政务"), new("02", "国民经济管理、国有资产监管"), new("03", "财政、金融、审计"),
        new("04", "国土资源、能源"), new("05", "农业、林业、水利"), new("06", "工业、交通"),
        new("07", "商贸、海关、旅游"), new("08", "市场监管、安全生产监管"), new("09", "城乡建设、环境保护"),
        new("10", "科技、教育"), new("11", "文化、广电、新闻出版"), new("12", "卫生、体育"),
        new("13", "人口与计划生育、妇女儿童工作"), new("14", "劳动、人事、监察"), new("15", "公安、安全、司法"),
        new("16", "民政、扶贫、救灾"), new("17", "民族、宗教"), new("18", "对外事务"),
        new("19", "港澳台侨工作"), new("20", "国防"), new("21", "其他"),
    ];

    private static readonly Dictionary<string, Term> All =
        StatutoryCategories.Concat(KeyAreas).Concat(Topics.Select(t => t with { Code = "topic-" + t.Code }))
            .ToDictionary(t => t.Code);

    public static string? Label(string? code) => code is null ? null : All.GetValueOrDefault(code)?.Label
        ?? (All.TryGetValue("topic-" + code, out var t) ? t.Label : null);

    public static bool IsStatutoryCategory(string? code) => code is not null && StatutoryCategories.Any(t => t.Code == code);

    public static bool IsKeyArea(string? code) => code is not null && KeyAreas.Any(t => t.Code == code);

    public static bool IsTopic(string? code) => code is not null && Topics.Any(t => t.Code == code);

    /// <summary>The top-level key area of a key area or sub-area code.</summary>
    public static string? TopKeyArea(string? code) => code is null ? null : KeyAreas.FirstOrDefault(t => t.Code == code) is { } t ? t.Parent ?? t.Code : null;
}

using System.Globalization;
using System.Text;

namespace Gongkai.Demo;

/// <summary>An item the demo county published in 2015.</summary>
public sealed record DemoItem(string BodyCode, string Title, string? Summary, string? DocumentNumber, DateOnly WrittenOn, DateOnly PublishedOn, string Topic, string StatutoryCategory, string? KeyArea, string? Keywords, string BodyHtml);

/// <summary>A figure of section 二 of the 2015 report and how to find its items again: key area plus a phrase of the title.</summary>
public sealed record SeedCount(string Label, string KeyArea, string TitleMarker, int Count);

/// <summary>
/// Every proactive item 巫溪县 published in 2015, as section 二 of its report counts them: 23,123 in all,
/// 17,403 from county-level bodies and 5,720 from townships and streets, with each named figure
/// (70 budget items, 365 air-quality reports, 189 tender notices …) reproducible by key area and title.
/// Deterministic: the same items every time.
/// </summary>
public static class DemoCatalog2015
{
    public const int Total = 23123;
    public const int CountyLevel = 17403;
    public const int TownshipLevel = 5720;

    private sealed record Spec(SeedCount Count, string[] Bodies, string Topic, string Category, string[] Titles);

    private static readonly Spec[] Specs =
    [
        new(new("预决算信息", "czys", "预决算", 70), ["czj", "jw", "wjw", "mzj", "gaj", "nw", "cjw", "jtw", "slj", "rsj"], "03", "a20-07",
            ["{body}2015年部门预决算公开", "{body}2014年度部门预决算及“三公”经费决算公开", "巫溪县2015年财政预决算公开说明（{n}）"]),
        new(new("保障性安居工程建设信息", "ggzy-bzf", "保障性安居工程建设", 6), ["cjw"], "09", "a20-10", ["巫溪县2015年第{n}季度保障性安居工程建设进展情况"]),
        new(new("保障性安居工程政策信息", "ggzy-bzf", "保障性住房政策", 2), ["cjw"], "09", "a20-11", ["巫溪县保障性住房政策解读（{n}）"]),
        new(new("保障性安居工程项目建设信息", "ggzy-bzf", "公共租赁住房项目", 3), ["cjw"], "09", "a20-10", ["巫溪县公共租赁住房项目建设信息公开（{n}）"]),
        new(new("土地房屋确权登记公告", "ggzy-qq", "确权登记公告", 39), ["gfj"], "04", "a20-05", ["{town}土地房屋确权登记公告（第{n}号）"]),
        new(new("国有建设用地使用权招拍挂出让和结果公告", "ggzy-cr", "国有建设用地使用权", 1), ["gfj"], "04", "a20-09", ["巫溪县国有建设用地使用权挂牌出让公告及结果公告"]),
        new(new("征地公告以及补偿方案公告", "ggzy-zd", "征地", 8), ["gfj"], "04", "a21-01", ["巫溪县{town}征地公告及补偿安置方案公告（{n}）"]),
        new(new("工程建设招标公告", "ggzy-gc", "招标公告", 189), ["cjw", "jtw", "slj", "jw", "szj"], "09", "a20-10", ["{town}{project}工程招标公告"]),
        new(new("评标结果公示", "ggzy-gc", "评标结果公示", 176), ["cjw", "jtw", "slj", "jw", "szj"], "09", "a20-10", ["{town}{project}工程评标结果公示"]),
        new(new("中标结果公示", "ggzy-gc", "中标结果公示", 152), ["cjw", "jtw", "slj", "jw", "szj"], "09", "a20-10", ["{town}{project}工程中标结果公示"]),
        new(new("政府采购招标公示", "ggzy-cg", "采购招标公示", 71), ["czj"], "03", "a20-09", ["{body}{goods}政府采购招标公示"]),
        new(new("政府采购结果公示", "ggzy-cg", "采购结果公示", 71), ["czj"], "03", "a20-09", ["{body}{goods}政府采购结果公示"]),
        new(new("土地矿权招拍挂公告", "ggzy-kq", "招拍挂公告", 14), ["gfj"], "04", "a20-09", ["巫溪县{town}采矿权（土地使用权）招拍挂公告（{n}）"]),
        new(new("土地矿权成交公告", "ggzy-kq", "成交公示", 4), ["gfj"], "04", "a20-09", ["巫溪县{town}采矿权出让成交公示（{n}）"]),
        new(new("重点建设项目投资、责任部门、建设进度信息", "zdxm-jd", "重点建设项目进展", 27), ["fgw"], "02", "a20-10", ["巫溪县2015年重点建设项目进展情况（{month}月）", "{project}重点建设项目进展及投资、责任部门公示"]),
        new(new("重点建设项目完成情况通报", "zdxm-tb", "重点建设项目完成情况通报", 9), ["fgw"], "02", "a20-10", ["关于2015年{month}月重点建设项目完成情况通报"]),
        new(new("项目审批、核准、监管信息", "zdxm-sp", "项目审批核准", 11), ["fgw"], "02", "a20-05", ["{project}项目审批核准信息公开"]),
        new(new("建设项目招标公告、预中标公示、中标公告", "zdxm-zb", "建设项目招标中标", 101), ["fgw", "cjw", "jtw"], "02", "a20-10", ["{project}建设项目招标中标信息（{n}）"]),
        new(new("低保工作动态、公告公示、民政专项资金", "ggfw-db", "低保", 123), ["mzj"], "16", "a20-11", ["{town}2015年{month}月城乡低保对象公示", "巫溪县低保及民政专项资金使用情况（{n}）"]),
        new(new("社保信息", "ggfw-sb", "社会保险", 46), ["rsj"], "14", "a20-11", ["巫溪县2015年{month}月社会保险基金运行情况", "关于调整城乡居民社会保险待遇的通知（{n}）"]),
        new(new("救助政策文件", "ggfw-jz", "救助", 18), ["mzj"], "16", "a20-11", ["巫溪县临时救助实施办法（{n}）"]),
        new(new("教育信息", "ggfw-jy", "教育", 6012), ["jw"], "10", "a20-11", ["{school}{month}月教育教学工作动态", "{school}2015年教育资助资金发放公示", "关于做好{town}中小学{topic}教育工作的通知"]),
        new(new("医疗卫生服务收费信息", "ggfw-yl", "医疗服务收费", 104), ["wjw", "wjj"], "12", "a20-08", ["巫溪县{hospital}医疗服务收费项目及标准公示（{n}）"]),
        new(new("空气质量信息", "hjbh-kq", "空气质量日报", 365), ["hbj"], "09", "a20-13", ["巫溪县{date}空气质量日报"]),
        new(new("水环境质量信息", "hjbh-sz", "水环境质量", 8), ["hbj"], "09", "a20-13", ["大宁河巫溪段2015年第{n}期水环境质量状况"]),
        new(new("污染物排放信息", "hjbh-pf", "污染物排放", 2), ["hbj"], "09", "a20-13", ["巫溪县重点排污单位污染物排放情况（{n}）"]),
        new(new("环保审批公示公告", "hjbh-sp", "环保审批", 317), ["hbj"], "09", "a20-05", ["{project}环保审批公示（{n}）"]),
        new(new("建设项目环境影响评价信息", "hjbh-hp", "环境影响评价", 7), ["hbj"], "09", "a20-05", ["{project}建设项目环境影响评价信息公开"]),
        new(new("食品药品执法检查信息", "spyp-jc", "执法检查", 5), ["spyj"], "08", "a20-13", ["巫溪县2015年食品药品执法检查情况（{n}）"]),
        new(new("食品药品治理整顿信息", "spyp-zz", "治理整顿", 21), ["spyj"], "08", "a20-13", ["巫溪县{topic}专项治理整顿情况（{n}）"]),
        new(new("药品经营企业GSP认证公示公告", "spyp-gsp", "GSP认证", 3), ["spyj"], "08", "a20-05", ["药品经营企业GSP认证现场检查公示（第{n}期）"]),
        new(new("食品安全检测联合通报", "spyp-tb", "联合通报", 5), ["spyj"], "08", "a20-13", ["巫溪县食品安全检测联合通报（第{n}期）"]),
        new(new("食品安全检测结果公示", "spyp-jg", "检测结果公示", 3), ["spyj"], "08", "a20-13", ["巫溪县食品安全检测结果公示（第{n}期）"]),
        new(new("食品药品行政处罚案件信息", "spyp-cf", "行政处罚", 12), ["spyj"], "08", "a20-06", ["巫溪县食品药品监督管理局行政处罚决定书公开（巫溪食药监罚〔2015〕{n}号）"]),
        new(new("生产安全事故信息", "aqsc-sg", "生产安全事故", 4), ["ajj"], "08", "a20-12", ["{town}“{date}”生产安全事故情况通报"]),
        new(new("安全生产应急预案、法规政策、公示公告", "aqsc-ya", "安全生产", 173), ["ajj"], "08", "a20-12", ["巫溪县{topic}安全生产工作通知（{n}）", "{town}安全生产应急预案（{n}）"]),
    ];

    private static readonly string[] Departments =
    [
        "zfb", "fgw", "jw", "kw", "jxw", "mzzj", "gaj", "mzj", "sfj", "czj", "rsj", "gfj", "hbj", "cjw", "jtw", "slj",
        "nw", "lyj", "swj", "whw", "wjw", "sjj", "ajj", "tjj", "spyj", "gsj", "lvj", "fpb", "ghj", "szj", "wjj", "xzfw",
    ];

    private static readonly string[] Towns =
    [
        "ninghe", "baiyang", "chengxiang", "fenghuang", "ningchang", "shanghuang", "gulu", "wenfeng", "xujia", "bailu",
        "jianshan", "xiabao", "fengling", "tangfang", "chaoyang", "tianba", "tongcheng", "lingjiao", "pulian", "tucheng",
        "hongchiba", "shengli", "dahe", "tianxing", "changgui", "yulin", "wulong", "huatai", "lanying", "shuangyang", "zhongliang", "tianyuan",
    ];

    private static readonly string[] TownNames =
    [
        "宁河街道", "柏杨街道", "城厢镇", "凤凰镇", "宁厂镇", "上磺镇", "古路镇", "文峰镇", "徐家镇", "白鹿镇", "尖山镇", "下堡镇", "峰灵镇", "塘坊镇",
        "朝阳镇", "田坝镇", "通城镇", "菱角镇", "蒲莲镇", "土城镇", "红池坝镇", "胜利乡", "大河乡", "天星乡", "长桂乡", "鱼鳞乡", "乌龙乡", "花台乡",
        "兰英乡", "双阳乡", "中梁乡", "天元乡",
    ];

    private static readonly string[] Projects = ["滨河路改造", "大宁河防洪护岸", "通村公路硬化", "集镇污水处理厂", "农村饮水安全巩固", "学校运动场", "卫生院业务用房", "农贸市场", "便民服务中心", "高标准农田", "人行便道", "边坡治理"];
    private static readonly string[] Goods = ["办公设备", "教学仪器", "医疗设备", "公务用车", "物业服务", "网络设备", "印刷服务", "绿化苗木"];
    private static readonly string[] Schools = ["巫溪中学", "巫溪县城厢中学", "巫溪县白马小学", "巫溪县尖山中学", "巫溪县文峰小学", "巫溪县职业教育中心", "巫溪县宁厂小学", "巫溪县徐家中学"];
    private static readonly string[] Topics = ["森林防火", "防汛抗旱", "地质灾害防治", "校园安全", "道路交通安全", "消防安全", "非煤矿山", "烟花爆竹"];
    private static readonly string[] Hospitals = ["人民医院", "中医院", "妇幼保健院", "城厢镇中心卫生院", "宁厂镇卫生院"];
    private static readonly string[] County = ["关于做好2015年{topic}工作的通知", "{body}{month}月工作动态", "{body}关于{topic}检查情况的通报", "{body}2015年工作要点", "{body}关于调整领导班子成员分工的通知", "{body}2015年{month}月行政审批结果公开"];
    private static readonly string[] TownTitles = ["{town}2015年{month}月农村低保动态管理公示", "{town}关于做好{topic}工作的通知", "{town}2015年农业综合开发项目公示", "{town}{month}月工作动态", "{town}土地承包经营权流转情况公示", "{town}一事一议筹资筹劳方案公示", "{town}农村危房改造对象公示（第{n}批）", "{town}退耕还林补助资金发放公示"];

    private static readonly Dictionary<string, string> BodyShort = new()
    {
        ["zfb"] = "县政府办",
        ["fgw"] = "县发展改革委",
        ["jw"] = "县教委",
        ["kw"] = "县科委",
        ["jxw"] = "县经济信息委",
        ["mzzj"] = "县民宗委",
        ["gaj"] = "县公安局",
        ["mzj"] = "县民政局",
        ["sfj"] = "县司法局",
        ["czj"] = "县财政局",
        ["rsj"] = "县人力社保局",
        ["gfj"] = "县国土房管局",
        ["hbj"] = "县环保局",
        ["cjw"] = "县城乡建委",
        ["jtw"] = "县交委",
        ["slj"] = "县水务局",
        ["nw"] = "县农委",
        ["lyj"] = "县林业局",
        ["swj"] = "县商务局",
        ["whw"] = "县文化委",
        ["wjw"] = "县卫生计生委",
        ["sjj"] = "县审计局",
        ["ajj"] = "县安监局",
        ["tjj"] = "县统计局",
        ["spyj"] = "县食品药品监管局",
        ["gsj"] = "县工商局",
        ["lvj"] = "县旅游局",
        ["fpb"] = "县扶贫办",
        ["ghj"] = "县规划局",
        ["szj"] = "县市政园林局",
        ["wjj"] = "县物价局",
        ["xzfw"] = "县行政服务中心",
        ["wuxi"] = "县政府",
    };

    public static IReadOnlyList<SeedCount> SeedCounts { get; } = Specs.Select(s => s.Count).ToList();

    public static IEnumerable<DemoItem> Items2015()
    {
        var random = new Random(2015);
        var start = new DateOnly(2015, 1, 1);
        var serials = new Dictionary<string, int>();
        var seq = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        DemoItem Make(string body, string title, string topic, string category, string? area, DateOnly written, string? docPrefix)
        {
            // Recurring notices of one body are numbered by issue, as their real counterparts are.
            var n = seen[body + title] = seen.GetValueOrDefault(body + title) + 1;
            if (n > 1)
            {
                title += string.Create(CultureInfo.InvariantCulture, $"（第{n}期）");
            }

            var published = written.AddDays(random.Next(0, 12));
            if (published.Year > 2015)
            {
                published = new DateOnly(2015, 12, 31);
            }

            string? doc = null;
            if (docPrefix is not null)
            {
                serials[docPrefix] = serials.GetValueOrDefault(docPrefix) + 1;
                doc = string.Create(CultureInfo.InvariantCulture, $"{docPrefix}〔2015〕{serials[docPrefix]}号");
            }

            var text = new StringBuilder("<p>");
            text.Append(Sentence(random, title)).Append("</p><p>").Append(Sentence(random, title)).Append("</p>");
            return new DemoItem(body, title, $"{BodyShort.GetValueOrDefault(body, "")}公开：{title}。", doc, written, published, topic, category, area, Keywords(title), text.ToString());
        }

        foreach (var spec in Specs)
        {
            for (var i = 0; i < spec.Count.Count; i++)
            {
                seq++;
                var body = spec.Bodies[i % spec.Bodies.Length];
                var written = spec.Count.KeyArea == "hjbh-kq" ? start.AddDays(i) : start.AddDays((int)((long)i * 360 / Math.Max(spec.Count.Count, 1)) + random.Next(0, 3));
                var title = Fill(spec.Titles[i % spec.Titles.Length], random, body, i, written);
                yield return Make(body, title, spec.Topic, spec.Category, spec.Count.KeyArea, written, spec.Count.KeyArea == "spyp-cf" ? null : spec.Category == "a20-07" && i % 3 == 0 ? "巫溪财发" : null);
            }
        }

        // The rest of the county level: each department's own work, notices and documents.
        var countyRest = CountyLevel - seq;
        for (var i = 0; i < countyRest; i++)
        {
            var body = i % 40 == 0 ? "wuxi" : Departments[i % Departments.Length];
            var written = start.AddDays(random.Next(0, 355));
            var title = Fill(County[random.Next(County.Length)], random, body, i, written);
            var formal = title.StartsWith("关于", StringComparison.Ordinal) || title.Contains("通知", StringComparison.Ordinal);
            yield return Make(body, title, body == "wuxi" ? "01" : "01", title.Contains("审批", StringComparison.Ordinal) ? "a20-05" : "a20-15",
                title.Contains("审批结果", StringComparison.Ordinal) ? "xzsp-jg" : null, written, formal ? (body == "wuxi" ? "巫溪府办发" : "巫溪" + BodyShort[body][1..^1] + "发") : null);
        }

        for (var i = 0; i < TownshipLevel; i++)
        {
            var t = i % Towns.Length;
            var written = start.AddDays(random.Next(0, 355));
            var title = Fill(TownTitles[random.Next(TownTitles.Length)], random, Towns[t], i, written).Replace("{town}", TownNames[t], StringComparison.Ordinal);
            title = title.Replace(TownNames[t] + TownNames[t], TownNames[t], StringComparison.Ordinal);
            yield return Make(Towns[t], title.StartsWith(TownNames[t], StringComparison.Ordinal) ? title : TownNames[t] + title, "05", "a21-02", null, written,
                title.Contains("通知", StringComparison.Ordinal) ? TownNames[t][..^1] + "府发" : null);
        }
    }

    private static string Fill(string template, Random r, string body, int n, DateOnly date) => template
        .Replace("{body}", "巫溪" + BodyShort.GetValueOrDefault(body, ""), StringComparison.Ordinal)
        .Replace("{town}", TownNames[r.Next(TownNames.Length)], StringComparison.Ordinal)
        .Replace("{project}", Projects[r.Next(Projects.Length)], StringComparison.Ordinal)
        .Replace("{goods}", Goods[r.Next(Goods.Length)], StringComparison.Ordinal)
        .Replace("{school}", Schools[r.Next(Schools.Length)], StringComparison.Ordinal)
        .Replace("{topic}", Topics[r.Next(Topics.Length)], StringComparison.Ordinal)
        .Replace("{hospital}", Hospitals[r.Next(Hospitals.Length)], StringComparison.Ordinal)
        .Replace("{month}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", (n + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static readonly string[] Openings =
    [
        "根据《中华人民共和国政府信息公开条例》和县政府有关工作部署，现将有关情况公开如下。",
        "为切实保障群众的知情权、参与权和监督权，接受社会监督，现予以公开。",
        "按照“公开为常态、不公开为例外”的原则，结合工作实际，现将相关事项公告如下。",
        "经研究，现将有关事项通知如下，请各单位认真贯彻执行。",
    ];

    private static readonly string[] Closings =
    [
        "公示期为7天。如有异议，请在公示期内向县级主管部门书面反映，联系电话：023-51528016。",
        "各有关单位要高度重视，明确责任人，确保各项工作按时完成，并于月底前将工作情况报送县政府办公室。",
        "请相关单位和群众相互转告。对工作中发现的问题，可通过县政府公开信箱反映。",
        "特此公告。",
    ];

    private static string Sentence(Random r, string title) => r.Next(2) == 0
        ? Openings[r.Next(Openings.Length)] + "本次公开事项为" + title + "。"
        : Closings[r.Next(Closings.Length)];

    private static string Keywords(string title)
    {
        var words = new List<string>();
        foreach (var w in new[] { "预决算", "招标", "中标", "公示", "低保", "教育", "空气质量", "安全生产", "采购", "征地", "社会保险", "救助", "环境", "食品", "药品", "农业", "工作动态", "通知" })
        {
            if (title.Contains(w, StringComparison.Ordinal))
            {
                words.Add(w);
            }
        }

        return words.Count == 0 ? "政务公开" : string.Join(' ', words.Take(4));
    }
}

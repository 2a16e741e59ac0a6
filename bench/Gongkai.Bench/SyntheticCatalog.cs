using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Catalog;

namespace Gongkai.Bench;

/// <summary>
/// A large, realistic-looking catalog for load tests: titles, summaries and 1-5 KB bodies built from
/// government phrasing, spread over every body and the years 2011-2026.
/// </summary>
public static class SyntheticCatalog
{
    private static readonly string[] Subjects =
    [
        "城乡居民最低生活保障", "农村危房改造", "义务教育阶段学生资助", "高标准农田建设", "乡村道路硬化", "饮水安全巩固提升",
        "城区污水管网改造", "森林防火", "地质灾害防治", "食品安全抽检", "安全生产大检查", "医疗保障待遇", "就业创业补贴",
        "政府采购", "国有建设用地使用权出让", "重点项目建设", "财政预算执行", "三公经费", "扶贫资金使用", "退耕还林",
        "大宁河流域水环境治理", "集镇规划", "农村土地承包经营权流转", "宅基地审批", "行政审批事项目录", "公共租赁住房",
    ];

    private static readonly string[] Kinds = ["通知", "公告", "公示", "实施方案", "工作动态", "情况通报", "管理办法", "工作要点", "结果公示", "招标公告"];

    private static readonly string[] Sentences =
    [
        "为深入贯彻落实党中央、国务院和市委、市政府决策部署，切实做好相关工作，结合我县实际，制定本方案。",
        "各乡镇人民政府、街道办事处，县政府各部门，有关单位要高度重视，明确分管领导和具体责任人，确保各项任务按期完成。",
        "资金使用严格执行专款专用，实行报账制管理，任何单位和个人不得截留、挤占、挪用。",
        "公示期间，如有异议，请以书面形式向县级主管部门反映，反映情况应当实事求是，署真实姓名和联系方式。",
        "项目实施过程中，严格执行项目法人制、招标投标制、工程监理制和合同管理制，确保工程质量和安全。",
        "对工作中推诿扯皮、敷衍塞责、造成不良影响的，依纪依规严肃追究有关单位和人员的责任。",
        "本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。",
        "全县共排查整治隐患一千二百余处，下达整改通知书八十六份，整改完成率达到百分之九十八。",
        "按照“公开为常态、不公开为例外”原则，及时、准确、全面公开相关信息，主动接受社会监督。",
        "联系电话：023-51521234，联系地址：巫溪县柏杨街道滨河北路106号，邮政编码：405800。",
    ];

    private static readonly string[] Places = ["宁河街道", "柏杨街道", "城厢镇", "凤凰镇", "宁厂镇", "上磺镇", "古路镇", "文峰镇", "徐家镇", "白鹿镇", "尖山镇", "下堡镇", "峰灵镇", "塘坊镇", "朝阳镇", "田坝镇"];

    /// <summary>Places named in about one item in a thousand: the "rare word" queries of the search benchmark.</summary>
    public static readonly string[] RarePlaces = ["红池坝", "兰英大峡谷", "宁厂古镇", "灵巫洞", "阴条岭", "五溪拱桥", "荆竹坝", "双阳乡", "猫儿背", "白鹿溪"];

    private static readonly (string Code, string Area, string Topic)[] Classes =
    [
        ("a20-07", "czys-bm", "03"), ("a20-11", "ggfw-db", "16"), ("a20-11", "ggfw-jy", "10"), ("a20-10", "zdxm-jd", "02"),
        ("a20-09", "ggzy-cg", "03"), ("a20-13", "hjbh-kq", "09"), ("a20-13", "aqsc-ya", "08"), ("a20-05", "xzsp-jg", "01"),
        ("a20-15", "", "01"), ("a20-01", "", "01"), ("a21-02", "", "05"), ("a21-01", "", "09"),
    ];

    /// <summary>Writes <paramref name="count"/> items as JSON lines for <c>gongkai import catalog</c>.</summary>
    public static void WriteJsonLines(string path, int count, IReadOnlyList<string> bodyCodes, int seed = 20151231)
    {
        var random = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var year = 2011 + random.Next(16);
            var written = new DateOnly(year, 1, 1).AddDays(random.Next(360));
            var published = written.AddDays(random.Next(15));
            var subject = Subjects[random.Next(Subjects.Length)];
            var place = Places[random.Next(Places.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var cls = Classes[random.Next(Classes.Length)];
            body.Clear();
            var target = 1000 + random.Next(4000);
            while (Encoding.UTF8.GetByteCount(body.ToString()) < target)
            {
                body.Append("<p>").Append(place).Append(Sentences[random.Next(Sentences.Length)]).Append(Sentences[random.Next(Sentences.Length)]).Append("</p>");
            }

            if (random.Next(1000) == 0)
            {
                body.Append("<p>工作组还赴").Append(RarePlaces[random.Next(RarePlaces.Length)]).Append("实地查看了项目进展情况。</p>");
            }

            var row = new ImportRow
            {
                Body = bodyCodes[random.Next(bodyCodes.Count)],
                Title = $"巫溪县{place}{year}年{subject}{kind}（第{i % 97 + 1}批）",
                Summary = $"公开{place}{year}年{subject}有关情况。",
                DocumentNumber = random.Next(3) == 0 ? $"巫溪府办发〔{year}〕{random.Next(1, 300)}号" : null,
                WrittenOn = written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PublishedOn = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Topic = cls.Topic,
                Category = cls.Code,
                KeyArea = cls.Area,
                Keywords = $"{subject} {place}",
                BodyHtml = body.ToString(),
            };
            w.WriteLine(JsonSerializer.Serialize(row, options));
        }
    }
}

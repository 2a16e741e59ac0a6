using System.Globalization;
using System.Text;
using Gongkai.Calendar;

namespace Gongkai.Demo;

/// <summary>An item the demo county published in 2015.</summary>
public sealed record DemoItem(string BodyCode, string Title, string? Summary, string? DocumentNumber, DateOnly WrittenOn, DateOnly PublishedOn, string Topic, string StatutoryCategory, string? KeyArea, string? Keywords, string BodyHtml);

/// <summary>
/// Everything 巫溪县 disclosed proactively in 2015, generated so that every figure section 二 of its 2015 annual
/// report (seed 000) gives can be recounted from the catalog. The text is synthetic but written the way county
/// bodies write; people, companies and most projects are invented, places and streets are 巫溪县's own.
/// </summary>
public static class DemoCatalog
{
    public const int Total = 23123, CountyLevel = 17403, TownshipLevel = 5720;

    /// <summary>
    /// The report's figures and how to recount each: items whose key area is <c>KeyArea</c> or one of its
    /// sub-areas and whose title contains <c>TitleMarker</c> (empty = any title); see <see cref="Matches"/>.
    /// Where one sub-area carries several figures the markers split it exactly: every item of that sub-area
    /// matches exactly one of its rows.
    /// </summary>
    public static readonly IReadOnlyList<(string Label, string KeyArea, string TitleMarker, int Count)> SeedCounts =
    [
        ("预决算信息", "czys", "", 70),
        ("保障性安居工程建设信息", "ggzy-bzf", "保障性安居工程建设", 6),
        ("保障性安居工程政策信息", "ggzy-bzf", "政策", 2),
        ("保障性安居工程项目建设信息", "ggzy-bzf", "项目建设信息", 3),
        ("土地房屋确权登记公告", "ggzy-qq", "", 39),
        ("国有建设用地使用权招拍挂出让和结果公告", "ggzy-cr", "", 1),
        ("征地公告以及补偿方案公告", "ggzy-zd", "", 8),
        ("工程建设招标公告", "ggzy-gc", "招标公告", 189),
        ("工程建设评标结果公示", "ggzy-gc", "评标结果公示", 176),
        ("工程建设中标结果公示", "ggzy-gc", "中标结果公示", 152),
        ("政府采购招标公示", "ggzy-cg", "采购公告", 71),
        ("政府采购结果公示", "ggzy-cg", "结果公示", 71),
        ("土地矿权招拍挂公告", "ggzy-kq", "出让公告", 14),
        ("土地矿权招拍挂成交", "ggzy-kq", "成交", 4),
        ("重点建设项目投资额度、责任部门、建设进度", "zdxm-jd", "", 27),
        ("重点建设项目完成情况通报", "zdxm-tb", "", 9),
        ("项目审批、核准、监管信息", "zdxm-sp", "", 11),
        ("建设项目招标公告、预中标公示、中标公告", "zdxm-zb", "", 101),
        ("低保工作动态、公告公示、民政专项资金管理使用信息", "ggfw-db", "", 123),
        ("社保信息", "ggfw-sb", "", 46),
        ("救助金发放政策文件", "ggfw-jz", "", 18),
        ("教育信息（6000余条）", "ggfw-jy", "", 6012),
        ("医疗卫生服务收费信息（100余条）", "ggfw-yl", "", 104),
        ("空气质量信息", "hjbh-kq", "", 365),
        ("水环境质量信息", "hjbh-sz", "", 8),
        ("污染物排放信息", "hjbh-pf", "", 2),
        ("环境保护审批公示公告", "hjbh-sp", "", 317),
        ("建设项目环境影响评价信息", "hjbh-hp", "", 7),
        ("食品药品执法检查信息", "spyp-jc", "", 5),
        ("食品药品治理整顿信息", "spyp-zz", "", 21),
        ("药品经营企业GSP认证公示公告", "spyp-gsp", "", 3),
        ("食品安全检测联合通报", "spyp-tb", "", 5),
        ("食品安全检测结果公示", "spyp-jg", "", 3),
        ("食品药品行政处罚案件信息", "spyp-cf", "", 12),
        ("生产安全事故", "aqsc-sg", "", 4),
        ("安全生产应急预案、法律法规、政策性文件、公示公告", "aqsc-ya", "", 173),
    ];

    /// <summary>The county government and its departments, as coded in <see cref="DemoCounty"/>.</summary>
    public static readonly IReadOnlyList<string> CountyBodyCodes = [.. Units.County.Select(u => u.Code)];

    /// <summary>The 32 townships and streets, as coded in <see cref="DemoCounty"/>.</summary>
    public static readonly IReadOnlyList<string> TownshipBodyCodes = [.. Units.Townships.Select(u => u.Code)];

    /// <summary>Whether an item counts towards a <see cref="SeedCounts"/> row.</summary>
    public static bool Matches(DemoItem item, string keyArea, string titleMarker)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.KeyArea is { } area
            && (area == keyArea || (area.StartsWith(keyArea, StringComparison.Ordinal) && area.Length > keyArea.Length && area[keyArea.Length] == '-'))
            && item.Title.Contains(titleMarker, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every proactive item 巫溪县 published in 2015, in publication order. Built afresh on each call from a
    /// fixed seed, so two calls give equal sequences; all 23 123 take well under a second.
    /// </summary>
    public static IEnumerable<DemoItem> Items2015() => new Generator().Run();

    /// <summary>A disclosing body with what its items need: names, 发文字号 prefix, usual topic and category, and its lines of work.</summary>
    private sealed record Unit(
        string Code, string Name, string Short, string Issuer, string Topic, string Category, string HeadTitle, string Phone, string[] Work)
    {
        public bool Township { get; init; }

        public bool Street { get; init; }
    }

    private static class Units
    {
        // Copied from DemoCounty (whose tables are private); DemoCatalogTests checks nothing is missing or extra.
        public static readonly Unit[] County =
        [
            new("wuxi", "巫溪县人民政府", "县政府", "巫溪府发", "01", "a20-15", "县长", "023-51528016",
                ["森林防火", "防汛抗旱", "安全生产", "招商引资", "扶贫攻坚", "城乡环境综合整治", "农村公路建设", "高山生态扶贫搬迁", "春耕生产", "重点项目建设", "财税收入征管", "旅游产业发展", "特色效益农业", "依法行政", "社会治安综合治理", "食品安全", "民生实事", "地质灾害防治", "信访维稳"]),
            Dept(1, "zfb", "巫溪县人民政府办公室", "县政府办", "巫溪府办发", "01", "a20-15", "党组书记、主任",
                ["政务信息报送", "政务值班", "督查督办", "电子政务", "应急管理", "政府网站建设", "政务公开", "公文处理", "机关事务管理", "法制工作"]),
            Dept(2, "fgw", "巫溪县发展和改革委员会", "县发展改革委", "巫溪发改发", "02", "a20-03", "党组书记、主任",
                ["“十三五”规划编制", "固定资产投资", "项目前期工作", "重点项目储备", "节能降耗", "社会信用体系建设", "粮食安全", "服务业发展", "中央预算内投资项目管理", "对口帮扶协作"]),
            Dept(3, "jw", "巫溪县教育委员会", "县教委", "巫溪教委发", "10", "a20-11", "党委书记、主任",
                ["机关党建", "党风廉政建设", "机关作风建设", "教育系统精准扶贫"]),
            Dept(4, "kw", "巫溪县科学技术委员会", "县科委", "巫溪科委发", "10", "a20-15", "党组书记、主任",
                ["科技特派员服务", "科普宣传", "专利申请资助", "科技型企业培育", "农业科技示范", "科技成果转化", "知识产权保护", "科技项目管理"]),
            Dept(5, "jxw", "巫溪县经济和信息化委员会", "县经济信息委", "巫溪经信发", "06", "a20-15", "党组书记、主任",
                ["工业经济运行", "中小微企业发展", "迎峰度夏电力保障", "淘汰落后产能", "工业节能监察", "两化融合", "工业园区建设", "规模以上工业企业培育"]),
            Dept(6, "mzzj", "巫溪县民族宗教事务委员会", "县民宗委", "巫溪民宗委发", "17", "a20-15", "党组书记、主任",
                ["民族团结进步创建", "宗教活动场所管理", "宗教政策法规学习宣传", "少数民族发展资金管理", "宗教场所安全检查", "民族宗教领域矛盾纠纷排查"]),
            Dept(7, "gaj", "巫溪县公安局", "县公安局", "巫溪公发", "15", "a21-01", "党委书记、局长",
                ["社会治安防控", "道路交通安全整治", "禁毒宣传", "打击电信诈骗", "户籍管理", "消防安全", "平安巫溪建设", "校园安全保卫", "出租房屋治安管理", "枪支爆炸物品管理"]),
            Dept(8, "mzj", "巫溪县民政局", "县民政局", "巫溪民政发", "16", "a21-01", "党组书记、局长",
                ["优抚安置", "殡葬改革", "社会组织管理", "养老服务", "救灾物资储备", "婚姻登记", "地名普查", "双拥共建", "老龄工作", "慈善募捐"]),
            Dept(9, "sfj", "巫溪县司法局", "县司法局", "巫溪司发", "15", "a20-15", "党组书记、局长",
                ["“六五”普法", "人民调解", "法律援助", "社区矫正", "安置帮教", "法律进乡村", "依法治县", "司法所规范化建设"]),
            Dept(10, "czj", "巫溪县财政局", "县财政局", "巫溪财发", "03", "a20-15", "党组书记、局长",
                ["财政收支管理", "惠农补贴“一卡通”", "政府采购监管", "财政监督检查", "国库集中支付", "非税收入征管", "会计人员管理", "预算绩效管理", "政府性债务管理", "财政扶贫资金管理"]),
            Dept(11, "rsj", "巫溪县人力资源和社会保障局", "县人力社保局", "巫溪人社发", "14", "a20-11", "党组书记、局长",
                ["就业创业", "农民工工资支付", "职业技能培训", "劳动保障监察", "人才引进", "劳动人事争议调解仲裁", "返乡农民工创业", "高校毕业生就业"]),
            Dept(12, "gfj", "巫溪县国土资源和房屋管理局", "县国土房管局", "巫溪国土房管发", "04", "a21-01", "党组书记、局长",
                ["地质灾害防治", "耕地保护", "国土资源执法监察", "房地产市场监管", "矿产资源管理", "不动产统一登记", "土地整治", "节约集约用地"]),
            Dept(13, "hbj", "巫溪县环境保护局", "县环保局", "巫溪环发", "09", "a20-13", "党组书记、局长",
                ["大气污染防治", "环境执法", "大宁河水污染防治", "农村环境连片整治", "环境宣传教育", "危险废物监管", "环境应急管理", "饮用水水源地保护"]),
            Dept(14, "cjw", "巫溪县城乡建设委员会", "县城乡建委", "巫溪建委发", "09", "a21-01", "党委书记、主任",
                ["建筑施工安全", "农村危旧房改造", "建筑市场监管", "房地产开发管理", "城乡环境综合整治", "建筑节能", "场镇建设", "工程质量监督"]),
            Dept(15, "jtw", "巫溪县交通委员会", "县交委", "巫溪交委发", "06", "a21-01", "党委书记、主任",
                ["农村公路建设", "道路运输安全", "农村客运", "水上交通安全", "公路养护", "治理车辆超限超载", "交通工程质量监督", "农村客运招呼站建设"]),
            Dept(16, "slj", "巫溪县水务局", "县水务局", "巫溪水务发", "05", "a21-01", "党组书记、局长",
                ["防汛抗旱", "农村饮水安全", "河道管理", "水土保持", "小型水库安全管理", "水资源管理", "小型农田水利建设", "山洪灾害防治"]),
            Dept(17, "nw", "巫溪县农业委员会", "县农委", "巫溪农委发", "05", "a20-11", "党委书记、主任",
                ["春耕生产", "马铃薯产业", "中药材产业", "重大动物疫病防控", "农产品质量安全", "农业机械化", "农业综合开发", "家庭农场培育", "农民专业合作社规范", "新型职业农民培育", "山羊产业", "核桃产业"]),
            Dept(18, "lyj", "巫溪县林业局", "县林业局", "巫溪林业发", "05", "a20-15", "党组书记、局长",
                ["森林防火", "新一轮退耕还林", "天然林保护", "林业有害生物防治", "野生动物保护", "集体林权制度改革", "造林绿化", "木材经营监管"]),
            Dept(19, "swj", "巫溪县商务局", "县商务局", "巫溪商务发", "07", "a20-15", "党组书记、局长",
                ["电子商务进农村", "商贸流通", "市场运行监测", "招商引资", "成品油市场监管", "酒类流通管理", "商务诚信建设", "农村市场体系建设"]),
            Dept(20, "whw", "巫溪县文化委员会", "县文化委", "巫溪文委发", "11", "a21-01", "党委书记、主任",
                ["公共文化服务", "农家书屋", "文化下乡", "文物保护", "非物质文化遗产保护", "广播电视“村村通”", "文化市场执法", "全民健身"]),
            Dept(21, "wjw", "巫溪县卫生和计划生育委员会", "县卫生计生委", "巫溪卫计委发", "12", "a20-11", "党委书记、主任",
                ["深化医药卫生体制改革", "分级诊疗", "基本公共卫生服务", "计划生育服务管理", "传染病防控", "卫生监督执法", "妇幼健康服务", "爱国卫生运动", "卫生应急", "“单独两孩”政策落实"]),
            Dept(22, "sjj", "巫溪县审计局", "县审计局", "巫溪审发", "03", "a20-15", "党组书记、局长",
                ["经济责任审计", "预算执行审计", "扶贫资金审计", "政府投资项目审计", "审计整改落实", "专项资金审计"]),
            Dept(23, "ajj", "巫溪县安全生产监督管理局", "县安监局", "巫溪安监发", "08", "a20-13", "党组书记、局长",
                ["安全生产大检查", "非煤矿山安全监管", "危险化学品安全监管", "烟花爆竹安全监管", "职业卫生监管", "“安全生产月”活动", "隐患排查治理", "安全生产执法"]),
            Dept(24, "tjj", "巫溪县统计局", "县统计局", "巫溪统发", "02", "a20-04", "党组书记、局长",
                ["统计数据质量管理", "1%人口抽样调查", "统计执法检查", "统计业务培训", "名录库更新维护", "农业统计", "服务业统计", "统计信息服务"]),
            Dept(25, "spyj", "巫溪县食品药品监督管理局", "县食品药品监管局", "巫溪食药监发", "08", "a20-13", "党组书记、局长",
                ["餐饮服务食品安全", "学校食堂食品安全", "药品流通监管", "保健食品监管", "化妆品监管", "医疗器械监管", "食品小作坊整治", "食品安全宣传周"]),
            Dept(26, "gsj", "巫溪县工商行政管理局", "县工商局", "巫溪工商发", "08", "a20-13", "党组书记、局长",
                ["企业年度报告公示", "商事制度改革", "消费者权益保护", "合同监管", "商标战略实施", "个体工商户管理", "红盾护农", "无照经营整治"]),
            Dept(27, "lvj", "巫溪县旅游局", "县旅游局", "巫溪旅发", "07", "a20-15", "党组书记、局长",
                ["红池坝景区建设", "宁厂古镇保护开发", "乡村旅游", "旅游市场秩序整治", "旅游宣传营销", "避暑休闲旅游", "旅游安全", "旅游从业人员培训"]),
            Dept(28, "fpb", "巫溪县扶贫开发办公室", "县扶贫办", "巫溪扶贫办发", "16", "a20-11", "党组书记、主任",
                ["精准扶贫", "建档立卡", "扶贫项目管理", "财政扶贫资金管理", "整村脱贫", "高山生态扶贫搬迁", "“雨露计划”", "扶贫小额信贷"]),
            Dept(29, "ghj", "巫溪县规划局", "县规划局", "巫溪规发", "09", "a20-03", "党组书记、局长",
                ["城乡规划编制", "规划许可管理", "控制性详细规划", "规划执法", "场镇规划", "村庄规划", "规划批后管理", "城市设计"]),
            Dept(30, "szj", "巫溪县市政园林管理局", "县市政园林局", "巫溪市政园林发", "09", "a21-01", "党组书记、局长",
                ["城市管理", "市容环境整治", "园林绿化", "城区路灯维护", "环卫保洁", "占道经营整治", "城区停车管理", "数字化城管"]),
            Dept(31, "wjj", "巫溪县物价局", "县物价局", "巫溪价发", "08", "a20-08", "党组书记、局长",
                ["价格监测", "收费公示", "价格举报处理", "明码标价", "成本监审", "农产品成本调查", "涉企收费清理", "节假日市场价格监管"]),
            Dept(32, "xzfw", "巫溪县行政服务中心", "县行政服务中心", "巫溪行服发", "01", "a20-05", "党组书记、主任",
                ["窗口服务", "便民服务", "网上审批", "三级便民服务体系建设", "行政审批制度改革", "窗口作风建设", "政务服务标准化", "公共资源交易服务"]),
        ];

        public static readonly string[] TownWork =
        [
            "春耕生产", "森林防火", "防汛", "地质灾害防治", "精准扶贫", "高山生态扶贫搬迁", "新一轮退耕还林", "农村公路建设",
            "农村饮水安全", "中药材种植", "马铃薯种植", "核桃产业", "山羊养殖", "重大动物疫病防控", "安全生产", "场镇环境整治",
            "计划生育", "社会治安综合治理", "信访维稳", "1%人口抽样调查", "征兵", "城乡居民合作医疗保险参保", "城乡居民养老保险",
            "农村危旧房改造", "土地承包经营权流转", "烤烟生产",
        ];

        private static readonly (string Code, string Name)[] TownshipNames =
        [
            ("ninghe", "宁河街道"), ("baiyang", "柏杨街道"), ("chengxiang", "城厢镇"), ("fenghuang", "凤凰镇"),
            ("ningchang", "宁厂镇"), ("shanghuang", "上磺镇"), ("gulu", "古路镇"), ("wenfeng", "文峰镇"),
            ("xujia", "徐家镇"), ("bailu", "白鹿镇"), ("jianshan", "尖山镇"), ("xiabao", "下堡镇"),
            ("fengling", "峰灵镇"), ("tangfang", "塘坊镇"), ("chaoyang", "朝阳镇"), ("tianba", "田坝镇"),
            ("tongcheng", "通城镇"), ("lingjiao", "菱角镇"), ("pulian", "蒲莲镇"), ("tucheng", "土城镇"),
            ("hongchiba", "红池坝镇"), ("shengli", "胜利乡"), ("dahe", "大河乡"), ("tianxing", "天星乡"),
            ("changgui", "长桂乡"), ("yulin", "鱼鳞乡"), ("wulong", "乌龙乡"), ("huatai", "花台乡"),
            ("lanying", "兰英乡"), ("shuangyang", "双阳乡"), ("zhongliang", "中梁乡"), ("tianyuan", "天元乡"),
        ];

        public static readonly Unit[] Townships = BuildTownships();

        public static readonly Dictionary<string, Unit> ByCode = County.Concat(Townships).ToDictionary(u => u.Code, StringComparer.Ordinal);

        private static Unit Dept(int serial, string code, string name, string shortName, string issuer, string topic, string category, string head, string[] work) =>
            new(code, name, shortName, issuer, topic, category, head, Phone(serial), work);

        // Same formula as DemoCounty.Phone, so an item's contact line matches the body's directory entry.
        private static string Phone(int serial) => string.Create(CultureInfo.InvariantCulture, $"023-5152{8100 + (serial * 37 % 900):D4}");

        private static Unit[] BuildTownships()
        {
            var list = new Unit[TownshipNames.Length];
            for (var i = 0; i < TownshipNames.Length; i++)
            {
                var (code, name) = TownshipNames[i];
                var street = name.EndsWith("街道", StringComparison.Ordinal);
                var stem = name[..^(street ? 2 : 1)];
                list[i] = new Unit(
                    code,
                    street ? $"巫溪县{name}办事处" : $"巫溪县{name}人民政府",
                    name,
                    street ? $"{stem}街办发" : $"{stem}府发",
                    "05",
                    "a21-02",
                    street ? "党工委书记" : "党委书记",
                    Phone(33 + i),
                    TownWork)
                { Township = true, Street = street };
            }

            return list;
        }
    }

    /// <summary>A generated item before its 发文字号 is numbered.</summary>
    private sealed class Draft
    {
        public required Unit Unit { get; init; }

        public required DateOnly Written { get; init; }

        public required DateOnly Published { get; init; }

        public required string Title { get; init; }

        public string? Summary { get; init; }

        public string? Issuer { get; init; }

        public required string Topic { get; init; }

        public required string Category { get; init; }

        public string? KeyArea { get; init; }

        public required string Keywords { get; init; }

        public required string Html { get; init; }

        public int Seq { get; init; }
    }

    /// <summary>A kind of ordinary item: title and paragraph templates with {slot} placeholders (see Generator.Slot).</summary>
    private sealed record Kind(int Weight, int From, int To, string[] Titles, string[] First, string[] Second, string Keywords)
    {
        public string? Topic { get; init; }

        public string? Category { get; init; }

        public bool Doc { get; init; }

        public string? Summary { get; init; }
    }

    private sealed class Generator
    {
        private static readonly DateOnly Jan1 = new(2015, 1, 1);
        private static readonly DateOnly Dec31 = new(2015, 12, 31);
        private static readonly DateOnly[] Workdays = BuildWorkdays();
        private static readonly int[] MonthStart = BuildMonthStart();

        // A fixed seed: the demo must come out the same on every machine and every run.
        private readonly Random rng = new(20151231);
        private readonly List<Draft> drafts = new(Total + 16);
        private readonly HashSet<string> titles = new(StringComparer.Ordinal);
        private readonly StringBuilder sb = new(1024);
        private readonly Dictionary<string, string[]> villages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> heads = new(StringComparer.Ordinal);
        private int countyCount;
        private int townshipCount;

        public Generator()
        {
            foreach (var u in Units.County.Concat(Units.Townships))
            {
                heads[u.Code] = Person();
            }

            for (var i = 0; i < Units.Townships.Length; i++)
            {
                var t = Units.Townships[i];
                var picked = new List<string>();
                if (t.Street)
                {
                    picked.AddRange(i == 0 ? ["北门社区", "南门湾社区", "柳门社区", "新华社区", "赵家坝社区"] : ["马镇坝社区", "柏杨社区", "滨河社区", "龙池社区"]);
                }

                while (picked.Count < (t.Street ? 8 : 9))
                {
                    var v = VillagePool[rng.Next(VillagePool.Length)];
                    if (!picked.Contains(v))
                    {
                        picked.Add(v);
                    }
                }

                villages[t.Code] = [.. picked];
            }
        }

        public List<DemoItem> Run()
        {
            KeyAreaItems();
            OrdinaryItems();
            if (countyCount != CountyLevel || townshipCount != TownshipLevel || drafts.Count != Total)
            {
                throw new InvalidOperationException($"Demo catalog came out as {countyCount}+{townshipCount}, not {CountyLevel}+{TownshipLevel}.");
            }

            // 发文字号 run by issuer in date order; numbers skip now and then because not every document is disclosed.
            var next = new Dictionary<string, int>(StringComparer.Ordinal);
            var numbers = new string?[drafts.Count];
            foreach (var d in drafts.Where(d => d.Issuer is not null).OrderBy(d => d.Written).ThenBy(d => d.Seq))
            {
                var n = next.GetValueOrDefault(d.Issuer!) + 1 + (rng.Next(3) == 0 ? rng.Next(1, 4) : 0);
                next[d.Issuer!] = n;
                numbers[d.Seq] = string.Create(CultureInfo.InvariantCulture, $"{d.Issuer}〔2015〕{n}号");
            }

            return
            [
                .. drafts.OrderBy(d => d.Published).ThenBy(d => d.Written).ThenBy(d => d.Seq).Select(d => new DemoItem(
                    d.Unit.Code, d.Title, d.Summary, numbers[d.Seq], d.Written, d.Published, d.Topic, d.Category, d.KeyArea, d.Keywords, d.Html)),
            ];
        }

        private void Add(
            Unit u, DateOnly written, string title, string? summary, string? issuer, string topic, string category, string? keyArea,
            string keywords, string html, DateOnly? published = null)
        {
            titles.Add(title);
            drafts.Add(new Draft
            {
                Unit = u,
                Written = written,
                Published = published ?? Publish(written),
                Title = title,
                Summary = summary,
                Issuer = issuer,
                Topic = topic,
                Category = category,
                KeyArea = keyArea,
                Keywords = keywords,
                Html = html,
                Seq = drafts.Count,
            });
            if (u.Township)
            {
                townshipCount++;
            }
            else
            {
                countyCount++;
            }
        }

        /// <summary>Paragraphs as plain &lt;p&gt; HTML; a short notice gets the body's contact line, as real notices do.</summary>
        private string Html(Unit u, params string[] paragraphs)
        {
            sb.Clear();
            foreach (var p in paragraphs)
            {
                sb.Append("<p>").Append(p).Append("</p>");
            }

            if (sb.Length < 150)
            {
                sb.Append("<p>本信息由").Append(u.Name).Append("负责解释。如需了解详细情况，请与").Append(u.Short)
                    .Append("联系，联系电话：").Append(u.Phone).Append("；办公时间：周一至周五 上午9:00—12:00，下午14:30—17:30（法定节假日除外）。</p>");
            }

            return sb.ToString();
        }

        // ---- dates ----

        private static DateOnly[] BuildWorkdays()
        {
            var list = new List<DateOnly>(260);
            for (var d = Jan1; d <= Dec31; d = d.AddDays(1))
            {
                if (Official.Days.IsWorkingDay(d))
                {
                    list.Add(d);
                }
            }

            return [.. list];
        }

        private static int[] BuildMonthStart()
        {
            var starts = new int[13];
            for (var m = 1; m <= 12; m++)
            {
                starts[m - 1] = Array.FindIndex(Workdays, d => d.Month == m);
            }

            starts[12] = Workdays.Length;
            return starts;
        }

        private DateOnly Workday(int fromMonth, int toMonth) => Workdays[rng.Next(MonthStart[fromMonth - 1], MonthStart[toMonth])];

        private DateOnly Workday(DateOnly from, DateOnly to)
        {
            var a = AtOrAfter(from);
            var b = AtOrAfter(to.AddDays(1));
            return b > a ? Workdays[rng.Next(a, b)] : Workdays[Math.Min(a, Workdays.Length - 1)];
        }

        private static int AtOrAfter(DateOnly d)
        {
            var i = Array.BinarySearch(Workdays, d);
            return i >= 0 ? i : ~i;
        }

        private static DateOnly NextWorkday(DateOnly d)
        {
            var i = AtOrAfter(d);
            return i < Workdays.Length ? Workdays[i] : Dec31;
        }

        private static DateOnly Clamp(DateOnly d) => d < Jan1 ? Jan1 : d > Dec31 ? Dec31 : d;

        /// <summary>Most items go up within a few working days; about one in three hundred lingers for weeks.</summary>
        private DateOnly Publish(DateOnly written)
        {
            var r = rng.Next(1000);
            var lag = r < 340 ? 0 : r < 640 ? rng.Next(1, 4) : r < 910 ? rng.Next(4, 11) : r < 997 ? rng.Next(11, 16) : rng.Next(16, 29);
            if (lag == 0)
            {
                return written;
            }

            var p = NextWorkday(written.AddDays(lag));
            if (p.DayNumber - written.DayNumber > 15 && lag <= 15)
            {
                var i = AtOrAfter(written.AddDays(lag)) - 1;
                p = i >= 0 && Workdays[i] >= written ? Workdays[i] : written;
            }

            return p > Dec31 ? Dec31 : p;
        }

        private static string Md(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Month}月{d.Day}日");

        private static string Ymd(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

        private static string Period(int month) => month switch
        {
            <= 3 => "一季度",
            <= 6 => "上半年",
            <= 9 => "前三季度",
            _ => "今年以来",
        };

        private static string QuarterName(int q) => q switch { 1 => "一", 2 => "二", 3 => "三", _ => "四" };

        // ---- picks ----

        private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

        private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

        private string Person()
        {
            var name = Pick(Surnames) + Pick(Given);
            return rng.Next(10) < 7 ? name + Pick(Given) : name;
        }

        private string Village(Unit town) => Pick(villages[town.Code]);

        private Unit Town() => Pick(Units.Townships);

        /// <summary>A village name without 村/社区, for names such as 巫溪县双河中药材种植专业合作社.</summary>
        private static string Stem(string village) =>
            village.EndsWith("社区", StringComparison.Ordinal) ? village[..^2] : village.EndsWith('村') ? village[..^1] : village;

        private string Head(Unit u)
        {
            if (u.Code != "wuxi")
            {
                return u.Short + u.HeadTitle + heads[u.Code];
            }

            var (title, name) = Pick(Leaders);
            return title + name;
        }

        private string Company() => "重庆" + Pick(CompanyStems) + Pick(CompanyKinds);

        private string Money(double min, double max) =>
            (min + (rng.NextDouble() * (max - min))).ToString(max >= 100 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

        private string Num(int min, int max) => rng.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);

        private string Demands(string phrase)
        {
            var a = rng.Next(DemandPool.Length);
            var b = (a + 1 + rng.Next(DemandPool.Length - 2)) % DemandPool.Length;
            var c = b;
            while (c == a || c == b)
            {
                c = rng.Next(DemandPool.Length);
            }

            return ("一" + DemandPool[a] + "；二" + DemandPool[b] + "；三" + DemandPool[c]).Replace("{P}", phrase, StringComparison.Ordinal);
        }

        // ---- key areas: the figures of section 二 ----

        private void KeyAreaItems()
        {
            Budgets();
            Housing();
            LandRegistration();
            Tendering();
            Procurement();
            LandAndMining();
            MajorProjects();
            Subsistence();
            SocialSecurity();
            Relief();
            Education();
            HealthCharges();
            Environment();
            FoodAndDrugs();
            WorkSafety();
            Approvals();
        }

        private static Unit U(string code) => Units.ByCode[code];

        private void Budgets()
        {
            var czj = U("czj");
            (string Title, int From, int To, string First, string Second)[] government =
            [
                ("巫溪县2014年全县及县级预算执行情况和2015年全县及县级预算草案的报告", 1, 2,
                    "受县人民政府委托，县财政局向县第十六届人民代表大会第五次会议报告2014年全县及县级预算执行情况和2015年全县及县级预算草案。2014年，全县一般公共预算收入完成72368万元，增长11.6%；一般公共预算支出完成386542万元，增长8.9%，收支平衡。",
                    "2015年全县一般公共预算收入预期增长10%，安排79600万元；加上中央和市级补助、上年结转等，一般公共预算支出安排401280万元。预算安排坚持“保工资、保运转、保民生”，重点保障教育、社会保障、医疗卫生、扶贫开发和农林水等民生支出，民生支出占比达到78.4%。"),
                ("巫溪县2015年县级一般公共预算收支表及说明", 2, 3,
                    "经县第十六届人民代表大会第五次会议审查批准，现将巫溪县2015年县级一般公共预算收支情况公开如下。2015年县级一般公共预算收入安排61850万元，其中税收收入42380万元，非税收入19470万元。",
                    "县级一般公共预算支出安排352460万元，其中一般公共服务支出31245万元，教育支出78932万元，社会保障和就业支出56318万元，医疗卫生与计划生育支出39874万元，农林水支出68215万元，交通运输支出24690万元。详细收支情况见附表。"),
                ("巫溪县2015年县级政府性基金预算收支表及说明", 2, 3,
                    "2015年县级政府性基金预算收入安排38600万元，主要为国有土地使用权出让收入35200万元、城市基础设施配套费收入2100万元及其他政府性基金收入1300万元。",
                    "县级政府性基金预算支出安排40125万元，主要用于征地拆迁补偿、城市建设、农业土地开发、保障性安居工程及偿还到期政府性债务，做到以收定支、专款专用。"),
                ("巫溪县2015年上半年预算执行情况的报告", 7, 8,
                    "2015年上半年，全县一般公共预算收入完成39862万元，为年度预算的50.1%，同比增长10.4%；一般公共预算支出完成203417万元，为年度预算的50.7%，同比增长9.2%。",
                    "上半年财政运行总体平稳，民生支出保障有力，教育、社会保障、医疗卫生等重点支出均按进度拨付。下半年，县财政局将进一步加强收入征管，严控一般性支出，盘活财政存量资金，确保完成全年预算目标。"),
                ("巫溪县2014年全县及县级财政决算", 8, 9,
                    "经县第十六届人民代表大会常务委员会第二十八次会议审查批准，现将巫溪县2014年全县及县级财政决算公开如下。2014年全县一般公共预算收入72368万元，一般公共预算支出386542万元；政府性基金收入41237万元，政府性基金支出43869万元。",
                    "2014年，全县财政收支实现平衡，年终结转结余按规定结转下年使用。县级“三公”经费支出2863万元，比上年下降18.7%。决算收支表、“三公”经费决算情况说明等详见附表。"),
                ("巫溪县2015年县级预算调整方案", 10, 11,
                    "因新增中央和市级补助资金及新增政府债券，需对2015年县级预算进行调整。本次调整后，县级一般公共预算支出由352460万元调整为371938万元，增加19478万元；政府性基金预算支出由40125万元调整为46375万元，增加6250万元。",
                    "新增支出主要用于农村公路建设、高山生态扶贫搬迁、农村义务教育薄弱学校改造及城区棚户区改造等项目。调整方案已经县人民代表大会常务委员会审查批准。"),
            ];
            foreach (var (title, from, to, first, second) in government)
            {
                Add(czj, Workday(from, to), title, null, null, "03", "a20-07", "czys-zf", "财政 预算 公开", Html(czj, first, second));
            }

            foreach (var d in Units.County.Skip(1))
            {
                var total = 180 + (rng.NextDouble() * (d.Code is "jw" or "wjw" or "nw" or "jtw" ? 30000 : 4200));
                var grant = total * (0.82 + (rng.NextDouble() * 0.17));
                var basic = total * (0.35 + (rng.NextDouble() * 0.4));
                var change = total * (rng.NextDouble() * 0.12);
                var up = rng.Next(3) > 0;
                var work = d.Work;
                var written = Workday(new DateOnly(2015, 2, 26), new DateOnly(2015, 3, 27));
                Add(d, written, $"{d.Name}2015年部门预算公开说明", $"公开{d.Short}2015年部门收支预算总体情况及变动原因。", null, "03", "a20-07", "czys-bm",
                    "部门预算 预算公开", Html(d,
                        F($"根据《中华人民共和国预算法》和县财政局关于部门预算公开的要求，现将{d.Name}2015年部门预算公开说明如下。2015年收入预算{total:0.00}万元，其中一般公共预算财政拨款{grant:0.00}万元，事业收入及其他收入{total - grant:0.00}万元。"),
                        F($"支出预算{total:0.00}万元，其中基本支出{basic:0.00}万元，主要用于在职人员工资福利和机关日常运转；项目支出{total - basic:0.00}万元，主要用于{Pick(work)}、{Pick(work)}等工作。与上年相比，收支总预算{(up ? "增加" : "减少")}{change:0.00}万元，主要原因是{(up ? "人员工资调整及部分项目支出增加" : "压减一般性支出、部分一次性项目完成")}。")));

                var car = 2 + (rng.NextDouble() * 38);
                var reception = 1 + (rng.NextDouble() * 22);
                var cut = (car + reception) * (0.05 + (rng.NextDouble() * 0.25));
                Add(d, Workday(written, written.AddDays(6)), $"{d.Name}2015年“三公”经费预算情况说明", null, null, "03", "a20-07", "czys-sg",
                    "三公经费 预算公开", Html(d,
                        F($"{d.Name}2015年“三公”经费财政拨款预算{car + reception:0.00}万元，其中：因公出国（境）费0万元；公务用车购置及运行费{car:0.00}万元（其中公务用车购置费0万元，公务用车运行维护费{car:0.00}万元）；公务接待费{reception:0.00}万元。"),
                        F($"与2014年预算相比减少{cut:0.00}万元，下降{cut * 100 / (car + reception + cut):0.0}%。主要原因是认真贯彻落实中央八项规定精神和厉行节约有关要求，严格控制公务接待范围和标准，进一步加强公务用车管理，从严控制“三公”经费支出。")));
            }
        }

        private void Housing()
        {
            var gfj = U("gfj");
            (string Title, int From, int To, string First, string Second)[] items =
            [
                ("巫溪县2015年保障性安居工程建设计划公示", 2, 3,
                    "根据市政府下达的2015年保障性安居工程建设目标任务，我县2015年计划新开工保障性安居工程2860套，其中城市棚户区改造1850套、公共租赁住房210套、农村危旧房改造800户；计划基本建成1520套，完成投资5.6亿元。",
                    "县国土房管局会同县城乡建委等部门将建设任务逐项分解到项目、落实到责任单位，实行月调度、季通报制度，确保年底前全面完成目标任务。"),
                ("巫溪县2015年1-3月保障性安居工程建设进展情况", 4, 4,
                    "截至3月底，全县保障性安居工程新开工586套，占年度目标任务的20.5%；基本建成312套，占年度目标任务的20.5%；完成投资1.12亿元。",
                    "北门片区、柳门街片区棚户区改造项目已完成征收补偿协议签订，马镇坝公共租赁住房二期项目主体工程正在施工。"),
                ("巫溪县2015年1-6月保障性安居工程建设进展情况", 7, 7,
                    "截至6月底，全县保障性安居工程新开工1598套，占年度目标任务的55.9%；基本建成764套，占年度目标任务的50.3%；完成投资2.87亿元。",
                    "各项目建设总体有序推进，但部分棚户区改造项目征收进度偏慢，县国土房管局已会同宁河街道、柏杨街道加大工作力度。"),
                ("巫溪县2015年1-9月保障性安居工程建设进展情况", 10, 10,
                    "截至9月底，全县保障性安居工程新开工2415套，占年度目标任务的84.4%；基本建成1236套，占年度目标任务的81.3%；完成投资4.35亿元。",
                    "农村危旧房改造800户已全部开工，完工612户，补助资金按进度拨付到户。"),
                ("巫溪县2015年1-11月保障性安居工程建设进展情况", 12, 12,
                    "截至11月底，全县保障性安居工程新开工2873套，占年度目标任务的100.5%；基本建成1534套，占年度目标任务的100.9%；完成投资5.72亿元，提前完成市政府下达的年度目标任务。",
                    "县国土房管局将继续督促各项目单位抓好工程质量和安全生产，做好竣工验收和分配入住准备工作。"),
                ("巫溪县2015年保障性安居工程建设分配入住情况", 12, 12,
                    "2015年，全县公共租赁住房累计分配入住1126套，其中本年新分配318套，分配对象为城镇中等偏下收入住房困难家庭、新就业无房职工和在城镇稳定就业的外来务工人员。",
                    "分配全过程实行“三级审核、两次公示”，分配结果已在县政府门户网站和各小区公示栏公开，接受社会监督。"),
                ("巫溪县公共租赁住房申请条件及办理程序政策解读", 3, 4,
                    "根据《重庆市公共租赁住房管理暂行办法》，在本县有稳定工作和收入来源、具有租金支付能力、本人及家庭成员在本县无住房或人均住房建筑面积低于13平方米的，可以申请公共租赁住房。",
                    "申请人向户籍所在地或工作单位所在地街道办事处提出申请，经街道初审、县住房保障机构复审并公示无异议后，纳入轮候库，按摇号结果配租。租金标准按同地段同类住房市场租金的60%左右确定。"),
                ("巫溪县城市棚户区改造房屋征收补偿政策问答", 5, 6,
                    "城市棚户区改造房屋征收实行货币补偿和产权调换两种方式，被征收人可自主选择。选择货币补偿的，按房屋评估价值给予补偿，并按规定给予搬迁费、临时安置费和按期签约奖励。",
                    "选择产权调换的，以被征收房屋建筑面积为基础，在安置房项目中就近选择套型，面积差价按规定结算。征收补偿方案、评估结果和分户补偿情况在征收范围内公示。"),
                ("马镇坝公共租赁住房二期项目建设信息公开", 5, 6,
                    "马镇坝公共租赁住房二期项目位于柏杨街道马镇坝片区，总建筑面积4.2万平方米，建设公共租赁住房630套，总投资1.26亿元，项目业主为巫溪县城市建设投资有限公司。",
                    "项目于2014年10月开工，目前主体结构已封顶，正在进行内外墙装饰施工，计划2015年12月完工。施工单位为重庆渝发建设有限公司，监理单位为重庆正信建设监理有限公司。"),
                ("北门片区城市棚户区改造项目建设信息公开", 8, 9,
                    "北门片区城市棚户区改造项目位于宁河街道北门街，涉及征收房屋486户，规划建设安置房820套，总投资2.35亿元，资金来源为国家开发银行棚改专项贷款及中央补助资金。",
                    "项目已完成房屋征收补偿协议签订452户，一期安置房已开工建设，建设进度及征收补偿情况按月在项目现场公示栏公开。"),
                ("柳门街片区城市棚户区改造项目建设信息公开", 10, 11,
                    "柳门街片区城市棚户区改造项目位于宁河街道柳门街，涉及征收房屋312户，规划建设安置房536套，总投资1.48亿元。",
                    "项目安置房主体工程已完成70%，计划2016年6月交房。项目招标、施工、监理单位及建设进度信息已在县公共资源综合交易网和项目现场同步公开。"),
            ];
            foreach (var (title, from, to, first, second) in items)
            {
                Add(gfj, Workday(from, to), title, null, null, "04", "a21-01", "ggzy-bzf", "保障性安居工程 住房保障", Html(gfj, first, second));
            }
        }

        private void LandRegistration()
        {
            var gfj = U("gfj");
            var made = 0;
            var batches = new List<(DateOnly Written, string First, string Second)>();
            while (made < 39)
            {
                var town = Town();
                var v = Village(town);
                var written = Workday(2, 12);
                string title, first, second;
                switch (rng.Next(3))
                {
                    case 0:
                        title = $"关于{town.Short}{v}集体土地所有权确权登记的公告";
                        first = $"根据《中华人民共和国土地管理法》《土地登记办法》等规定，经权属调查、地籍测量和审核，{town.Short}{v}农民集体土地所有权权属界线清楚、来源合法，拟予确权登记，现予以公告。";
                        second = F($"确权土地总面积{Money(180, 2600)}公顷，涉及{Num(3, 11)}个村民小组。凡对公告内容有异议的，请自公告之日起15个工作日内持书面材料到县国土房管局地籍股或{town.Short}国土资源管理所提出异议申请。逾期无异议的，依法办理登记。");
                        break;
                    case 1:
                        title = $"关于{town.Short}{written.Month}月农村宅基地使用权及房屋所有权确权登记的公告";
                        first = $"根据农村宅基地使用权和房屋所有权确权登记发证工作安排，经申请人申请、村组核实、权属调查和审核，{town.Short}{v}等村{Num(12, 96)}户农户的宅基地使用权及房屋所有权拟予登记。";
                        second = $"登记申请人名单、宅基地位置、面积及房屋建筑面积已在{town.Short}便民服务中心和各村公示栏张贴。利害关系人如有异议，请自公告之日起15个工作日内向县国土房管局提出书面异议。";
                        break;
                    default:
                        first = $"经审核，{Pick(CountyRoads)}等处{Num(2, 9)}宗国有建设用地使用权及地上房屋所有权申请首次登记，权属来源合法、界址清楚、面积准确，现予以公告。";
                        second = "申请人名称、坐落、用途及面积详见公告附表。如有异议，请自公告之日起15个工作日内将异议书面材料送县国土房管局不动产登记中心。逾期无人提出异议或异议不成立的，将予以登记。";
                        // Numbered once all the dates are known, below.
                        batches.Add((written, first, second));
                        made++;
                        continue;
                }

                if (titles.Contains(title))
                {
                    continue;
                }

                Add(gfj, written, title, null, null, "04", "a21-01", "ggzy-qq", "确权登记 公告", Html(gfj, first, second));
                made++;
            }

            var n = 0;
            foreach (var (written, first, second) in batches.OrderBy(b => b.Written))
            {
                n++;
                Add(gfj, written, $"巫溪县国有土地使用权及房屋所有权首次登记公告（2015年第{n}期）", null, null, "04", "a21-01", "ggzy-qq",
                    "确权登记 不动产 公告", Html(gfj, first, second));
            }

            Add(gfj, Workday(7, 7), "巫溪县马镇坝片区C12-1地块国有建设用地使用权挂牌出让及结果公告", null, null, "04", "a20-15", "ggzy-cr",
                "土地出让 挂牌 公告", Html(gfj,
                    "经巫溪县人民政府批准，县国土房管局于2015年6月在巫溪县公共资源交易中心以挂牌方式出让马镇坝片区C12-1地块国有建设用地使用权。该地块面积12486平方米，用途为城镇住宅用地（兼容商业），容积率不大于2.8，出让年限住宅70年、商业40年，挂牌起始价4120万元。",
                    "挂牌期间共有2家竞买人报名并取得竞买资格，经多轮报价，重庆渝东置业有限公司以4685万元竞得该地块使用权。现将出让结果予以公告，竞得人应按规定签订《国有建设用地使用权出让合同》并缴清出让价款。"));

            (string Project, string Approval, string Town)[] takings =
            [
                ("奉溪高速公路巫溪段", "国土资函〔2014〕812号", "城厢镇、凤凰镇"),
                ("巫溪县城区马镇坝片区道路建设项目", "渝府地〔2015〕138号", "柏杨街道"),
                ("巫溪县2015年度第一批次城镇建设用地", "渝府地〔2015〕276号", "宁河街道、柏杨街道"),
                ("巫溪县白鹿镇高山生态扶贫搬迁集中安置点", "渝府地〔2015〕503号", "白鹿镇"),
            ];
            var wuxi = U("wuxi");
            foreach (var (project, approval, towns) in takings)
            {
                var written = Workday(3, 10);
                var area = Money(2, 60);
                Add(wuxi, written, $"巫溪县人民政府关于{project}征收土地的公告", null, null, "04", "a21-01", "ggzy-zd", "征收土地 公告",
                    Html(wuxi,
                        $"经{(approval.StartsWith("国土", StringComparison.Ordinal) ? "国土资源部" : "重庆市人民政府")}批准（{approval}），{project}需征收{towns}集体土地{area}公顷。根据《中华人民共和国土地管理法》和《中华人民共和国土地管理法实施条例》的规定，现将征收土地有关事项公告如下。",
                        "被征收土地的所有权人、使用权人应在本公告规定的期限内，持土地权属证书到县国土房管局办理征地补偿登记。未如期办理登记的，其补偿内容以县国土房管局的调查结果为准。公告之日起，在拟征土地上抢栽抢种抢建的，不予补偿。"));
                var later = Workday(written.AddDays(10), written.AddDays(30));
                Add(gfj, later, $"巫溪县国土资源和房屋管理局关于{project}征地补偿安置方案的公告", null, null, "04", "a21-01", "ggzy-zd", "征地补偿 安置方案 公告",
                    Html(gfj,
                        $"根据《重庆市征地补偿安置办法》（市政府令第55号）及我县现行征地补偿标准，县国土房管局拟定了{project}征地补偿安置方案，现予以公告。本次征收土地{area}公顷，土地补偿费和安置补助费按片区综合标准执行，地上附着物和青苗按县政府规定标准补偿。",
                        "需安置的农业人员按规定办理农转城并纳入社会保障。被征地农村集体经济组织、农村村民或者其他权利人对方案有不同意见或要求举行听证的，请于公告之日起10个工作日内向县国土房管局书面提出。"));
            }
        }

        private sealed record Project(Unit Body, string Name, string Owner, string Town, string Scale, double Budget, int Days, string Qualification);

        /// <summary>A small works project of the kind the county tenders by the hundred: roads, water, schools, clinics, land.</summary>
        private Project WorksProject()
        {
            var town = Town();
            var t = town.Short;
            var v = Village(town);
            var v2 = Village(town);
            while (v2 == v)
            {
                v2 = Village(town);
            }

            switch (rng.Next(16))
            {
                case 0 or 1 or 2:
                    return new(U("jtw"), $"{t}{v}至{v2}公路硬化工程", "巫溪县交通委员会", t,
                        F($"路线全长{Money(2, 14)}公里，路基宽4.5米，路面宽3.5米，水泥混凝土路面"), 80 + (rng.NextDouble() * 520), 90 + (rng.Next(6) * 30), "公路工程施工总承包三级及以上");
                case 3:
                    return new(U("jtw"), $"巫溪县2015年农村公路通畅工程（{t}段）", "巫溪县交通委员会", t,
                        F($"新建及改建农村公路{Money(8, 40)}公里，含路基、路面、涵洞及安保设施"), 600 + (rng.NextDouble() * 1800), 180 + (rng.Next(4) * 30), "公路工程施工总承包三级及以上");
                case 4:
                    return new(U("jtw"), $"{t}{v}便民桥新建工程", "巫溪县交通委员会", t,
                        F($"新建钢筋混凝土拱桥1座，桥长{Num(18, 65)}米，桥面净宽4.5米"), 60 + (rng.NextDouble() * 260), 120 + (rng.Next(3) * 30), "公路工程施工总承包三级或桥梁工程专业承包三级及以上");
                case 5 or 6:
                    return new(U("slj"), $"{t}{v}农村饮水安全巩固提升工程", "巫溪县水务局", t,
                        F($"新建蓄水池{Num(2, 8)}口，铺设供水管网{Money(6, 30)}公里，解决{Num(600, 3800)}人饮水安全问题"), 40 + (rng.NextDouble() * 300), 60 + (rng.Next(4) * 30), "水利水电工程施工总承包三级及以上");
                case 7:
                    return new(U("slj"), $"大宁河{t}段防洪护岸工程", "巫溪县水务局", t,
                        F($"新建防洪堤{Num(600, 2400)}米，堤顶设人行步道及栏杆"), 500 + (rng.NextDouble() * 2500), 180 + (rng.Next(4) * 30), "水利水电工程施工总承包三级及以上");
                case 8:
                    return new(U("slj"), $"{t}{v}山坪塘整治工程", "巫溪县水务局", t,
                        F($"整治山坪塘{Num(2, 7)}口，新建及整治灌溉渠道{Money(1, 6)}公里"), 30 + (rng.NextDouble() * 150), 60 + (rng.Next(3) * 30), "水利水电工程施工总承包三级及以上");
                case 9:
                    var school = Pick(Schools);
                    return new(U("cjw"), $"{school.Name}{Pick(SchoolBuildings)}建设工程", "巫溪县教育委员会", school.Town,
                        F($"总建筑面积{Num(1200, 8600)}平方米，框架结构，含室外附属工程"), 260 + (rng.NextDouble() * 2400), 240 + (rng.Next(5) * 30), "房屋建筑工程施工总承包三级及以上");
                case 10:
                    return new(U("cjw"), $"{t}{(town.Street ? "社区卫生服务中心" : "卫生院")}业务用房改扩建工程", "巫溪县卫生和计划生育委员会", t,
                        F($"改扩建业务用房{Num(800, 3600)}平方米及配套设施"), 180 + (rng.NextDouble() * 900), 210 + (rng.Next(4) * 30), "房屋建筑工程施工总承包三级及以上");
                case 11:
                    return new(U("cjw"), $"{t}{Pick(TownWorks)}", $"巫溪县{t}{(town.Street ? "办事处" : "人民政府")}", t,
                        F($"工程总投资约{Money(150, 1200)}万元，含土建、安装及附属工程"), 150 + (rng.NextDouble() * 1000), 150 + (rng.Next(5) * 30), "市政公用工程或房屋建筑工程施工总承包三级及以上");
                case 12:
                    return new(U("szj"), $"城区{Pick(CountyRoads)}{Pick(CityWorks)}", "巫溪县市政园林管理局", Pick(new[] { "宁河街道", "柏杨街道" }),
                        F($"改造长度{Num(300, 2200)}米，含人行道铺装、排水及绿化"), 90 + (rng.NextDouble() * 700), 90 + (rng.Next(4) * 30), "市政公用工程施工总承包三级及以上");
                case 13:
                    return new(U("nw"), $"{t}2015年{Pick(FarmWorks)}", "巫溪县农业委员会", t,
                        F($"项目区面积{Num(800, 6000)}亩，建设田间道路、生产便道、排灌沟渠等"), 120 + (rng.NextDouble() * 800), 120 + (rng.Next(4) * 30), "水利水电或市政公用工程施工总承包三级及以上");
                case 14:
                    return new(U("gfj"), $"{t}{v}土地整治项目", "巫溪县国土资源和房屋管理局", t,
                        F($"整治规模{Num(60, 480)}公顷，新增耕地{Num(5, 48)}公顷"), 150 + (rng.NextDouble() * 900), 180 + (rng.Next(4) * 30), "水利水电或市政公用工程施工总承包三级及以上");
                default:
                    return new(U("gfj"), $"{t}{v}地质灾害治理工程", "巫溪县国土资源和房屋管理局", t,
                        F($"治理滑坡体约{Num(5, 60)}万立方米，主要工程为抗滑桩、挡土墙及截排水沟"), 120 + (rng.NextDouble() * 1200), 120 + (rng.Next(4) * 30), "地质灾害治理工程施工乙级及以上");
            }
        }

        private void Tendering()
        {
            var projects = new List<(Project P, string Service)>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (projects.Count < 189)
            {
                var p = WorksProject();
                var service = rng.Next(9) == 0 ? "监理" : "施工";
                if (names.Add(p.Name + service))
                {
                    projects.Add((p, service));
                }
            }

            for (var i = 0; i < projects.Count; i++)
            {
                var (p, service) = projects[i];
                var awarded = i < 152;
                var evaluated = i < 176;
                var announced = awarded ? Workday(new DateOnly(2015, 1, 12), new DateOnly(2015, 11, 6))
                    : evaluated ? Workday(new DateOnly(2015, 1, 12), new DateOnly(2015, 11, 27)) : Workday(2, 12);
                var budget = service == "监理" ? p.Budget * 0.025 : p.Budget;
                var scope = service == "监理" ? "施工监理" : "施工";
                var qualification = service == "监理" ? "工程监理综合资质或相应专业乙级及以上" : p.Qualification;
                var opening = Later(announced, 20, 24);
                Add(p.Body, announced, $"{p.Name}{service}招标公告", null, null, p.Body.Topic, "a20-10", "ggzy-gc", $"工程建设 招标公告 {service}", Html(p.Body,
                    F($"{p.Name}已由巫溪县发展和改革委员会批准建设（巫溪发改投〔2015〕{rng.Next(3, 260)}号），项目业主为{p.Owner}，建设资金来自{Pick(Funds)}，项目已具备招标条件，现对该项目{scope}进行公开招标。建设地点：{p.Town}；建设规模：{p.Scale}；招标控制价{budget:0.00}万元，计划工期{p.Days}日历天。"),
                    $"投标人须具备{qualification}资质，并在人员、设备、资金等方面具有相应的能力，本次招标不接受联合体投标。请有意参加投标者于{Md(announced.AddDays(1))}至{Md(announced.AddDays(7))}登录巫溪县公共资源综合交易网下载招标文件。投标截止时间为{Md(opening)}上午10时，地点为巫溪县公共资源交易中心开标室，逾期送达的投标文件恕不接受。"), announced);
                if (!evaluated)
                {
                    continue;
                }

                var evaluatedOn = NextWorkday(opening.AddDays(1 + rng.Next(3)));
                var bidders = rng.Next(4, 19);
                var c1 = Company();
                var c2 = Company();
                var c3 = Company();
                var p1 = budget * (0.88 + (rng.NextDouble() * 0.08));
                Add(p.Body, evaluatedOn, $"{p.Name}{service}评标结果公示", null, null, p.Body.Topic, "a20-10", "ggzy-gc", $"工程建设 评标结果 {service}", Html(p.Body,
                    F($"{p.Name}{service}于{Md(opening)}在巫溪县公共资源交易中心开标，共有{bidders}家投标人递交投标文件。评标委员会依据招标文件规定的评标办法进行了评审，现将评标结果公示如下：第一中标候选人：{c1}，投标报价{p1:0.00}万元；第二中标候选人：{c2}，投标报价{p1 * (1.004 + (rng.NextDouble() * 0.02)):0.00}万元；第三中标候选人：{c3}，投标报价{p1 * (1.025 + (rng.NextDouble() * 0.03)):0.00}万元。"),
                    $"公示期为{Md(evaluatedOn)}至{Md(NextWorkday(evaluatedOn.AddDays(3)))}。投标人或其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出；对答复不满意的，可向{p.Body.Name}投诉。"), evaluatedOn);
                if (!awarded)
                {
                    continue;
                }

                var awardedOn = Workday(evaluatedOn.AddDays(5), evaluatedOn.AddDays(10));
                Add(p.Body, awardedOn, $"{p.Name}{service}中标结果公示", null, null, p.Body.Topic, "a20-10", "ggzy-gc", $"工程建设 中标结果 {service}", Html(p.Body,
                    F($"{p.Name}{service}招标工作已经结束，经评标委员会评审并公示，确定中标人如下：中标单位：{c1}；中标价：{p1:0.00}万元；工期：{p.Days}日历天；{(service == "监理" ? "总监理工程师" : "项目经理")}：{Person()}。"),
                    $"招标人：{p.Owner}；招标代理机构：{Pick(Agencies)}；行政监督部门：{p.Body.Name}。中标人应在中标通知书发出之日起30日内与招标人签订合同。特此公示。"), awardedOn);
            }
        }

        /// <summary>A working day some days on; past the year's end (where the 2015 table stops) the first one.</summary>
        private DateOnly Later(DateOnly from, int min, int max)
        {
            if (from.AddDays(max) <= Dec31)
            {
                return Workday(from.AddDays(min), from.AddDays(max));
            }

            var d = from.AddDays(min);
            while (!Official.Days.IsWorkingDay(d))
            {
                d = d.AddDays(1);
            }

            return d;
        }

        /// <summary>
        /// The platform's own calendar (the State Council's schedules, with 2015's one-off 抗战胜利70周年 days), in a
        /// class of its own so that it is ready whichever static field asks first.
        /// </summary>
        private static class Official
        {
            public static readonly WorkingCalendar Days = BuiltInSchedules.Calendar();
        }

        private void Procurement()
        {
            var czj = U("czj");
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            var picks = new List<(string Purchaser, string Goods, string Spec, DateOnly On)>();
            while (picks.Count < 71)
            {
                // At most two rounds of the same purchase in a year.
                var (purchaser, goods, spec) = Pick(Purchases);
                var key = purchaser + goods;
                var seen = used.GetValueOrDefault(key);
                if (seen >= 2)
                {
                    continue;
                }

                used[key] = seen + 1;
                picks.Add((purchaser, seen == 0 ? goods : $"{goods}（第{QuarterName(seen + 1)}批）", spec, Workday(new DateOnly(2015, 1, 15), new DateOnly(2015, 11, 30))));
            }

            var serial = 0;
            foreach (var (purchaser, goods, spec, on) in picks.OrderBy(p => p.On))
            {
                serial += 1 + (rng.Next(4) == 0 ? 1 : 0);
                var code = string.Create(CultureInfo.InvariantCulture, $"WXCG-2015-{serial:D3}");
                var method = Pick(Methods);
                var budget = 8 + (rng.NextDouble() * 380);
                var close = Workday(on.AddDays(method == "公开招标" ? 20 : 7), on.AddDays(method == "公开招标" ? 23 : 10));
                Add(czj, on, $"{purchaser}{goods}采购项目（{code}）{method}采购公告", null, null, "03", "a20-09", "ggzy-cg", "政府采购 采购公告", Html(czj,
                    F($"受{purchaser}委托，巫溪县政府采购中心就{goods}采购项目（项目编号：{code}）进行{method}采购，欢迎符合条件的供应商参加。本项目采购预算{budget:0.00}万元，{spec}。"),
                    $"供应商应具备《中华人民共和国政府采购法》第二十二条规定的条件，并具有履行合同所必需的设备和专业技术能力。采购文件于{Md(on)}至{Md(on.AddDays(5))}在巫溪县公共资源综合交易网免费下载，响应文件递交截止时间为{Md(close)}上午9时30分，地点为巫溪县公共资源交易中心。联系人：{Person()}，联系电话：023-51522{Num(100, 999)}。"), on);
                var result = Workday(close.AddDays(1), close.AddDays(6));
                Add(czj, result, $"{purchaser}{goods}采购项目（{code}）采购结果公示", null, null, "03", "a20-09", "ggzy-cg", "政府采购 结果公示", Html(czj,
                    F($"巫溪县政府采购中心受{purchaser}委托，于{Md(close)}对{goods}采购项目（项目编号：{code}）进行了{method}采购。经评审小组评审，确定成交结果如下：成交供应商：重庆{Pick(CompanyStems)}{Pick(SupplierKinds)}；成交金额：{budget * (0.86 + (rng.NextDouble() * 0.12)):0.00}万元。"),
                    $"评审小组成员：{Person()}、{Person()}、{Person()}、{Person()}（采购人代表）。各有关当事人对成交结果有异议的，可在公示发布之日起七个工作日内以书面形式向巫溪县政府采购中心提出质疑，联系电话：023-51522{Num(100, 999)}。"), result);
            }
        }

        private void LandAndMining()
        {
            var gfj = U("gfj");
            var lots = new List<(string Name, string Kind, string Mode, DateOnly On)>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (lots.Count < 14)
            {
                var town = Town();
                string name, kind;
                if (lots.Count < 10)
                {
                    var (mineral, use) = Pick(Minerals);
                    name = $"巫溪县{town.Short}{Village(town)}{mineral}";
                    kind = use;
                }
                else
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"巫溪县{town.Short}场镇{Num(1, 9)}号宗地");
                    kind = "国有建设用地使用权";
                }

                if (names.Add(name))
                {
                    lots.Add((name, kind, rng.Next(4) == 0 ? "拍卖" : "挂牌", Workday(new DateOnly(2015, 2, 2), new DateOnly(2015, 11, 20))));
                }
            }

            var closed = 0;
            foreach (var (name, kind, mode, on) in lots.OrderBy(l => l.On))
            {
                var price = kind == "国有建设用地使用权" ? 180 + (rng.NextDouble() * 1500) : 20 + (rng.NextDouble() * 260);
                var land = kind == "国有建设用地使用权";
                Add(gfj, on, $"{name}{kind}{mode}出让公告", null, null, "04", "a20-15", "ggzy-kq", $"{(land ? "土地" : "采矿权")} {mode} 出让公告", Html(gfj,
                    land
                        ? F($"经巫溪县人民政府批准，县国土房管局决定以{mode}方式出让{name}国有建设用地使用权。该宗地面积{Num(1200, 9800)}平方米，用途为商服用地，出让年限40年，容积率不大于{Money(1.2, 2.5)}，起始价{price:0.00}万元，竞买保证金为起始价的20%。")
                        : F($"经县国土房管局批准，现以{mode}方式出让{name}{kind}。矿区面积{Money(0.02, 0.3)}平方千米，开采深度由{Num(900, 1300)}米至{Num(700, 890)}米标高，设计生产规模{Num(5, 30)}万吨/年，出让年限{Num(3, 6)}年，起始价{price:0.00}万元。"),
                    $"中华人民共和国境内的法人和其他组织均可申请参加，申请人单独申请，不接受联合申请。有意竞买者请于{Md(on.AddDays(20))}前到巫溪县公共资源交易中心报名并交纳竞买保证金，{mode}时间为{Md(on.AddDays(22))}至{Md(on.AddDays(32))}。"), on);
                if (closed < 4 && on.Month <= 9)
                {
                    closed++;
                    var done = Workday(on.AddDays(33), on.AddDays(40));
                    Add(gfj, done, $"{name}{kind}{mode}出让成交公示", null, null, "04", "a20-15", "ggzy-kq", $"{(land ? "土地" : "采矿权")} 成交公示", Html(gfj,
                        F($"{name}{kind}{mode}出让活动已于{Md(on.AddDays(32))}在巫溪县公共资源交易中心结束。经{mode}竞价，{Company()}以{price * (1.05 + (rng.NextDouble() * 0.4)):0.00}万元竞得。"),
                        "竞得人须在成交后10个工作日内签订出让合同，并按合同约定缴纳出让价款。对成交结果有异议的，可自公示之日起5个工作日内向县国土房管局书面反映。"), done);
                }
            }
        }

        private void MajorProjects()
        {
            var fgw = U("fgw");
            Add(fgw, Workday(new DateOnly(2015, 2, 26), new DateOnly(2015, 3, 13)), "巫溪县2015年重点建设项目名单", "公布2015年全县重点建设项目名称、建设内容、总投资、年度计划投资及责任单位。",
                null, "02", "a20-10", "zdxm-jd", "重点项目 投资计划", Html(fgw,
                    F($"经县政府常务会议研究同意，确定2015年全县重点建设项目{MajorList.Length + 48}个，总投资186.4亿元，年度计划投资52.7亿元。其中，续建项目41个，新开工项目{MajorList.Length + 7}个。"),
                    "项目涵盖交通、水利、城市建设、社会事业、产业发展和生态扶贫搬迁等领域，每个项目均明确了县级领导联系人、责任单位和年度建设目标，实行“一个项目、一名领导、一个责任单位、一套工作班子”推进机制。"));

            // Progress sheets for the first 26 listed projects, each refreshed once in the year.
            foreach (var m in MajorList.Take(26))
            {
                var on = Workday(4, 11);
                var invest = m.Invest;
                var year = invest * (0.18 + (rng.NextDouble() * 0.3));
                var done = year * Math.Min(0.97, (on.Month / 12.0) + (rng.NextDouble() * 0.15));
                var owner = U(m.Dept);
                Add(fgw, on, $"{m.Name}投资额度、责任单位及建设进度公开", null, null, "02", "a20-10", "zdxm-jd", "重点项目 建设进度 投资", Html(fgw,
                    F($"{m.Name}为2015年县级重点建设项目，主要建设内容：{m.Content}。项目总投资{invest:0}万元，2015年计划投资{year:0}万元，责任单位为{owner.Name}。"),
                    F($"截至{on.Month - 1}月底，项目累计完成年度投资{done:0}万元，占年度计划的{done * 100 / year:0.0}%。目前{Pick(Progress)}，下一步将{Pick(NextSteps)}。")));
            }

            var planned = 52.7;
            for (var m = 3; m <= 11; m++)
            {
                var on = Workday(new DateOnly(2015, m + 1, 1), new DateOnly(2015, m + 1, 12));
                var share = Math.Min(0.99, (m / 12.0 * 0.97) + (rng.NextDouble() * 0.04));
                Add(fgw, on, $"关于2015年1-{m}月全县重点建设项目完成情况的通报", null, fgw.Issuer, "02", "a20-10", "zdxm-tb", "重点项目 完成情况 通报", Html(fgw,
                    F($"各乡镇人民政府、街道办事处，县级有关部门：2015年1-{m}月，全县重点建设项目累计完成投资{planned * share:0.00}亿元，占年度计划的{share * 100:0.0}%。其中，{MajorList[rng.Next(MajorList.Length)].Name}、{MajorList[rng.Next(MajorList.Length)].Name}等项目进展较快，超额完成阶段目标。"),
                    $"但仍有部分项目因征地拆迁、前期手续办理等原因进度滞后。各责任单位要对照年度目标，倒排工期、挂图作战，县级联系领导要定期现场办公，协调解决项目推进中的困难和问题。县发展改革委将继续按月通报项目进展情况，并纳入年度目标考核。"));
            }

            (string Suffix, string Kind)[] approvals = [("可行性研究报告", "批复"), ("初步设计", "批复"), ("项目", "核准批复"), ("项目建议书", "批复")];
            foreach (var m in MajorList.Skip(4).Take(11))
            {
                var (suffix, kind) = Pick(approvals);
                var on = Workday(2, 12);
                var owner = U(m.Dept);
                Add(fgw, on, $"关于{m.Name}{suffix}的{kind}", null, "巫溪发改投", "02", "a20-10", "zdxm-sp", "项目审批 批复", Html(fgw,
                    F($"{owner.Name}：你单位报来的关于{m.Name}{suffix}的请示收悉。经研究，原则同意该项目{(suffix == "项目" ? "核准" : suffix)}。项目主要建设内容为{m.Content}，项目总投资{m.Invest:0}万元。"),
                    "请严格按照批复内容组织实施，落实项目法人责任制、招标投标制、工程监理制和合同管理制，严格控制投资，确保工程质量和安全。项目实施过程中，县发展改革委将会同有关部门开展稽察和监管。"));
            }

            var sections = new List<(Major M, string Section)>();
            foreach (var m in MajorList)
            {
                sections.Add((m, "施工"));
            }

            while (sections.Count < 34)
            {
                var m = Pick(MajorList);
                var section = Pick(new[] { "监理", "施工（二标段）", "勘察设计" });
                if (!sections.Contains((m, section)))
                {
                    sections.Add((m, section));
                }
            }

            for (var i = 0; i < sections.Count; i++)
            {
                var (m, section) = sections[i];
                var owner = U(m.Dept);
                var on = Workday(new DateOnly(2015, 1, 19), new DateOnly(2015, 10, 30));
                var budget = m.Invest * (section == "监理" ? 0.02 : section == "勘察设计" ? 0.03 : 0.25 + (rng.NextDouble() * 0.3));
                Add(owner, on, $"{m.Name}{section}招标公告", null, null, owner.Topic, "a20-10", "zdxm-zb", "重点项目 招标公告", Html(owner,
                    F($"{m.Name}已批准建设，项目业主为{owner.Name}，建设资金已落实，现对该项目{section}进行公开招标。本次招标范围：{m.Content}；招标控制价{budget:0.00}万元。"),
                    $"投标人须具备相应资质和类似工程业绩，并在人员、设备、资金等方面具备相应能力。招标文件在巫溪县公共资源综合交易网下载，投标截止时间为{Md(on.AddDays(21))}上午10时。本公告同时在重庆市工程建设领域项目信息公开和信用信息共享专栏发布。"), on);
                var pre = Workday(on.AddDays(22), on.AddDays(28));
                var winner = Company();
                var price = budget * (0.9 + (rng.NextDouble() * 0.07));
                Add(owner, pre, $"{m.Name}{section}预中标公示", null, null, owner.Topic, "a20-10", "zdxm-zb", "重点项目 预中标 公示", Html(owner,
                    F($"{m.Name}{section}招标已完成评标，根据评标委员会推荐，拟确定{winner}为预中标人，投标报价{price:0.00}万元。第二、第三中标候选人分别为{Company()}、{Company()}。"),
                    $"公示期自{Md(pre)}起3个工作日。对公示结果有异议的，请在公示期内以书面形式向{owner.Name}提出，或向县公共资源交易监督管理部门反映。"), pre);
                if (i == sections.Count - 1)
                {
                    // The last award of the year was signed in January 2016.
                    continue;
                }

                var award = Workday(pre.AddDays(6), pre.AddDays(12));
                Add(owner, award, $"{m.Name}{section}中标公告", null, null, owner.Topic, "a20-10", "zdxm-zb", "重点项目 中标公告", Html(owner,
                    F($"经公开招标、评标委员会评审和预中标公示，{m.Name}{section}中标人为{winner}，中标价{price:0.00}万元。"),
                    $"项目业主{owner.Name}将于中标通知书发出之日起30日内与中标人签订合同。工程建设过程中的设计变更、质量安全监管等信息将在工程建设领域项目信息公开专栏持续公开，接受社会监督。"), award);
            }
        }

        private void Subsistence()
        {
            var mzj = U("mzj");
            var urban = 2860;
            var rural = 17420;
            for (var m = 1; m <= 12; m++)
            {
                urban += rng.Next(-40, 25);
                rural += rng.Next(-160, 90);
                var on = Workday(m, m);
                var urbanMoney = urban * (m >= 7 ? 398.0 : 372.0) / 10000;
                var ruralMoney = rural * (m >= 7 ? 205.0 : 186.0) / 10000;
                Add(mzj, on, $"巫溪县2015年{m}月城乡低保资金发放情况公示", null, null, "16", "a21-01", "ggfw-db", "城乡低保 资金发放 公示", Html(mzj,
                    F($"2015年{m}月，全县共发放城市低保金{urbanMoney:0.00}万元，保障对象{urban}人；发放农村低保金{ruralMoney:0.00}万元，保障对象{rural}人。低保金已全部通过惠农“一卡通”社会化发放到户。"),
                    "各乡镇（街道）低保对象名单已在村（社区）公示栏长期公示。如发现不符合条件的人员享受低保或有优亲厚友等问题，请拨打县民政局监督电话023-51523109举报。"));
            }

            for (var q = 1; q <= 4; q++)
            {
                var on = q == 4 ? Workday(new DateOnly(2015, 12, 14), new DateOnly(2015, 12, 25)) : Workday(q * 3 + 1, q * 3 + 1);
                Add(mzj, on, $"巫溪县2015年第{QuarterName(q)}季度民政专项资金分配使用情况公示", null, null, "16", "a21-01", "ggfw-db", "民政资金 专项资金 公示", Html(mzj,
                    Spending(q),
                    "各项资金均按规定程序审批，实行专户管理、封闭运行，通过“一卡通”直接发放到户到人，分配明细已在县民政局公示栏同步公开。"));
            }

            Add(mzj, Workday(6, 6), "巫溪县民政局关于提高城乡低保标准的公告", null, null, "16", "a21-01", "ggfw-db", "城乡低保 保障标准 公告", Html(mzj,
                "经县政府同意，自2015年7月1日起，我县城市低保标准由每人每月370元提高到400元，农村低保标准由每人每年2600元提高到2900元。",
                "提标后增发的低保金从7月起随当月低保金一并发放，各乡镇（街道）要及时调整保障对象补差金额，做好政策宣传解释工作。"));
            Add(mzj, Workday(3, 3), "巫溪县民政局关于开展城乡低保专项治理工作的通知", null, mzj.Issuer, "16", "a21-01", "ggfw-db", "城乡低保 专项治理", Html(mzj,
                "各乡镇人民政府、街道办事处：为进一步规范城乡低保管理，切实解决“关系保”“人情保”“错保”“漏保”等问题，县民政局决定从2015年3月至10月在全县开展城乡低保专项治理工作。",
                "各乡镇（街道）要对现有低保对象逐户开展入户调查和家庭经济状况核对，对不符合条件的坚决予以清退，对符合条件的及时纳入，并将治理结果在村（社区）张榜公示。"));

            string[] newsTitles =
            [
                "县民政局召开全县城乡低保工作推进会", "县民政局深入{T}开展低保对象入户核查", "县民政局对{T}低保档案管理工作进行检查",
                "县民政局在{T}开展低保政策宣传活动", "县民政局组织开展低保经办人员业务培训", "县民政局开展低保家庭经济状况核对工作",
                "县民政局督查{T}城乡低保动态管理工作", "{T}低保“阳光操作”工作经验在全县推广",
            ];
            var news = 0;
            while (news < 29)
            {
                var town = Town();
                var title = newsTitles[rng.Next(newsTitles.Length)].Replace("{T}", town.Short, StringComparison.Ordinal);
                if (titles.Contains(title))
                {
                    continue;
                }

                var on = Workday(1, 12);
                Add(mzj, on, title, null, null, "16", "a21-01", "ggfw-db", "城乡低保 工作动态", Html(mzj,
                    F($"{Md(on)}，县民政局工作人员深入{town.Short}{Village(town)}、{Village(town)}等村（社区），采取查阅档案、入户走访、召开座谈会等方式，对城乡低保申请审批、动态管理和资金发放情况进行了核查，共抽查低保家庭{rng.Next(20, 90)}户。"),
                    "从核查情况看，低保工作总体规范，但也发现个别家庭收入变化后未及时调整、部分档案资料不齐全等问题。县民政局要求各乡镇（街道）严格落实“三级审核、两次公示”制度，做到应保尽保、应退尽退，切实把党和政府的温暖送到困难群众手中。"));
                news++;
            }

            // The townships' own low-income notices: 76 across the 32, a couple each.
            var made = 0;
            while (made < 76)
            {
                var town = Units.Townships[made < 32 ? made : rng.Next(32)];
                var v = Village(town);
                var q = 1 + rng.Next(4);
                var title = rng.Next(2) == 0
                    ? $"{town.Short}2015年第{QuarterName(q)}季度城乡低保对象公示"
                    : $"{town.Short}{v}2015年低保新增对象公示";
                if (titles.Contains(title))
                {
                    continue;
                }

                var on = title.Contains("季度", StringComparison.Ordinal) ? Workday((q * 3) - 2, q * 3) : Workday(1, 12);
                Add(town, on, title, null, null, "16", "a21-02", "ggfw-db", "低保 公示", Html(town,
                    F($"根据《重庆市城乡居民最低生活保障条例》，经个人申请、{(town.Street ? "社区" : "村")}民主评议、入户调查、{town.Short}审核，现将{(title.Contains("季度", StringComparison.Ordinal) ? "本季度低保对象" : v + "新增低保对象")}予以公示。本次公示共{rng.Next(3, 40)}户{rng.Next(40, 80)}人，名单已张贴于各{(town.Street ? "社区" : "村")}公示栏。"),
                    $"公示期为7天。如对公示对象有异议，请在公示期内向{town.Short}民政办或县民政局反映，联系电话：{town.Phone}。我们将对反映的问题认真核实，并依法依规处理。"));
                made++;
            }
        }

        private string Spending(int q)
        {
            double[] parts = [1800 + (rng.NextDouble() * 800), 180 + (rng.NextDouble() * 240), 60 + (rng.NextDouble() * 100), 300 + (rng.NextDouble() * 220), 80 + (rng.NextDouble() * 180)];
            return F($"2015年第{QuarterName(q)}季度，县民政局共分配使用民政专项资金{parts.Sum():0.00}万元，其中城乡低保资金{parts[0]:0.00}万元、城乡医疗救助资金{parts[1]:0.00}万元、临时救助资金{parts[2]:0.00}万元、优抚资金{parts[3]:0.00}万元、其他民政事业资金{parts[4]:0.00}万元。");
        }

        private void SocialSecurity()
        {
            var rsj = U("rsj");
            for (var m = 1; m <= 12; m++)
            {
                var on = Workday(m, m);
                Add(rsj, on, $"巫溪县2015年{m}月城乡居民养老保险待遇发放情况", null, null, "14", "a20-11", "ggfw-sb", "城乡居民养老保险 待遇发放", Html(rsj,
                    F($"2015年{m}月，全县城乡居民养老保险待遇领取人员{rng.Next(68000, 71000)}人，共发放养老金{Money(620, 690)}万元，已全部通过社会保障卡（惠农“一卡通”）发放到领取人账户。"),
                    "领取人员如对待遇金额有疑问，可持身份证到户籍所在地乡镇（街道）劳动保障所或县社会保险局咨询。县社会保险局咨询电话：023-51522318。"));
            }

            for (var q = 1; q <= 4; q++)
            {
                var on = q == 4 ? Workday(new DateOnly(2015, 12, 10), new DateOnly(2015, 12, 25)) : Workday(q * 3 + 1, q * 3 + 1);
                Add(rsj, on, $"巫溪县2015年第{QuarterName(q)}季度工伤认定结果公示", null, null, "14", "a20-11", "ggfw-sb", "工伤认定 公示", Html(rsj,
                    F($"2015年第{QuarterName(q)}季度，县人力社保局共受理工伤认定申请{rng.Next(12, 40)}件，作出认定工伤决定{rng.Next(10, 30)}件、不予认定工伤决定{rng.Next(0, 3)}件，均在法定时限内办结。"),
                    "工伤认定决定已依法送达用人单位和职工。当事人对认定结论不服的，可依法申请行政复议或提起行政诉讼。"));
                Add(rsj, Workday(on, on.AddDays(12)), $"巫溪县2015年第{QuarterName(q)}季度企业职工基本养老保险参保情况", null, null, "14", "a20-11", "ggfw-sb", "养老保险 参保", Html(rsj,
                    F($"截至2015年第{QuarterName(q)}季度末，全县企业职工基本养老保险参保{rng.Next(21000, 23000)}人，其中在职职工{rng.Next(15000, 16500)}人，离退休人员{rng.Next(5800, 6400)}人；本季度征收养老保险费{Money(1800, 2600)}万元，发放养老金{Money(2400, 2900)}万元。"),
                    "离退休人员基本养老金按月足额发放，无拖欠。县社会保险局将继续开展扩面征缴，重点做好个体工商户、灵活就业人员参保工作。"));
            }

            (string Title, int Month, string First, string Second)[] fixedItems =
            [
                ("关于做好2015年城乡居民养老保险参保缴费工作的通知", 1, "2015年城乡居民养老保险集中缴费工作从1月开始，年满16周岁（不含在校学生）、未参加职工基本养老保险的城乡居民可在户籍所在地参保，缴费标准分为每年100元至2000元12个档次。", "参保人可到乡镇（街道）劳动保障所或村（社区）便民服务中心办理，也可通过银行代扣缴纳。建卡贫困户、重度残疾人等困难群体由政府代缴最低档次养老保险费。"),
                ("关于调整2015年度社会保险缴费基数的通知", 3, "根据市人力社保局有关规定，2015年度全县企业职工基本养老保险、医疗保险、失业保险、工伤保险和生育保险缴费基数以职工上年度月平均工资确定，下限为3330元，上限为16650元。", "各参保单位应于3月31日前到县社会保险局申报本年度缴费基数，逾期未申报的按上年度缴费基数的110%确定。"),
                ("巫溪县2015年企业退休人员基本养老金调整公告", 5, "根据国家和市政府统一部署，从2015年1月1日起，为2014年12月31日前已按规定办理退休手续并按月领取基本养老金的企业退休人员提高基本养老金水平，全县人均月增加约185元。", "调整增加的养老金已于5月随当月养老金一并补发到位，退休人员可持社会保障卡到银行网点查询。"),
                ("巫溪县2015年城乡居民养老保险待遇领取资格认证公告", 6, "为确保养老保险基金安全，县社会保险局于2015年6月至8月开展城乡居民养老保险待遇领取资格年度认证。领取人可到户籍所在地乡镇（街道）劳动保障所进行人脸识别认证。", "行动不便的领取人可申请上门认证。逾期未认证的，将暂停发放养老金，待认证后恢复发放并补发暂停期间的待遇。"),
                ("巫溪县2015年失业保险稳岗补贴企业名单公示", 9, "根据《重庆市失业保险支持企业稳定岗位实施办法》，经企业申请、县社会保险局审核，我县2015年符合条件享受稳岗补贴的企业共9户，补贴金额合计38.6万元。", "公示期为5个工作日，对公示内容有异议的，请向县人力社保局就业和失业保险科反映。"),
                ("巫溪县2015年城镇职工基本医疗保险个人账户划拨情况", 4, "2015年县社会保险局已按规定为参保职工划拨医疗保险个人账户资金，在职职工按本人缴费基数的一定比例划入，退休人员按统筹地区规定标准划入。", "参保人可凭社会保障卡在县内定点医疗机构和定点药店使用个人账户资金，也可到县社会保险局查询账户余额。"),
                ("关于做好2016年度城乡居民合作医疗保险参保缴费工作的通知", 10, "2016年度城乡居民合作医疗保险参保缴费工作于2015年10月启动，个人缴费标准为一档每人每年120元、二档每人每年350元。", "参保人员可到村（社区）便民服务中心或乡镇（街道）劳动保障所办理。缴费截止时间为2015年12月31日，逾期缴费的设置待遇等待期。"),
                ("巫溪县2015年被征地农转非人员养老保险办理公告", 8, "根据《重庆市被征地农转非人员养老保险办法》，县人力社保局对2015年征地项目涉及的被征地农转非人员统一办理养老保险参保手续。", "符合条件的人员请持身份证、户口簿和征地安置证明到县社会保险局办理，个人缴费部分可从安置补助费中抵扣。"),
                ("巫溪县社会保障卡发放网点公告", 7, "我县第二代社会保障卡已制作完成，参保人员可持身份证到户籍所在地乡镇（街道）劳动保障所或县内工商银行、农业银行、农村商业银行网点领取。", "领取社会保障卡后须在银行网点激活金融账户功能。代领的须持本人及代领人身份证原件。"),
                ("巫溪县2015年工伤保险浮动费率核定结果", 11, "根据工伤保险浮动费率管理办法，县社会保险局对全县参保企业2014年度工伤发生率和工伤保险支缴率进行了核定。", "全县共有6户企业费率上浮、13户企业费率下浮，核定结果已书面通知相关企业，自2016年1月1日起执行。"),
            ];
            foreach (var (title, month, first, second) in fixedItems)
            {
                Add(rsj, Workday(month, month), title, null, title.Contains("通知", StringComparison.Ordinal) ? rsj.Issuer : null, "14", "a20-11", "ggfw-sb",
                    "社会保险 公告", Html(rsj, first, second));
            }

            var extra = 0;
            while (extra < 46 - 12 - 8 - fixedItems.Length)
            {
                var town = Town();
                var title = $"{town.Short}2015年城乡居民养老保险参保缴费情况公示";
                if (titles.Contains(title))
                {
                    continue;
                }

                Add(rsj, Workday(5, 12), title, null, null, "14", "a20-11", "ggfw-sb", "城乡居民养老保险 参保 公示", Html(rsj,
                    F($"截至目前，{town.Short}应参保城乡居民{rng.Next(4200, 16000)}人，已参保缴费{rng.Next(3800, 15000)}人，参保率达{Money(90, 98)}%；其中建卡贫困户、重度残疾人等困难群体{rng.Next(120, 900)}人由政府代缴养老保险费。"),
                    $"各村（社区）参保缴费明细已在便民服务中心公示栏张贴，如有疑问请向{town.Short}劳动保障所咨询。"));
                extra++;
            }
        }

        private void Relief()
        {
            var mzj = U("mzj");
            var wuxi = U("wuxi");
            (string Title, int Month, string First, string Second)[] docs =
            [
                ("巫溪县人民政府关于进一步加强和改进临时救助工作的通知", 2, "为全面贯彻《社会救助暂行办法》和《国务院关于全面建立临时救助制度的通知》，进一步发挥临时救助制度托底线、救急难作用，结合我县实际，现就加强和改进临时救助工作通知如下。", "临时救助对象包括急难型和支出型两类，救助标准一般不超过当地城市低保标准的6倍，对情况特别严重的可实行“一事一议”。乡镇（街道）对急难型救助可先行救助、事后补办手续。"),
                ("巫溪县人民政府关于印发巫溪县城乡医疗救助实施办法的通知", 3, "为完善城乡医疗救助制度，减轻困难群众医疗费用负担，县政府制定了《巫溪县城乡医疗救助实施办法》，现印发给你们，请认真贯彻执行。", "救助对象为城乡低保对象、特困供养人员、建卡贫困户及低收入家庭中的重病患者，实行住院救助和门诊救助，政策范围内自付费用按比例救助，年度救助封顶线为3万元。"),
            ];
            foreach (var (title, month, first, second) in docs)
            {
                Add(wuxi, Workday(month, month), title, null, wuxi.Issuer, "16", "a20-01", "ggfw-jz", "社会救助 通知", Html(wuxi, first, second));
            }

            string[] mzjDocs =
            [
                "关于做好2015年春节期间困难群众走访慰问工作的通知", "关于发放2015年城乡特困人员一次性生活补贴的通知", "关于调整城乡医疗救助标准的通知",
                "关于实施城乡医疗救助“一站式”结算的通知", "关于提高农村五保供养标准的通知", "关于做好受灾群众冬春生活救助工作的通知",
                "关于印发巫溪县临时救助审核审批操作规程的通知", "关于加强困境儿童基本生活保障的通知", "关于发放2015年度孤儿基本生活费的通知",
                "关于开展“救急难”综合试点工作的通知", "关于做好城乡医疗救助资金拨付工作的通知", "关于进一步规范特困人员供养工作的通知",
                "关于做好流浪乞讨人员救助管理工作的通知", "关于发放重度残疾人护理补贴的通知", "关于做好夏季高温期间困难群众救助工作的通知",
                "关于下达2015年城乡医疗救助资金的通知",
            ];
            var months = mzjDocs.Select(_ => rng.Next(1, 13)).ToArray();
            months[0] = 1;
            months[14] = 7;
            months[5] = 11;
            for (var i = 0; i < mzjDocs.Length; i++)
            {
                var title = "巫溪县民政局" + mzjDocs[i];
                Add(mzj, Workday(months[i], months[i]), title, null, mzj.Issuer, "16", "a21-01", "ggfw-jz", "社会救助 救助金 通知", Html(mzj,
                    $"各乡镇人民政府、街道办事处：{ReliefLead[i % ReliefLead.Length]}现就有关事项通知如下。",
                    F($"一、救助对象严格按照规定条件审核确认，做到对象准确、程序规范。二、救助资金{Money(30, 600)}万元已下达各乡镇（街道），通过惠农“一卡通”发放到户，严禁截留挪用、优亲厚友。三、各乡镇（街道）要将救助对象、救助标准和资金发放情况在村（社区）公示栏公开，主动接受群众监督。")));
            }
        }

        private void HealthCharges()
        {
            var wjw = U("wjw");
            foreach (var town in Units.Townships)
            {
                var clinic = town.Short + (town.Street ? "社区卫生服务中心" : "卫生院");
                Add(wjw, Workday(2, 11), $"{clinic}医疗服务收费项目及标准公示", null, null, "12", "a20-08", "ggfw-yl", "医疗服务 收费 公示", Html(wjw,
                    F($"根据《重庆市医疗服务项目价格》及县物价局、县卫生计生委有关规定，现将{clinic}医疗服务收费项目及标准公示如下：普通门诊诊查费{Pick(new[] { "2", "3" })}元/次，一般护理{Num(8, 12)}元/日，肌肉注射{Num(1, 2)}元/次，静脉输液（首组）{Num(4, 6)}元，血常规检查{Num(10, 18)}元/次，B超检查{Num(30, 55)}元/次。"),
                    "本院实行药品零差率销售，所有药品按进价销售。收费项目和标准在门诊大厅电子显示屏和公示栏长期公开，欢迎群众监督。如发现乱收费问题，请拨打价格举报电话12358或县卫生计生委监督电话023-51523156。"));
                Add(wjw, Workday(3, 12), $"{clinic}基本药物零差率销售价格公示", null, null, "12", "a20-08", "ggfw-yl", "基本药物 零差率 价格公示", Html(wjw,
                    F($"{clinic}严格执行国家基本药物制度，配备使用基本药物{rng.Next(310, 420)}种，全部实行网上集中采购、零差率销售。"),
                    F($"本期公示阿莫西林胶囊、头孢氨苄片、硝苯地平缓释片、二甲双胍片等常用基本药物{rng.Next(60, 160)}种的规格、生产企业和零售价格，详见院内公示栏。患者如发现药品价格高于公示价格，可向县卫生计生委反映。")));
            }

            string[] hospitals = ["巫溪县人民医院", "巫溪县中医院", "巫溪县妇幼保健院", "巫溪县疾病预防控制中心"];
            foreach (var h in hospitals)
            {
                Add(wjw, Workday(1, 4), $"{h}医疗服务价格公示", null, null, "12", "a20-08", "ggfw-yl", "医疗服务价格 公示", Html(wjw,
                    $"根据重庆市医疗服务价格有关规定，现将{h}主要医疗服务项目价格公示如下：门诊诊查费、住院诊查费、床位费、护理费、常规检查检验及手术项目收费标准均严格执行市级价格标准，未擅自设立收费项目、提高收费标准。",
                    "收费标准已通过门诊大厅电子屏、触摸查询机和住院费用一日清单向患者公开。对收费有疑问的，可向医院收费处、医务科咨询，或拨打价格举报电话12358。"));
                Add(wjw, Workday(5, 12), $"{h}常用药品及医用耗材价格公示", null, null, "12", "a20-08", "ggfw-yl", "药品价格 耗材 公示", Html(wjw,
                    $"{h}严格执行药品集中采购和价格政策，现将常用药品及医用耗材的规格、价格予以公示。",
                    "本次公示药品和耗材价格均为重庆市药品交易所挂网采购价格，实行按规定加成或零差率销售。患者可通过医院触摸屏查询，也可在住院费用清单中核对，如有异议请向医院价格管理办公室反映。"));
            }

            (string Title, int Month, string First, string Second)[] notices =
            [
                ("巫溪县公立医院取消药品加成后医疗服务价格调整公示", 9, "按照县级公立医院综合改革部署，自2015年10月1日起，巫溪县人民医院、巫溪县中医院取消药品加成（中药饮片除外），同步调整诊查、护理、床位、手术等体现医务人员技术劳务价值的医疗服务价格。", "调整后增加的费用按规定纳入城乡居民合作医疗保险和城镇职工医疗保险报销范围，确保患者总体负担不增加。调整项目及价格对照表在医院门诊大厅公示。"),
                ("巫溪县2015年国家基本公共卫生服务免费项目公示", 3, "2015年，我县城乡居民免费享受居民健康档案管理、健康教育、预防接种、0-6岁儿童健康管理、孕产妇健康管理、老年人健康管理、高血压和2型糖尿病患者健康管理、重性精神疾病患者管理等12类基本公共卫生服务。", "人均基本公共卫生服务经费补助标准提高到40元。服务由乡镇卫生院、社区卫生服务中心和村卫生室提供，不得向群众收取任何费用。"),
                ("巫溪县预防接种服务收费项目及标准公示", 4, "国家免疫规划疫苗（第一类疫苗）实行免费接种，不收取任何费用。第二类疫苗由受种者自愿自费接种，疫苗价格按重庆市统一采购价格执行。", "第二类疫苗接种服务费按每剂次不超过规定标准收取。各预防接种门诊须在醒目位置公示疫苗品种、价格和接种服务费标准。"),
                ("巫溪县2015年农村孕产妇住院分娩补助标准公示", 2, "农村孕产妇在县内定点医疗机构住院分娩的，顺产每例补助400元，剖宫产按合作医疗规定报销后再给予补助，补助资金在出院结算时直接减免。", "补助对象为具有本县农业户籍的孕产妇。各助产机构须在收费处公示补助标准和办理流程，严禁先收后退、变相收费。"),
                ("巫溪县2015年免费孕前优生健康检查项目公示", 5, "我县计划怀孕的农村夫妇和城镇常住夫妇可免费享受孕前优生健康检查，包括优生健康教育、病史询问、体格检查、临床实验室检查、影像学检查等19项服务。", "检查地点为巫溪县妇幼保健院及部分乡镇卫生院，检查费用由财政全额承担。"),
                ("巫溪县卫生计生行政事业性收费项目目录公示", 6, "根据清理规范行政事业性收费有关规定，现将我县卫生计生系统保留的行政事业性收费项目、收费依据、收费标准和收费主体予以公示。", "目录以外的行政事业性收费一律不得收取。对违规收费行为，可向县物价局、县卫生计生委举报。"),
                ("巫溪县无偿献血者及其亲属用血费用减免办理指南", 6, "无偿献血者本人临床用血，按献血量的5倍免费用血；献血者配偶、父母、子女临床用血，按献血量等量免费用血。", "献血者及其亲属可在出院时于医院直接减免，也可持献血证、身份证明、用血发票到县中心血站办理报销。"),
                ("巫溪县医疗服务价格投诉举报渠道公告", 8, "为维护患者合法权益，规范医疗服务收费行为，现将我县医疗服务价格投诉举报渠道公告如下：价格举报电话12358，县卫生计生委监督电话023-51523156。", "各医疗机构须在门诊大厅、住院部收费处公示投诉举报电话，对群众反映的收费问题做到件件有回复。"),
            ];
            foreach (var (title, month, first, second) in notices)
            {
                Add(wjw, Workday(month, month), title, null, null, "12", "a20-08", "ggfw-yl", "医疗收费 公示", Html(wjw, first, second));
            }

            for (var m = 1; m <= 12; m++)
            {
                Add(wjw, Workday(m, m), $"巫溪县中医院2015年{m}月住院患者次均费用公示", null, null, "12", "a20-08", "ggfw-yl", "次均费用 住院 公示", Html(wjw,
                    F($"2015年{m}月，巫溪县中医院出院患者{rng.Next(700, 1100)}人次，次均住院费用{rng.Next(3100, 4000)}元，其中药品费用占比{Money(34, 41)}%；门诊{rng.Next(9000, 13000)}人次，次均门诊费用{rng.Next(110, 160)}元。"),
                    "医院坚持合理检查、合理用药、合理治疗，中医药特色诊疗项目按规定标准收费。费用明细可在门诊大厅触摸屏查询，对收费有疑问的请向医院医务科或县卫生计生委反映。"));
                Add(wjw, Workday(m, m), $"巫溪县人民医院2015年{m}月住院患者次均费用公示", null, null, "12", "a20-08", "ggfw-yl", "次均费用 住院 公示", Html(wjw,
                    F($"2015年{m}月，巫溪县人民医院出院患者{rng.Next(1500, 2300)}人次，次均住院费用{rng.Next(3600, 4600)}元，其中药品费用占比{Money(32, 38)}%，次均门诊费用{rng.Next(130, 180)}元。"),
                    "医院通过推行临床路径管理、控制药品和耗材使用、严格执行检查检验结果互认等措施，控制医疗费用不合理增长，减轻患者负担。"));
            }
        }

        private void Education()
        {
            var jw = U("jw");
            var start = drafts.Count;
            void Edu(DateOnly on, string title, string? issuer, string category, string keywords, string first, string second, string? summary = null) =>
                Add(jw, on, title, summary, issuer, "10", category, "ggfw-jy", keywords, Html(jw, first, second));

            // Student-aid lists: every school posts its own, each term.
            foreach (var s in Schools)
            {
                foreach (var (term, from, to) in new[] { ("春季", 3, 4), ("秋季", 9, 11) })
                {
                    var (what, policy) = s.Type switch
                    {
                        'K' => ("学前教育资助名单", "学前教育资助政策，对家庭经济困难幼儿、孤儿和残疾儿童每生每学期资助500元"),
                        'H' => ("普通高中国家助学金名单", "普通高中国家助学金政策，按每生每学期750元至1250元分档资助"),
                        'V' => ("中职学生国家助学金及免学费名单", "中等职业教育国家助学金和免学费政策，每生每学期资助1000元"),
                        _ => ("家庭经济困难寄宿生生活补助名单", "农村义务教育家庭经济困难寄宿生生活补助政策，小学每生每学期500元、初中每生每学期625元"),
                    };
                    if (s.Type is 'H' or 'V' && term == "春季")
                    {
                        continue;
                    }

                    var n = s.Type switch { 'K' => rng.Next(12, 60), 'H' or 'V' => rng.Next(300, 900), 'M' => rng.Next(120, 500), _ => rng.Next(30, 260) };
                    Edu(Workday(from, to), $"{s.Name}2015年{term}学期{what}公示", null, "a20-11", "学生资助 公示",
                        F($"根据{policy}的规定，经学生（幼儿家长）申请、班级评议、学校资助工作领导小组审核，{s.Name}2015年{term}学期拟资助{n}人，现将名单予以公示。"),
                        $"公示期为5个工作日。如对公示名单有异议，请在公示期内向学校资助办或县学生资助管理中心反映，监督电话：023-51523287。资助资金将通过银行卡直接发放到学生（家长）账户。");
                }
            }

            foreach (var (title, month, first, doc) in EducationNotices)
            {
                var topic = title.Replace("巫溪县教育委员会关于", "", StringComparison.Ordinal).Replace("的通知", "", StringComparison.Ordinal);
                var on = Workday(month, month);
                Edu(on, title, doc ? jw.Issuer : null, title.Contains("收费", StringComparison.Ordinal) ? "a20-08" : "a20-11", "教育 通知",
                    $"各乡镇（街道）中心校，县属各学校，各幼儿园：{first}",
                    $"一、加强组织领导。各学校要成立由校长任组长的工作领导小组，明确专人负责，确保各项工作有序推进。二、抓好工作落实。要严格按照时间节点推进各项任务，做到不漏项、不走过场。三、及时报送材料。请各学校于{Md(Clamp(on.AddDays(rng.Next(10, 25))))}前将工作开展情况报送县教委{Pick(EducationOffices)}，联系电话：023-5152{Num(3200, 3299)}。",
                    $"就{topic}作出安排部署。");
            }

            string[] meetingTopics =
            [
                "2015年全县教育工作会", "全县学校安全工作会", "全县中小学校长会", "全县学前教育工作推进会", "全县营养改善计划工作会", "全县控辍保学工作会",
                "全县学生资助工作会", "全县教育系统党风廉政建设工作会", "全县中考备考工作会", "全县高考工作会", "全县秋季开学工作会", "全县教育信息化工作推进会",
                "全县薄弱学校改造工作推进会", "全县教育系统“三严三实”专题教育动员会", "全县校园食品安全工作会", "全县教师队伍建设工作会", "全县教育督导工作会",
                "全县寄宿制学校管理工作会", "全县教育系统安全生产大检查工作会", "全县义务教育均衡发展工作推进会",
            ];
            foreach (var meeting in meetingTopics)
            {
                var on = Workday(1, 12);
                var focus = meeting.Replace("全县", "", StringComparison.Ordinal).Replace("2015年", "", StringComparison.Ordinal).Replace("工作推进会", "", StringComparison.Ordinal)
                    .Replace("工作会", "", StringComparison.Ordinal).Replace("动员会", "", StringComparison.Ordinal).Replace("会", "", StringComparison.Ordinal);
                Edu(on, $"县教委召开{meeting}", null, "a20-11", "教育 会议",
                    $"{Md(on)}，县教委召开{meeting}，各乡镇（街道）中心校校长、县属学校校长及县教委相关科室负责人参加会议。会议总结了前一阶段{focus}工作，分析了存在的问题，安排部署了下一阶段重点任务。",
                    $"会议要求，{Demands(focus)}。");
            }

            var inspections = 0;
            while (inspections < 180)
            {
                var town = Pick(Units.Townships.Where(t => !t.Street).ToArray());
                var work = Pick(EducationWorks);
                var title = $"县教委到{town.Short}督查{work}工作";
                if (titles.Contains(title))
                {
                    continue;
                }

                Edu(Workday(2, 12), title, null, "a20-11", $"{work} 督查",
                    $"近日，县教委督查组深入{town.Short}中心小学、{town.Short}中心幼儿园等学校，采取查阅资料、实地查看、座谈交流等方式，对{work}工作进行了督查。",
                    $"督查组对{town.Short}{work}工作给予肯定，同时指出了台账资料不够完善、部分措施落实不够到位等问题，要求各学校对照问题清单逐项整改，确保{work}各项要求落到实处。");
                inspections++;
            }

            var bulletins = Enumerable.Range(0, 48).Select(_ => Workday(1, 12)).Order().ToArray();
            for (var i = 0; i < bulletins.Length; i++)
            {
                var (a, b) = (Pick(Schools), Pick(Schools));
                Edu(bulletins[i], $"巫溪教育简报（2015年第{i + 1}期）", null, "a20-11", "教育简报 教育动态",
                    $"本期要目：{a.Name}{Pick(Activities).Act}；{b.Name}{Pick(Activities).Act}；县教委部署{Pick(EducationWorks)}工作。",
                    $"《巫溪教育简报》由县教委办公室编印，主要刊载全县教育系统重要工作部署、基层学校工作动态和经验做法，欢迎各学校踊跃投稿。投稿邮箱：jw@cqwx.gov.cn。");
            }

            foreach (var m in new[] { 3, 4, 5, 6, 9, 10, 11, 12 })
            {
                Edu(Workday(m, m), $"巫溪县2015年{m}月农村义务教育学生营养改善计划实施情况公示", null, "a20-11", "营养改善计划 公示",
                    F($"2015年{m}月，全县{rng.Next(182, 190)}所农村义务教育学校实施营养改善计划，受益学生{rng.Next(52000, 54000)}人，每生每天补助4元，本月共拨付营养膳食补助资金{Money(420, 470)}万元。"),
                    "各学校食堂采购的大宗食品实行定点采购，每日菜谱和带量食谱在校内公示栏公开，学生家长可随时到校监督。");
            }

            var spare = 6012 - (drafts.Count - start);
            var pairs = new List<(School S, Activity A)>();
            foreach (var s in Schools)
            {
                foreach (var a in Activities)
                {
                    if (a.Types.Contains(s.Type, StringComparison.Ordinal))
                    {
                        pairs.Add((s, a));
                    }
                }
            }

            for (var i = pairs.Count - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (pairs[i], pairs[j]) = (pairs[j], pairs[i]);
            }

            foreach (var (s, a) in pairs.Take(spare))
            {
                var on = Workday(a.From, a.To);
                for (var tries = 0; tries < 8 && on > new DateOnly(2015, 7, 10) && on < new DateOnly(2015, 8, 24); tries++)
                {
                    // Schools are out from mid-July to late August.
                    on = Workday(a.From, a.To);
                }

                var who = s.Type switch
                {
                    'K' => $"全园幼儿和教职工{rng.Next(6, 30) * 10}余人",
                    'P' => $"全校师生{rng.Next(12, 160) * 10}余人",
                    'M' => $"全校师生{rng.Next(60, 220) * 10}余人",
                    _ => $"全校师生{rng.Next(150, 480) * 10}余人",
                };
                Edu(on, s.Name + a.Act, null, "a20-11", a.Keywords,
                    $"{Md(on)}，{s.Name}{a.Act}。{a.Detail.Replace("{T}", s.Town, StringComparison.Ordinal)}",
                    $"此次活动{who}参与，{a.Outcome}。{s.Name}负责人表示，学校将以此为契机，{Pick(SchoolNext)}。",
                    rng.Next(3) == 0 ? $"{s.Name}{a.Act}，{a.Outcome}。" : null);
            }
        }

        private void Environment()
        {
            var hbj = U("hbj");
            for (var d = Jan1; d <= Dec31; d = d.AddDays(1))
            {
                // Winter inversions over the 大宁河 valley push the index up; summers are clean.
                var season = Math.Cos(2 * Math.PI * (d.DayOfYear - 15) / 365.0);
                var aqi = (int)Math.Clamp(52 + (26 * season) + ((rng.NextDouble() - 0.5) * 44), 18, 138);
                var (grade, level, advice) = aqi switch
                {
                    <= 50 => ("一级", "优", "空气质量令人满意，基本无空气污染，各类人群可正常活动。"),
                    <= 100 => ("二级", "良", "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响，极少数异常敏感人群应减少户外活动。"),
                    _ => ("三级", "轻度污染", "易感人群症状有轻度加剧，健康人群出现刺激症状。儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。"),
                };
                var pm25 = (int)(aqi * (0.55 + (rng.NextDouble() * 0.2)));
                var primary = aqi <= 50 ? "无" : d.Month is >= 5 and <= 8 && rng.Next(3) == 0 ? "臭氧（O₃）" : d.Month is 3 or 4 && rng.Next(2) == 0 ? "可吸入颗粒物（PM10）" : "细颗粒物（PM2.5）";
                Add(hbj, d, $"巫溪县{d.Month}月{d.Day}日城区环境空气质量日报", null, null, "09", "a20-13", "hjbh-kq", "空气质量 日报 AQI", Html(hbj,
                    F($"{Ymd(d)}，巫溪县城区环境空气质量指数（AQI）为{aqi}，空气质量级别为{grade}，空气质量状况为{level}，首要污染物为{primary}。"),
                    F($"各项污染物日均浓度：二氧化硫{rng.Next(6, 24)}微克/立方米，二氧化氮{rng.Next(9, 36)}微克/立方米，可吸入颗粒物（PM10）{(int)(pm25 * (1.35 + (rng.NextDouble() * 0.3)))}微克/立方米，细颗粒物（PM2.5）{pm25}微克/立方米，一氧化碳{0.4 + (rng.NextDouble() * 0.9):0.0}毫克/立方米，臭氧8小时滑动平均{rng.Next(36, d.Month is >= 5 and <= 8 ? 168 : 110)}微克/立方米。{advice}")), d);
            }

            (string Title, int Month, string First, string Second)[] water =
            [
                ("巫溪县2015年第一季度集中式饮用水水源地水质状况", 4, "2015年第一季度，县环境监测站对城区柏杨河、东溪河2个集中式饮用水水源地开展了水质监测，监测项目包括pH值、溶解氧、高锰酸盐指数、氨氮、总磷、粪大肠菌群等29项。", "监测结果表明，2个水源地水质均达到《地表水环境质量标准》（GB3838-2002）Ⅱ类标准，水质达标率为100%。"),
                ("巫溪县2015年第二季度集中式饮用水水源地水质状况", 7, "2015年第二季度，县环境监测站对城区2个集中式饮用水水源地开展了水质监测，共获取监测数据174个。", "监测结果表明，各项指标均符合《地表水环境质量标准》（GB3838-2002）Ⅱ类标准，取水量达标率为100%。"),
                ("巫溪县2015年第三季度集中式饮用水水源地水质状况", 10, "2015年第三季度，县环境监测站对城区2个集中式饮用水水源地开展了水质监测，汛期加密监测频次。", "监测结果表明，受强降雨影响，个别时段浊度有所上升，但各项监测指标均达到Ⅱ类水质标准，水质达标率为100%。"),
                ("巫溪县2015年1-11月集中式饮用水水源地水质状况", 12, "2015年1-11月，城区集中式饮用水水源地累计监测11次，各项指标均达到《地表水环境质量标准》Ⅱ类标准。", "乡镇集中式饮用水水源地抽测32个，水质达标率为96.9%，个别水源地总磷略有超标，已督促所在乡镇开展水源保护区环境整治。"),
                ("巫溪县2015年枯水期大宁河水质监测结果", 3, "2015年枯水期，县环境监测站在大宁河宁厂、城区上游、城区下游、大河乡出境断面共设置4个监测断面开展水质监测。", "监测结果表明，大宁河各断面水质均达到《地表水环境质量标准》Ⅲ类标准，其中宁厂、城区上游断面达到Ⅱ类标准，出境断面水质保持稳定。"),
                ("巫溪县2015年上半年地表水环境质量状况", 7, "2015年上半年，全县地表水环境质量总体良好。大宁河、东溪河、西溪河等主要河流8个监测断面中，Ⅱ类水质断面5个、Ⅲ类水质断面3个，无Ⅳ类及以下水质断面。", "与上年同期相比，大宁河城区下游断面氨氮浓度下降12.4%，城区污水处理厂提标改造对改善水质作用明显。"),
                ("巫溪县2015年第三季度地表水环境质量状况", 10, "2015年第三季度，全县主要河流8个监测断面水质均达到Ⅲ类及以上标准，水质达标率为100%。", "其中大宁河出境断面水质为Ⅱ类，满足水环境功能区划要求。"),
                ("巫溪县2015年乡镇集中式饮用水水源地水质监测结果", 11, "2015年，县环境监测站对全县32个乡镇（街道）集中式饮用水水源地开展了水质监测，监测指标为《地表水环境质量标准》表1基本项目和表2补充项目。", "监测结果显示，31个水源地水质达标，1个水源地总磷超标，超标原因为上游农业面源污染，已要求所在乡镇采取措施限期整改。"),
            ];
            foreach (var (title, month, first, second) in water)
            {
                Add(hbj, Workday(month, month), title, null, null, "09", "a20-13", "hjbh-sz", "水环境质量 水质监测", Html(hbj, first, second));
            }

            Add(hbj, Workday(3, 3), "巫溪县2015年国家重点监控企业名单", null, null, "09", "a20-13", "hjbh-pf", "重点监控企业 污染源", Html(hbj,
                "根据环境保护部《2015年国家重点监控企业名单》，我县纳入国家重点监控的企业为巫溪县城市污水处理厂（污水处理厂类）。纳入市级重点监控的企业为巫溪县城区生活垃圾处理场、巫溪县宁河建材有限责任公司等3家。",
                "重点监控企业须按规定开展自行监测并向社会公开监测信息，县环保局按季度开展监督性监测，监测结果向社会公开。"));
            Add(hbj, Workday(8, 8), "巫溪县2015年上半年重点污染源监督性监测结果", null, null, "09", "a20-13", "hjbh-pf", "污染源 监督性监测", Html(hbj,
                "2015年上半年，县环境监测站对巫溪县城市污水处理厂开展了2次监督性监测，出水化学需氧量、氨氮、总磷、悬浮物等指标均达到《城镇污水处理厂污染物排放标准》一级B标准。",
                "对市级重点监控企业开展监督性监测4次，废气颗粒物、二氧化硫排放浓度均达标排放。监测结果已报送市环境监测中心，并在县政府门户网站公开。"));

            var projects = new List<(string Name, string Owner, string Place, string Content, string Measures, string Report, DateOnly On)>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (projects.Count < 120)
            {
                var town = Town();
                var v = Village(town);
                var (kind, content, min, max, measures) = Pick(EnvironmentKinds);
                var name = kind.StartsWith("巫溪县", StringComparison.Ordinal) ? kind.Replace("{T}", town.Short, StringComparison.Ordinal) : $"{town.Short}{v}{kind}";
                if (!names.Add(name))
                {
                    continue;
                }

                var owner = $"巫溪县{Stem(v)}{Pick(OwnerKinds)}";
                projects.Add((name, owner, town.Short + v, content.Replace("{n}", Num(min, max), StringComparison.Ordinal), measures,
                    rng.Next(8) == 0 ? "环境影响报告书" : "环境影响报告表", Workday(new DateOnly(2015, 1, 12), new DateOnly(2015, 11, 30))));
            }

            var accepted = 0;
            foreach (var p in projects.OrderBy(p => p.On))
            {
                var invest = 60 + (rng.NextDouble() * 3000);
                Add(hbj, p.On, $"关于{p.Name}{p.Report}审批前公示", null, null, "09", "a20-05", "hjbh-sp", "环评审批 公示", Html(hbj,
                    F($"根据建设项目环境影响评价政府信息公开的有关规定，我局拟对{p.Name}{p.Report}进行审批，现将项目基本情况予以公示。建设单位：{p.Owner}；建设地点：{p.Place}；建设内容：{p.Content}；总投资{invest:0.0}万元，其中环保投资{invest * (0.03 + (rng.NextDouble() * 0.08)):0.0}万元。"),
                    $"主要环境影响及拟采取的措施：{p.Measures}。公示期为{Md(p.On)}至{Md(Later(p.On, 7, 7))}。公示期间，公众可通过电话、信函等方式向县环保局反映意见，联系电话：{hbj.Phone}。"), p.On);
                var approved = Workday(p.On.AddDays(9), p.On.AddDays(18));
                Add(hbj, approved, $"关于{p.Name}{p.Report}的批复", null, "巫溪环准", "09", "a20-05", "hjbh-sp", "环评批复 建设项目", Html(hbj,
                    $"{p.Owner}：你单位报送的《{p.Name}{p.Report}》收悉。经研究，在全面落实{p.Report}提出的各项污染防治和生态保护措施的前提下，从环境保护角度同意项目按报批的性质、规模、地点和工艺进行建设。",
                    $"项目建设和运营中应重点做好以下工作：{p.Measures}。项目竣工后，须按规定申请竣工环境保护验收，验收合格后方可正式投入运行。"));
                if (accepted < 77 && approved.AddDays(70) < new DateOnly(2015, 12, 20))
                {
                    accepted++;
                    var done = Workday(approved.AddDays(60), Min(approved.AddDays(210), new DateOnly(2015, 12, 20)));
                    Add(hbj, done, $"关于{p.Name}竣工环境保护验收的公示", null, null, "09", "a20-05", "hjbh-sp", "竣工环保验收 公示", Html(hbj,
                        $"{p.Name}已建成并投入试运行。经现场检查和验收监测，项目基本落实了{p.Report}及批复提出的各项污染防治措施，主要污染物排放达到相应标准，环境保护设施运行正常。",
                        $"我局拟同意该项目通过竣工环境保护验收，现予以公示，公示期5个工作日。如有异议，请在公示期内向县环保局反映，联系电话：{hbj.Phone}。"), done);
                }
            }

            (string Project, string Owner, int Month)[] big =
            [
                ("巫溪县城市污水处理厂二期工程", "巫溪县城市建设投资有限公司", 3),
                ("巫溪县城区生活垃圾处理场扩容工程", "巫溪县市政园林管理局", 5),
                ("巫溪县大宁河城区段综合整治工程", "巫溪县水务局", 8),
            ];
            foreach (var (project, owner, month) in big)
            {
                var first = Workday(month, month);
                Add(hbj, first, $"{project}环境影响评价第一次信息公示", null, null, "09", "a20-13", "hjbh-hp", "环境影响评价 信息公示", Html(hbj,
                    $"{project}建设单位为{owner}，环境影响评价工作已委托有资质的环评机构承担。根据《环境影响评价公众参与暂行办法》，现就项目概况、环评工作程序和主要工作内容进行第一次信息公示。",
                    "公众可在公示之日起10个工作日内，通过信函、电子邮件等方式向建设单位或环评机构提出与项目环境影响有关的意见和建议。"));
                Add(hbj, Workday(first.AddDays(30), first.AddDays(50)), $"{project}环境影响评价第二次信息公示", null, null, "09", "a20-13", "hjbh-hp", "环境影响评价 信息公示", Html(hbj,
                    $"{project}环境影响报告书已编制完成，现进行第二次信息公示。公示内容包括项目可能对环境造成的影响、预防或减轻不良环境影响的对策措施及环境影响评价初步结论。",
                    "公众可在公示之日起10个工作日内查阅报告书简本，并以填写公众意见调查表等方式反映意见。建设单位将对公众意见进行归纳整理，在报送审批的环境影响报告书中予以说明。"));
            }

            Add(hbj, Workday(10, 10), "巫溪县城市污水处理厂二期工程环境影响报告书（简本）公示", null, null, "09", "a20-13", "hjbh-hp", "环境影响报告书 简本", Html(hbj,
                "巫溪县城市污水处理厂二期工程位于柏杨街道马镇坝片区，设计处理规模1.5万立方米/日，采用改良型A²/O工艺，出水执行《城镇污水处理厂污染物排放标准》一级A标准，尾水排入大宁河。",
                "项目建成后可削减化学需氧量约1640吨/年、氨氮约180吨/年，对改善大宁河城区段水质具有积极作用。施工期和运营期的废气、噪声、污泥等影响通过采取相应措施可得到有效控制。"));
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private void FoodAndDrugs()
        {
            var spyj = U("spyj");
            (string Title, int Month, string First, string Second)[] checks =
            [
                ("巫溪县2015年元旦春节期间食品安全执法检查情况", 2, "元旦春节期间，县食品药品监管局组织执法人员{n}人次，重点对城区及各乡镇场镇的超市、农贸市场、餐饮单位和食品批发企业开展执法检查，共检查食品经营单位{m}家。", "检查中责令整改问题{k}个，下架过期食品{q}公斤，立案查处违法案件3件。节日期间全县未发生食品安全事故。"),
                ("巫溪县2015年春季学校食堂食品安全执法检查情况", 4, "春季开学后，县食品药品监管局联合县教委对全县中小学、幼儿园食堂开展了食品安全执法检查，共检查学校食堂{m}家。", "检查发现部分学校食堂存在索证索票不全、留样记录不规范等问题{k}个，已责令限期整改，并纳入学校食品安全量化分级管理。"),
                ("巫溪县2015年端午节期间食品安全执法检查情况", 6, "端午节前，县食品药品监管局对粽子、咸蛋、绿豆糕等节令食品的生产经营单位开展了专项执法检查，出动执法人员{n}人次，检查生产经营单位{m}家。", "抽检节令食品{k}批次，检验结果全部合格，对{q}家标签标识不规范的经营户进行了约谈整改。"),
                ("巫溪县2015年中秋国庆期间食品安全执法检查情况", 10, "中秋国庆期间，县食品药品监管局重点对月饼生产经营单位、旅游景区餐饮单位和农村集体聚餐开展执法检查，共检查{m}家。", "现场快检食品{k}批次，查处无证生产月饼作坊1家，下架不合格食品{q}公斤，节日期间全县食品安全形势平稳。"),
                ("巫溪县2015年药品零售企业执法检查情况", 11, "县食品药品监管局对全县药品零售企业开展了全覆盖执法检查，重点检查药品购进渠道、处方药销售、执业药师在岗和温湿度监测等情况，共检查{m}家。", "检查中发现违反GSP规定的问题{k}个，责令限期整改{q}家，立案查处2家，检查结果已在县食品药品监管局公示栏公开。"),
            ];
            foreach (var (title, month, first, second) in checks)
            {
                Add(spyj, Workday(month, month), title, null, null, "08", "a20-13", "spyp-jc", "食品药品 执法检查", Html(spyj,
                    first.Replace("{n}", Num(80, 260), StringComparison.Ordinal).Replace("{m}", Num(180, 900), StringComparison.Ordinal),
                    second.Replace("{k}", Num(20, 140), StringComparison.Ordinal).Replace("{q}", Num(12, 90), StringComparison.Ordinal)));
            }

            var campaigns = FoodCampaigns;
            for (var i = 0; i < campaigns.Length; i++)
            {
                var start = Workday(Math.Min(11, 1 + i), Math.Min(11, 1 + i));
                Add(spyj, start, $"巫溪县食品药品监督管理局关于开展{campaigns[i]}专项整治的通知", null, spyj.Issuer, "08", "a20-13", "spyp-zz", "专项整治 通知", Html(spyj,
                    $"各食品药品监管所、局机关各科室：为进一步规范{campaigns[i]}秩序，切实保障人民群众饮食用药安全，县局决定在全县开展{campaigns[i]}专项整治，现将有关事项通知如下。",
                    $"整治时间为{Md(start)}至{Md(Clamp(start.AddDays(90)))}，分为动员部署、集中整治、总结验收三个阶段。各监管所要对辖区内相关生产经营单位开展全覆盖排查，建立问题台账，对发现的违法违规行为依法从严查处，并按时报送整治进展情况。"));
                if (i < campaigns.Length - 1)
                {
                    var report = Workday(Clamp(start.AddDays(60)), Clamp(start.AddDays(100)));
                    Add(spyj, report, $"巫溪县{campaigns[i]}专项整治工作情况通报", null, null, "08", "a20-13", "spyp-zz", "专项整治 情况通报", Html(spyj,
                        F($"{campaigns[i]}专项整治开展以来，全县共出动执法人员{rng.Next(120, 600)}人次，检查相关生产经营单位{rng.Next(150, 900)}家次，发现并督促整改问题{rng.Next(30, 180)}个，立案查处违法案件{rng.Next(2, 15)}件，罚没款{Money(1, 12)}万元。"),
                        "专项整治取得了阶段性成效，但部分经营单位主体责任落实不到位的问题仍然存在。下一步，县食品药品监管局将建立长效监管机制，加大日常监督检查和抽检力度，巩固整治成果。"));
                }
            }

            var gsp = Enumerable.Range(0, 3).Select(_ => Workday(2, 11)).Order().ToArray();
            for (var i = 0; i < gsp.Length; i++)
            {
                Add(spyj, gsp[i], $"巫溪县2015年第{QuarterName(i + 1)}批药品经营企业GSP认证现场检查结果公示", null, null, "08", "a20-05", "spyp-gsp", "GSP认证 药品经营 公示", Html(spyj,
                    F($"根据《药品经营质量管理规范》及现场检查验收标准，县食品药品监管局组织检查组对巫溪县{Stem(Village(Town()))}大药房、巫溪县{Stem(Village(Town()))}大药房等{rng.Next(4, 12)}家药品零售企业进行了GSP认证现场检查，检查结果均为符合要求。"),
                    "现将检查结果予以公示，公示期为10个工作日。对公示内容有异议的，可向县食品药品监管局药品流通监管科书面反映，联系电话：023-51525068。公示期满无异议的，报市食品药品监督管理局审核发证。"));
            }

            var joint = Enumerable.Range(0, 5).Select(_ => Workday(2, 12)).Order().ToArray();
            for (var i = 0; i < joint.Length; i++)
            {
                Add(spyj, joint[i], $"巫溪县2015年第{i + 1}期食品安全监督抽检信息联合通报", null, null, "08", "a20-13", "spyp-tb", "食品安全 抽检 联合通报", Html(spyj,
                    F($"县食品药品监管局会同县农委、县工商局、县卫生计生委，对全县生产流通和餐饮环节的粮食制品、食用油、肉制品、蔬菜、水果、酒类等食品开展了监督抽检，本期共抽检{rng.Next(60, 200)}批次，合格{rng.Next(58, 196)}批次。"),
                    "不合格产品主要涉及食品添加剂超范围使用和微生物指标超标，相关部门已依法对不合格产品进行下架处理，并对相关生产经营者立案调查。消费者发现不合格食品可拨打投诉举报电话12331。"));
            }

            (string Title, int From, int To)[] quick =
            [
                ("巫溪县2015年春节前食品安全快速检测结果公示", 2, 2),
                ("巫溪县2015年秋季开学学校食堂食品快速检测结果公示", 9, 9),
                ("巫溪县2015年中秋国庆节前食品安全快速检测结果公示", 9, 9),
            ];
            foreach (var (title, from, to) in quick)
            {
                Add(spyj, Workday(from, to), title, null, null, "08", "a20-13", "spyp-jg", "快速检测 结果公示", Html(spyj,
                    F($"县食品药品监管局利用食品快速检测车对城区农贸市场、超市及学校食堂的蔬菜、水果、肉类、水产品等开展快速检测，共检测样品{rng.Next(120, 400)}份，检测项目为农药残留、瘦肉精、甲醛、二氧化硫等。"),
                    F($"检测结果显示，{rng.Next(1, 4)}份样品农药残留快检结果为阳性，已现场监督经营者下架销毁，并追溯来源；其余样品均合格。")));
            }

            var cases = 0;
            while (cases < 12)
            {
                var town = Town();
                var (party, offense, basis, penalty) = Pick(FoodCases);
                var name = party.Replace("{T}", town.Short, StringComparison.Ordinal).Replace("{V}", Stem(Village(town)), StringComparison.Ordinal);
                var on = Workday(2, 12);
                var title = $"巫溪县食品药品监督管理局行政处罚案件信息公开（{name}{offense}案）";
                if (titles.Contains(title))
                {
                    continue;
                }

                cases++;

                Add(spyj, on, title, null, "巫溪食药监罚", "08", "a20-06", "spyp-cf", "行政处罚 食品药品", Html(spyj,
                    $"当事人：{name}，经营者{Person()}。经查，当事人存在{offense}的违法行为，违法事实清楚，证据确凿。",
                    $"上述行为违反了{basis}的规定。根据相关法律法规，县食品药品监督管理局依法对当事人作出{penalty}的行政处罚。当事人已履行处罚决定。"));
            }
        }

        private void WorkSafety()
        {
            var ajj = U("ajj");
            (string Title, int Month, string First, string Second)[] accidents =
            [
                ("巫溪县上磺镇“3·17”建筑施工高处坠落事故调查处理情况", 5, "2015年3月17日，上磺镇场镇一在建民房工地发生一起高处坠落事故，造成1人死亡，直接经济损失约86万元。", "经事故调查组调查认定，该事故是一起因施工单位未设置临边防护、作业人员未系安全带引起的一般生产安全责任事故。县政府已批复事故调查报告，对相关责任单位和责任人依法作出处理。"),
                ("巫溪县文峰镇“5·26”非煤矿山物体打击事故调查处理情况", 7, "2015年5月26日，文峰镇一建筑石料用灰岩矿开采作业面发生一起物体打击事故，造成1人死亡，直接经济损失约92万元。", "事故直接原因是爆破后未及时清理浮石，作业人员违章进入危险区域作业。县安监局对该矿山企业处以罚款并责令停产整顿，对企业主要负责人依法给予行政处罚。"),
                ("巫溪县“8·12”道路运输事故调查处理情况", 10, "2015年8月12日，一辆农用运输车在菱角镇境内乡村公路发生侧翻，造成1人死亡、2人受伤，直接经济损失约75万元。", "经调查，事故原因为驾驶员超载运输并在弯道处操作不当。事故调查组对车辆所有人、驾驶员及相关监管责任人提出了处理建议，并督促交通、公安部门加强农村道路运输安全监管。"),
                ("巫溪县田坝镇“11·3”触电事故调查处理情况", 12, "2015年11月3日，田坝镇一农产品加工企业在设备检修过程中发生一起触电事故，造成1人死亡，直接经济损失约68万元。", "事故原因为企业未落实停电检修作业制度、作业人员违章操作。县安监局依法对企业及其主要负责人作出行政处罚，并在全县开展有限空间和用电安全专项检查。"),
            ];
            foreach (var (title, month, first, second) in accidents)
            {
                Add(ajj, Workday(month, month), title, null, null, "08", "a20-12", "aqsc-sg", "生产安全事故 调查处理", Html(ajj, first, second));
            }

            var made = 0;
            foreach (var (title, month, doc) in SafetyDocs)
            {
                var (first, second) = title.EndsWith("解读", StringComparison.Ordinal)
                    ? ("2014年8月31日，第十二届全国人大常委会第十次会议审议通过了关于修改《中华人民共和国安全生产法》的决定，新法自2014年12月1日起施行。新法确立了“以人为本，坚持安全发展”的理念和“安全第一、预防为主、综合治理”的方针。",
                        "新法进一步强化了生产经营单位的安全生产主体责任，明确了政府及有关部门的安全生产监管职责，加大了对安全生产违法行为的责任追究力度。各生产经营单位要认真学习、严格遵守，切实把新法各项规定落到实处。")
                    : title.EndsWith("通知", StringComparison.Ordinal)
                        ? ("各乡镇人民政府、街道办事处，县级有关部门，有关企业：为深入贯彻落实新修改的《中华人民共和国安全生产法》，有效防范和坚决遏制各类生产安全事故发生，经县安全生产委员会研究，现将有关事项通知如下。",
                            "各乡镇（街道）、各有关部门要严格落实安全生产“党政同责、一岗双责、齐抓共管”和“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，制定工作方案，明确责任分工，认真组织实施，并按要求报送工作开展情况。")
                        : ($"为深入贯彻落实新修改的《中华人民共和国安全生产法》，进一步强化安全生产红线意识，《{title}》已经县安全生产委员会研究同意，现予以公布。",
                            "各乡镇（街道）、各有关部门和企业要认真抓好贯彻执行，结合实际完善配套制度和工作措施。执行中遇到的问题，请及时向县安全生产委员会办公室（设在县安监局）反馈。");
                var issuer = !doc ? null : title.Contains("安全生产委员会", StringComparison.Ordinal) ? "巫溪安委发" : ajj.Issuer;
                Add(ajj, Workday(month, month), title, null, issuer, "08", title.Contains("预案", StringComparison.Ordinal) ? "a20-12" : "a20-01", "aqsc-ya",
                    title.Contains("预案", StringComparison.Ordinal) ? "应急预案 安全生产" : "安全生产 法规政策", Html(ajj, first, second));
                made++;
            }

            for (var m = 1; m <= 12; m++)
            {
                Add(ajj, Workday(m, m), $"巫溪县2015年{m}月安全生产执法检查情况公示", null, null, "08", "a20-13", "aqsc-ya", "安全生产 执法检查 公示", Html(ajj,
                    F($"2015年{m}月，县安监局共检查生产经营单位{rng.Next(40, 130)}家次，排查一般安全隐患{rng.Next(60, 260)}条，已整改{rng.Next(50, 240)}条；下达执法文书{rng.Next(20, 80)}份，立案查处违法行为{rng.Next(0, 6)}起。"),
                    "检查重点为非煤矿山、危险化学品、烟花爆竹、建筑施工和人员密集场所。对检查中发现的隐患，县安监局已逐一下达整改指令，实行跟踪督办、闭环管理。"));
                var next = m == 12 ? Workday(new DateOnly(2015, 12, 20), Dec31) : Workday(m + 1, m + 1);
                Add(ajj, next, $"巫溪县2015年{m}月安全生产形势通报", null, null, "08", "a20-12", "aqsc-ya", "安全生产 形势通报", Html(ajj,
                    F($"2015年{m}月，全县安全生产形势总体平稳。1-{m}月全县共发生各类生产安全事故{rng.Next(6, 12 + (m * 2))}起，死亡{rng.Next(m >= 3 ? 2 : 0, m >= 3 ? 7 : 2)}人，各项指标均控制在市政府下达的控制考核指标以内。"),
                    "下一阶段，各乡镇（街道）和有关部门要紧盯道路交通、非煤矿山、建筑施工等重点行业领域，深入开展隐患排查治理和“打非治违”工作，坚决防范较大及以上事故发生。"));
                made += 2;
            }

            foreach (var town in Units.Townships)
            {
                Add(ajj, Workday(new DateOnly(2015, 1, 5), new DateOnly(2015, 2, 10)), $"{town.Short}2015年烟花爆竹零售经营许可证核发公示", null, null, "08", "a20-05", "aqsc-ya", "烟花爆竹 零售许可 公示", Html(ajj,
                    F($"根据《烟花爆竹安全管理条例》和《烟花爆竹经营许可实施办法》，经申请人申请、{town.Short}初审、县安监局现场核查，{town.Short}{rng.Next(2, 12)}家烟花爆竹零售点符合安全条件，拟核发烟花爆竹零售经营许可证，许可期限至2015年2月28日。"),
                    "零售点名单、经营地址及负责人已在当地场镇公示栏张贴。公示期3天，对公示内容有异议的，可向县安监局危险化学品监管股反映。"));
                made++;
            }

            var hazards = new List<DateOnly>();
            while (made < 173 - 10)
            {
                var town = Town();
                var v = Village(town);
                var (subject, certificate) = Pick(SafetyPermits);
                var name = $"巫溪县{town.Short}{Stem(v)}{subject}";
                var title = $"{name}{certificate}公示";
                if (titles.Contains(title))
                {
                    continue;
                }

                Add(ajj, Workday(2, 12), title, null, null, "08", "a20-05", "aqsc-ya", "安全生产 许可 公示", Html(ajj,
                    $"{name}申请{certificate.Replace("核发", "", StringComparison.Ordinal).Replace("延期", "延期换证", StringComparison.Ordinal)}，经县安监局组织专家现场评审，该单位安全生产条件符合有关法律法规和国家标准、行业标准的要求。",
                    $"现予以公示，公示期5个工作日。对公示内容有异议的，请以书面形式向县安监局反映，联系电话：{ajj.Phone}。"));
                made++;
            }

            var listed = Enumerable.Range(0, 10).Select(_ => Workday(3, 12)).Order().ToArray();
            for (var i = 0; i < listed.Length; i++)
            {
                var town = Town();
                Add(ajj, listed[i], $"巫溪县2015年第{i + 1}批重大安全生产隐患挂牌督办公告", null, null, "08", "a20-12", "aqsc-ya", "隐患 挂牌督办", Html(ajj,
                    $"经县安全生产委员会研究，决定对{town.Short}{Pick(HazardSubjects)}存在的重大安全生产隐患实行挂牌督办。督办单位为县安监局，责任单位为{town.Short}{(town.Street ? "办事处" : "人民政府")}及隐患所在企业。",
                    $"责任单位须在{Md(Clamp(listed[i].AddDays(30)))}前完成隐患整改，整改期间落实监控和防范措施，整改完成后向县安委会办公室申请核查销号。"));
            }
        }

        private void Approvals()
        {
            var wuxi = U("wuxi");
            var zfb = U("zfb");
            var xzfw = U("xzfw");
            Add(wuxi, Workday(3, 3), "巫溪县人民政府关于印发巫溪县行政审批事项目录管理办法的通知", null, wuxi.Issuer, "01", "a20-01", "xzsp-ml", "行政审批 目录管理", Html(wuxi,
                "各乡镇人民政府、街道办事处，县政府各部门，有关单位：《巫溪县行政审批事项目录管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。",
                "办法明确，县级行政审批事项实行目录管理，目录之外不得擅自设立或变相设立审批事项；目录每年向社会公布一次，审批事项的名称、依据、实施机关、办理时限和收费标准一并公开。"));
            Add(wuxi, Workday(4, 4), "巫溪县人民政府关于公布2015年县级行政审批事项目录的通知", null, wuxi.Issuer, "01", "a20-05", "xzsp-ml", "行政审批 事项目录", Html(wuxi,
                "各乡镇人民政府、街道办事处，县政府各部门，有关单位：经县政府常务会议审议通过，现将2015年县级行政审批事项目录予以公布。",
                "本次公布保留县级行政审批事项342项，其中行政许可事项298项、非行政许可审批事项44项。截至目前，我县累计取消行政审批事项118项，承接市政府下放的行政审批事项98项。"));
            Add(wuxi, Workday(7, 7), "巫溪县人民政府关于取消和调整一批行政审批项目的决定", null, wuxi.Issuer, "01", "a20-05", "xzsp-ml", "行政审批 取消 调整", Html(wuxi,
                "各乡镇人民政府、街道办事处，县政府各部门，有关单位：按照国务院和市政府关于深化行政审批制度改革的部署，经县政府研究，决定取消和调整一批行政审批项目。",
                "本次共取消行政审批项目18项、调整审批层级或实施主体9项、合并审批项目6项。各有关部门要做好取消和调整事项的衔接落实，加强事中事后监管，不得以备案、登记等名义变相审批。"));
            Add(zfb, Workday(5, 5), "巫溪县人民政府办公室关于印发进驻县行政服务中心行政审批事项体外循环责任追究办法的通知", null, zfb.Issuer, "01", "a20-01", "xzsp-ml", "行政审批 体外循环 责任追究", Html(zfb,
                "各乡镇人民政府、街道办事处，县政府各部门，有关单位：《进驻县行政服务中心行政审批事项体外循环责任追究办法》已经县政府同意，现印发给你们，请认真贯彻执行。",
                "办法规定，已进驻县行政服务中心的行政审批事项必须在中心窗口统一受理、统一办结、统一送达，严禁“体外循环”。对违反规定的单位和个人，视情节轻重予以通报批评、约谈问责，涉嫌违纪的移送纪检监察机关处理。"));
            Add(xzfw, Workday(5, 6), "巫溪县行政服务中心进驻事项及办事指南目录", null, null, "01", "a20-05", "xzsp-ml", "行政服务中心 进驻事项 办事指南", Html(xzfw,
                "目前，全县22个部门进驻县行政服务中心，设立办事窗口，进驻事项279项，暂未进驻办理事项63项。各进驻事项的办理依据、申请条件、申请材料、办理流程、办理时限和收费标准均已编制办事指南。",
                "申请人可在县政府门户网站“网上办事”栏目或县行政服务中心大厅触摸屏查询，也可拨打县行政服务中心咨询电话023-51526688。"));

            for (var week = 1; week <= 52; week++)
            {
                // Each week's results go up on the first working day after its Friday.
                var friday = new DateOnly(2015, 1, 2).AddDays((week - 1) * 7);
                var on = NextWorkday(friday.AddDays(1));
                var received = rng.Next(420, 980);
                var done = received - rng.Next(0, 40);
                var instant = done * rng.Next(35, 60) / 100;
                Add(xzfw, on, $"巫溪县行政服务中心2015年第{week}周行政审批办件结果公示", null, null, "01", "a20-05", "xzsp-jg", "行政审批 办件 结果公示", Html(xzfw,
                    F($"{Md(friday.AddDays(-4))}至{Md(friday)}，县行政服务中心共受理各类审批服务事项{received}件，办结{done}件，按时办结率100%；办结件中即办件{instant}件、承诺件{done - instant}件。"),
                    "办件明细（申请人、事项名称、受理时间、办结时间、办理结果）可在县行政服务中心大厅电子显示屏和县政府门户网站查询。对办理结果有异议的，可拨打监督电话023-51526699。"), on);
            }

            foreach (var (code, permit, law, batches) in PermitSeries)
            {
                var u = U(code);
                var dates = Enumerable.Range(0, batches).Select(_ => Workday(1, 12)).Order().ToArray();
                for (var i = 0; i < dates.Length; i++)
                {
                    Add(u, dates[i], $"{u.Short}2015年第{i + 1}批{permit}核发结果公示", null, null, u.Topic, "a20-05", "xzsp-jg", $"行政许可 {permit}", Html(u,
                        F($"根据{law}，{u.Short}对申请人提出的{permit}申请依法进行了审查，本批次{rng.Next(2, 16)}件申请符合法定条件和标准，已依法作出准予许可的决定。"),
                        $"许可结果明细（申请人名称、项目名称、许可证编号、许可日期）详见附表。对许可结果有异议的，可自公示之日起5个工作日内向{u.Name}反映，联系电话：{u.Phone}。"));
                }
            }
        }

        // ---- ordinary items: work news, notices, documents ----

        private void OrdinaryItems()
        {
            var countyTargets = Allocate(CountyLevel - countyCount, Units.County.Select(u => (double)CountyWeights[u.Code]).ToArray());
            for (var i = 0; i < Units.County.Length; i++)
            {
                var u = Units.County[i];
                var kinds = u.Code == "wuxi" ? WuxiKinds : DepartmentExtras.TryGetValue(u.Code, out var extra) ? [.. CountyKinds, .. extra] : CountyKinds;
                FillUnit(u, countyTargets[i], kinds);
            }

            var townTargets = Allocate(TownshipLevel - townshipCount, Units.Townships.Select(t => (t.Street ? 1.35 : 1.0) * (0.85 + (rng.NextDouble() * 0.3))).ToArray());
            for (var i = 0; i < Units.Townships.Length; i++)
            {
                FillUnit(Units.Townships[i], townTargets[i], TownKinds);
            }
        }

        /// <summary>Splits a total in proportion to weights, exactly (largest remainder).</summary>
        private static int[] Allocate(int total, double[] weights)
        {
            var sum = weights.Sum();
            var shares = weights.Select(w => total * w / sum).ToArray();
            var counts = shares.Select(s => (int)Math.Floor(s)).ToArray();
            var left = total - counts.Sum();
            foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => shares[i] - counts[i]).ThenBy(i => i).Take(left))
            {
                counts[i]++;
            }

            return counts;
        }

        private void FillUnit(Unit u, int target, Kind[] kinds)
        {
            var start = drafts.Count;
            Signature(u);
            Specials(u);
            var total = kinds.Sum(k => k.Weight);
            var misses = 0;
            while (drafts.Count - start < target)
            {
                var roll = rng.Next(total);
                var kind = kinds[0];
                foreach (var k in kinds)
                {
                    if (roll < k.Weight)
                    {
                        kind = k;
                        break;
                    }

                    roll -= k.Weight;
                }

                // A body whose titles have run out accepts a repeat rather than loop forever; the tests allow a few.
                misses = Emit(u, kind, misses > 300) ? 0 : misses + 1;
            }

            if (drafts.Count - start != target)
            {
                throw new InvalidOperationException($"{u.Code}: {drafts.Count - start} ordinary items instead of {target}.");
            }
        }

        private bool Emit(Unit u, Kind k, bool allowRepeat)
        {
            var on = Workday(k.From, k.To);
            Begin(u, on);
            var title = Fill(Pick(k.Titles));
            if (!allowRepeat && titles.Contains(title))
            {
                return false;
            }

            var first = Fill(Pick(k.First));
            var second = Fill(Pick(k.Second));
            var summary = k.Summary is not null ? Fill(k.Summary) : rng.Next(5) < 2 ? FirstSentence(first) : null;
            Add(u, on, title, summary, k.Doc ? u.Issuer : null, k.Topic ?? u.Topic, k.Category ?? u.Category, null, Fill(k.Keywords), Html(u, first, second));
            return true;
        }

        private static string? FirstSentence(string paragraph)
        {
            var colon = paragraph.IndexOf('：', StringComparison.Ordinal);
            var from = colon is > 0 and < 48 ? colon + 1 : 0;
            var end = paragraph.IndexOf('。', from);
            return end > from + 12 && end - from < 120 ? paragraph[from..(end + 1)] : null;
        }

        /// <summary>What every body publishes once a year: its annual report, functions, leaders, plans and the 2015 campaigns.</summary>
        private void Signature(Unit u)
        {
            var report = Workday(new DateOnly(2015, 3, 2), new DateOnly(2015, 3, 25));
            Begin(u, report);
            Add(u, report, $"{u.Name}2014年政府信息公开工作年度报告", null, null, "01", "a20-15", null, "政府信息公开 年度报告", Html(u,
                Fill("根据《中华人民共和国政府信息公开条例》要求，{N}编制了2014年度政府信息公开工作报告。报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。2014年，{S}主动公开政府信息{nn}条，受理政府信息公开申请{r}件，均按时答复。"),
                Fill("报告全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼情况、存在的主要问题及改进措施等部分。如对本报告有疑问，请与{N}联系，联系电话：{PH}。")),
                Workday(report, new DateOnly(2015, 3, 31)));

            var early = Workday(1, 1);
            Begin(u, early);
            Add(u, early, $"{u.Name}主要职责及内设机构", null, null, "01", "a20-02", null, "机构职能 内设机构", Html(u,
                Fill(u.Township
                    ? "{N}是县人民政府的派出机关（基层政权），主要负责贯彻执行党和国家的路线方针政策，组织实施辖区经济社会发展规划，抓好农业农村、社会事业、社会治理、扶贫开发和安全生产等工作，为辖区群众提供公共服务。"
                    : "{N}是县人民政府工作部门，主要负责贯彻执行国家和市、县关于{P}、{P2}等方面的方针政策和法律法规，拟订全县相关发展规划和政策措施并组织实施，承担相关领域的行政审批、监督管理和公共服务职责。"),
                Fill(u.Township
                    ? "{S}内设党政办公室、经济发展办公室、社会事务办公室、社会治安综合治理办公室等综合办事机构，设有农业服务中心、社会保障服务所、财政所、便民服务中心等站所。办公时间：周一至周五 上午9:00—12:00，下午14:30—17:30；联系电话：{PH}。"
                    : "{S}内设办公室、政策法规股、业务股室及相关二级单位，负责具体承办各项业务工作。办公时间：周一至周五 上午9:00—12:00，下午14:30—17:30（法定节假日除外）；联系电话：{PH}。")));

            var leaders = Workday(1, 3);
            var duties = u.Work.OrderBy(_ => rng.Next()).Concat(u.Work).Take(4).ToArray();
            Begin(u, leaders);
            Add(u, leaders, $"{u.Name}领导班子成员及分工", null, null, "01", "a20-02", null, "领导信息 分工", Html(u,
                $"{u.Short}{u.HeadTitle}：{heads[u.Code]}，主持全面工作。{(u.Township ? "" : "副职：")}{Person()}，负责{duties[0]}、{duties[1]}等工作；{Person()}，负责{duties[2]}及机关日常事务等工作。",
                Fill($"{Person()}，负责{duties[3]}工作，协助分管安全生产、信访维稳。班子成员按照分工各负其责，相互配合，共同推进各项工作。领导班子成员的调整变动情况将及时更新公开。联系电话：{{PH}}。")));

            var plan = Workday(2, 4);
            Begin(u, plan);
            if (u.Code == "wuxi")
            {
                Add(u, Workday(1, 2), "巫溪县2015年政府工作报告", "回顾2014年政府工作，提出2015年经济社会发展主要预期目标和重点工作。", null, "01", "a20-03", null, "政府工作报告 发展目标", Html(u,
                    "2014年，全县地区生产总值完成81.6亿元，增长10.8%；固定资产投资完成92.3亿元，增长18.6%；城乡居民人均可支配收入分别增长9.5%和11.8%。全年减少贫困人口2.4万人，完成高山生态扶贫搬迁1.1万人。",
                    "2015年全县经济社会发展的主要预期目标是：地区生产总值增长11%，固定资产投资增长18%，一般公共预算收入增长10%，城乡居民人均可支配收入分别增长9%和11%，减少贫困人口2万人以上。重点抓好基础设施建设、特色产业培育、生态扶贫搬迁、城乡统筹发展和民生改善等工作。"));
                Add(u, plan, "巫溪县2015年国民经济和社会发展计划", null, null, "02", "a20-03", null, "国民经济 发展计划", Html(u,
                    "根据县第十六届人民代表大会第五次会议批准的计划，2015年全县国民经济和社会发展的主要目标为：地区生产总值增长11%左右，规模以上工业增加值增长13%，社会消费品零售总额增长14%，城镇登记失业率控制在4%以内。",
                    "计划安排县级重点建设项目78个，年度计划投资52.7亿元，重点推进交通、水利、城镇建设、产业发展和社会事业项目，着力补齐基础设施短板。"));
            }
            else
            {
                Add(u, plan, $"{u.Name}2015年工作要点", null, null, u.Topic, "a20-15", null, "工作要点 2015年", Html(u,
                    Fill("2015年，{S}将紧紧围绕县委、县政府中心工作，以{P}、{P2}为重点，着力抓好各项工作任务落实。一是狠抓{P}，确保完成年度目标任务；二是深化{P2}，不断提升工作水平；三是加强自身建设，推进依法行政和作风建设。"),
                    Fill("各{Sub}要对照工作要点，细化工作措施，明确责任人和完成时限，确保各项工作有序推进。{S}将对工作要点落实情况进行季度督查、年终考核。")));
            }

            var open = Workday(3, 4);
            Begin(u, open);
            Add(u, open, $"{u.Name}2015年政务公开工作实施方案", null, null, "01", "a20-15", null, "政务公开 实施方案", Html(u,
                Fill("为深入贯彻《中华人民共和国政府信息公开条例》，认真落实《2015年重庆市政府信息公开工作要点》和县政府有关要求，结合{S}实际，制定本方案。2015年，{S}将重点公开{P}、{P2}等方面的政府信息，做到应公开尽公开。"),
                Fill("{S}政务公开工作由主要负责人负总责，分管负责人具体抓，办公室负责日常工作。公开信息实行“先审后发”，对拟公开的信息进行保密审查。公开渠道为县政府门户网站、政务公开栏和便民服务窗口。")));

            var mobilize = Workday(5, 6);
            Begin(u, mobilize);
            Add(u, mobilize, $"{u.Short}召开“三严三实”专题教育动员部署会", null, null, "01", "a20-15", null, "三严三实 专题教育", Html(u,
                Fill("{D}，{S}召开“三严三实”专题教育动员部署会，{H}以“践行‘三严三实’，做忠诚干净担当的干部”为题讲专题党课，并对专题教育进行动员部署。"),
                Fill("会议要求，全体党员干部要把“三严三实”专题教育作为重要政治任务，做到学习教育、查摆问题、整改落实、立规执纪贯穿始终，以专题教育的实际成效推动{P}等各项工作。")));

            var seminar = Workday(7, 10);
            Begin(u, seminar);
            Add(u, seminar, $"{u.Short}开展“三严三实”专题学习研讨", null, null, "01", "a20-15", null, "三严三实 学习研讨", Html(u,
                Fill("{D}，{S}党委（党组）中心组开展“三严三实”专题学习研讨，围绕“严以律己，做到心存敬畏、手握戒尺”主题，班子成员逐一作交流发言，结合思想和工作实际查找问题、剖析根源。"),
                Fill("{H}在总结讲话中强调，要把学习研讨成果转化为推动工作的强大动力，真正做到严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。")));

            var half = Workday(7, 7);
            Begin(u, half);
            Add(u, half, $"{u.Name}2015年上半年工作总结", null, null, u.Topic, "a20-15", null, "工作总结 上半年", Html(u,
                Fill("2015年上半年，{S}在县委、县政府的坚强领导下，紧紧围绕年度目标任务，扎实推进{P}、{P2}等重点工作，各项工作取得了积极进展，完成年度目标任务的{pct}%。"),
                Fill("下半年，{S}将针对工作中存在的短板和不足，进一步加大工作力度，突出抓好{P}工作，强化督查考核，确保全面完成全年目标任务。")));
        }

        // ---- the template engine for ordinary items ----

        private readonly StringBuilder fill = new(512);
        private Unit cu = null!;
        private Unit ctown = null!;
        private DateOnly con;
        private string? cv, cv2, cp, cp2, ct2, cx, cl, cln, cn, cnn, cnk, cpct;
        private int cparts;

        private void Begin(Unit u, DateOnly on)
        {
            cu = u;
            con = on;
            ctown = u.Township ? u : Town();
            cv = cv2 = cp = cp2 = ct2 = cx = cl = cln = cn = cnn = cnk = cpct = null;
            cparts = 0;
        }

        private string Fill(string template)
        {
            fill.Clear();
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                if (open < 0)
                {
                    fill.Append(template, i, template.Length - i);
                    break;
                }

                fill.Append(template, i, open - i);
                var close = template.IndexOf('}', open);
                var value = Slot(template[(open + 1)..close]);
                fill.Append(value);
                i = close + 1;
            }

            return fill.ToString();
        }

        private string Slot(string key)
        {
            switch (key)
            {
                case "N": return cu.Name;
                case "S": return cu.Short;
                case "H": return Head(cu);
                case "PH": return cu.Phone;
                case "T": return ctown.Short;
                case "Ts": return ctown.Street ? "街道" : ctown.Short[^1..];
                case "Sub": return cu.Township ? "站所" : "股室";
                case "T2":
                    while (ct2 is null || ct2 == ctown.Short)
                    {
                        ct2 = Town().Short;
                    }

                    return ct2;
                case "V": return cv ??= Village(ctown);
                case "V2":
                    cv ??= Village(ctown);
                    while (cv2 is null || cv2 == cv)
                    {
                        cv2 = Village(ctown);
                    }

                    return cv2;
                case "Vs": return Stem(cv ??= Village(ctown));
                case "P": return cp ??= Pick(cu.Work);
                case "P2":
                    cp ??= Pick(cu.Work);
                    while (cp2 is null || cp2 == cp)
                    {
                        cp2 = Pick(cu.Work);
                    }

                    return cp2;
                case "D": return Md(con);
                case "DB": return Md(Clamp(con.AddDays(-rng.Next(4, 12))));
                case "DL": return Md(Clamp(con.AddDays(rng.Next(10, 25))));
                case "M": return con.Month.ToString(CultureInfo.InvariantCulture);
                case "Q": return QuarterName(((con.Month - 1) / 3) + 1);
                case "PER": return Period(con.Month);
                case "X": return cx ??= Person();
                case "L": return cl ??= LeaderFull();
                case "LN":
                    cl ??= LeaderFull();
                    return cln!;
                case "n": return cn ??= Num(3, 15);
                case "n2": return Num(4, 16);
                case "n3": return Num(8, 40);
                case "n4":
                    cn ??= Num(3, 15);
                    cparts = rng.Next(1, int.Parse(cn, CultureInfo.InvariantCulture));
                    return cparts.ToString(CultureInfo.InvariantCulture);
                case "n5": return (int.Parse(cn!, CultureInfo.InvariantCulture) - cparts).ToString(CultureInfo.InvariantCulture);
                case "np": return (int.Parse(cn ??= Num(3, 15), CultureInfo.InvariantCulture) * rng.Next(3, 5)).ToString(CultureInfo.InvariantCulture);
                case "r": return Num(0, 6);
                case "nn": return cnn ??= (rng.Next(2, 31) * 10).ToString(CultureInfo.InvariantCulture);
                case "nk": return cnk ??= (rng.Next(3, 31) * 100).ToString(CultureInfo.InvariantCulture);
                case "pct": return cpct ??= Math.Min(98, (con.Month * 8) + rng.Next(0, 8)).ToString(CultureInfo.InvariantCulture);
                case "mu": return Num(50, 800);
                case "len": return Num(300, 2500);
                case "fee": return Num(200, 600);
                case "yrs": return Num(5, 15);
                case "cap": return Num(15, 20);
                case "lab": return Num(5, 10);
                case "a": return Money(5, 300);
                case "Rq": return Demands(cp ??= Pick(cu.Work));
                case "Room": return Pick(Rooms);
                case "Part": return Pick(Participants);
                case "Crop": return cp2 ??= Pick(Crops);
                case "Coop": return $"巫溪县{Stem(cv ??= Village(ctown))}{cp2 ??= Pick(Crops)}种植专业合作社";
                case "Tree": return Pick(Trees);
                case "Road":
                    var from = rng.Next(GroupNumbers.Length - 1);
                    return $"{GroupNumbers[from]}组至{GroupNumbers[rng.Next(from + 1, GroupNumbers.Length)]}组";
                case "Disaster": return Pick(Disasters);
                case "YY":
                    var total = 12 + (rng.NextDouble() * 60);
                    var grant = total * (0.6 + (rng.NextDouble() * 0.2));
                    return F($"{total:0.00}万元，其中申请财政奖补{grant:0.00}万元，村民筹资筹劳折资{total - grant:0.00}万元");
                default: throw new InvalidOperationException($"Unknown slot {{{key}}}.");
            }
        }

        private string LeaderFull()
        {
            var (title, name) = Pick(Leaders);
            cln = name;
            return title + name;
        }

        // ---- series some bodies publish on their own schedule ----

        private void Specials(Unit u)
        {
            switch (u.Code)
            {
                case "wuxi":
                    CountyGovernment(u);
                    break;
                case "zfb":
                    foreach (var (holiday, month, fromDay, toDay, days) in Holidays)
                    {
                        var on = Workday(new DateOnly(2015, month, fromDay), new DateOnly(2015, month, toDay));
                        Add(u, on, $"巫溪县人民政府办公室关于2015年{holiday}放假安排的通知", null, null, "01", "a20-15", null, "放假安排 通知", Html(u,
                            $"各乡镇人民政府、街道办事处，县政府各部门，有关单位：根据国务院办公厅通知精神，现将2015年{holiday}放假安排通知如下：{days}",
                            "节假日期间，各单位要妥善安排好值班和安全保卫等工作，遇有重大突发事件发生，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日。"), Workday(on, on.AddDays(2)));
                    }

                    break;
                case "tjj":
                    Statistics(u);
                    break;
                case "wjj":
                    for (var week = 2; week <= 51; week++)
                    {
                        var on = NextWorkday(new DateOnly(2015, 1, 5).AddDays((week - 1) * 7));
                        Add(u, on, $"巫溪县2015年第{week}周主要农副产品价格监测情况", null, null, "08", "a20-15", null, "价格监测 农副产品", Html(u,
                            F($"本周县城区主要农副产品价格总体平稳。粮油类：大米{4.2 + (rng.NextDouble() * 0.6):0.00}元/斤，菜籽油{7.8 + (rng.NextDouble() * 0.8):0.00}元/斤；肉禽蛋类：猪肉（后腿）{12.5 + (rng.NextDouble() * 4):0.00}元/斤，鸡蛋{4.5 + (rng.NextDouble() * 1.2):0.00}元/斤；蔬菜类：白菜{1.0 + (rng.NextDouble() * 1.5):0.00}元/斤，土豆{1.2 + (rng.NextDouble() * 0.8):0.00}元/斤。"),
                            $"与上周相比，{Pick(PriceMoves)}。县物价局将继续加强市场价格监测，发现异常波动及时报告，维护市场价格秩序。"), on);
                    }

                    break;
                case "gaj":
                    for (var i = 0; i < 45; i++)
                    {
                        var town = Town();
                        var (crime, detail) = Pick(Cases);
                        var title = $"县公安局成功破获{town.Short}{crime}";
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(1, 12);
                        Add(u, on, title, null, null, "15", "a21-01", null, "破案 治安", Html(u,
                            $"{Md(Clamp(on.AddDays(-rng.Next(3, 20))))}，县公安局{town.Short}派出所接群众报案后，迅速会同刑侦大队开展侦查。{detail}",
                            $"目前，犯罪嫌疑人{Person()[..1]}某已被依法采取刑事强制措施，案件正在进一步审理中。县公安局提醒广大群众增强防范意识，发现可疑情况及时拨打110报警。"));
                    }

                    break;
                case "rsj":
                    foreach (var (title, month, first, second) in Recruitment)
                    {
                        Add(u, Workday(month, month), title, null, null, "14", "a20-14", null, "公开招聘 事业单位", Html(u, first, second));
                    }

                    break;
                case "ghj":
                    for (var i = 0; i < 30; i++)
                    {
                        var town = Town();
                        var site = rng.Next(3) == 0 ? $"{Pick(CountyRoads)}{Pick(PlanSites)}" : $"{town.Short}{Pick(PlanSites)}";
                        var title = $"{site}规划设计方案批前公示";
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(1, 12);
                        Add(u, on, title, null, null, "09", "a20-03", null, "规划 批前公示", Html(u,
                            F($"{site}规划设计方案已编制完成，项目用地面积{rng.Next(2000, 40000)}平方米，总建筑面积{rng.Next(3000, 90000)}平方米，容积率{1.2 + (rng.NextDouble() * 1.6):0.00}，建筑密度{rng.Next(22, 38)}%，绿地率{rng.Next(30, 40)}%。"),
                            $"根据《中华人民共和国城乡规划法》的规定，现将规划设计方案予以批前公示，公示期为{Md(on)}至{Md(Later(on, 10, 10))}。利害关系人如有意见，请在公示期内以书面形式向县规划局反映，联系电话：{u.Phone}。"));
                    }

                    break;
                case "fpb":
                    for (var i = 0; i < 36; i++)
                    {
                        var town = Town();
                        var v = Village(town);
                        var title = $"{town.Short}{v}2015年财政扶贫项目公示";
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        Add(u, Workday(3, 11), title, null, null, "16", "a20-11", null, "扶贫项目 公示", Html(u,
                            F($"经村民代表大会讨论、{town.Short}审核、县扶贫办审定，{v}2015年实施财政扶贫项目{rng.Next(2, 5)}个，总投资{Money(40, 260)}万元，其中财政扶贫资金{Money(30, 180)}万元，主要用于{Pick(PovertyUses)}。"),
                            $"项目受益建卡贫困户{rng.Next(30, 180)}户。项目名称、建设内容、资金安排、实施单位和受益对象在村务公开栏同步公示，公示期10天。如有异议，请向{town.Short}扶贫工作站或县扶贫办反映，举报电话：12317。"));
                    }

                    break;
                case "czj":
                    for (var m = 1; m <= 12; m++)
                    {
                        Add(u, Workday(m, m), $"巫溪县2015年{m}月惠农补贴“一卡通”资金发放情况", null, null, "03", "a20-11", null, "惠农补贴 一卡通", Html(u,
                            F($"2015年{m}月，全县通过惠农补贴“一卡通”发放各类惠农补贴资金{Money(1800, 6800)}万元，涉及{Pick(SubsidyKinds)}等{rng.Next(12, 26)}个补贴项目，惠及农户{rng.Next(40000, 120000)}户次。"),
                            "补贴资金由县财政局通过代理银行直接打卡发放到户，各乡镇（街道）在村（社区）公示栏公开补贴对象和标准。群众如发现截留挪用、虚报冒领等问题，可向县财政局举报，举报电话023-51522716。"));
                    }

                    break;
                case "jtw" or "slj" or "cjw" or "nw" or "gfj":
                    var made = 0;
                    while (made < 16)
                    {
                        var p = WorksProject();
                        if (p.Body.Code != u.Code)
                        {
                            continue;
                        }

                        var started = rng.Next(2) == 0;
                        var title = started ? $"{p.Name}开工建设" : $"{p.Name}通过竣工验收";
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(started ? 3 : 6, started ? 10 : 12);
                        Add(u, on, title, null, null, u.Topic, u.Category, null, started ? "项目建设 开工" : "竣工验收 项目建设", Html(u,
                            started
                                ? $"{Md(on)}，{p.Name}正式开工建设。项目位于{p.Town}，{p.Scale}，计划工期{p.Days}天，建成后将有效改善当地群众生产生活条件。"
                                : $"{Md(on)}，{u.Short}组织设计、施工、监理等单位对{p.Name}进行了竣工验收。验收组通过查看现场、查阅资料、实地检测，认为工程质量符合设计和规范要求，同意通过验收。",
                            started
                                ? $"{u.Short}要求施工单位严格按照设计和规范组织施工，落实安全生产措施，监理单位要加强质量监管，确保工程按期保质完成。工程建设进展情况将适时向社会公开。"
                                : $"该工程{p.Scale}，于年内建成。下一步，{u.Short}将督促项目业主做好工程移交和后期管护工作，确保工程长期发挥效益。"));
                        made++;
                    }

                    break;
            }

            if (u.Township)
            {
                Township(u);
            }
        }

        private void CountyGovernment(Unit u)
        {
            var meetings = Enumerable.Range(0, 26).Select(_ => Workday(1, 12)).Distinct().Order().ToArray();
            for (var i = 0; i < meetings.Length; i++)
            {
                Begin(u, meetings[i]);
                var n = 54 + i;
                Add(u, meetings[i], string.Create(CultureInfo.InvariantCulture, $"县政府召开第{n}次常务会议"), null, null, "01", "a20-15", null, "常务会议 县政府", Html(u,
                    string.Create(CultureInfo.InvariantCulture, $"{Md(meetings[i])}，县长主持召开县政府第{n}次常务会议，研究{Fill("{P}")}、{Fill("{P2}")}等工作。县政府副县长，县政府党组成员，县政府办公室及有关部门主要负责人参加会议。"),
                    Fill("会议听取了县级有关部门关于{P}工作的情况汇报，原则同意相关实施方案。会议要求，{Rq}。会议还研究了其他事项。")));
            }

            var appointments = Enumerable.Range(0, 22).Select(_ => Workday(1, 12)).Order().ToArray();
            foreach (var on in appointments)
            {
                var departments = Units.County[1..];
                var x = Person();
                Add(u, on, $"巫溪县人民政府关于{x}等同志职务任免的通知", null, "巫溪府人", "14", "a20-15", null, "人事任免 干部", Html(u,
                    "各乡镇人民政府、街道办事处，县政府各部门，有关单位：经县人民政府研究决定：",
                    $"任命{x}为{Deputy(Pick(departments))}；任命{Person()}为{Deputy(Pick(departments))}（试用期一年）；免去{Person()}的{Deputy(Pick(departments))}职务。"));
            }

            foreach (var (name, month) in Regulations)
            {
                var on = Workday(month, month);
                Begin(u, on);
                Add(u, on, $"巫溪县人民政府关于印发巫溪县{name}的通知", null, u.Issuer, "01", "a20-01", null, "规范性文件 " + name[^2..], Html(u,
                    $"各乡镇人民政府、街道办事处，县政府各部门，有关单位：《巫溪县{name}》已经县政府第{53 + meetings.Count(d => d < on)}次常务会议审议通过，现印发给你们，请认真贯彻执行。",
                    $"《巫溪县{name}》共{Pick(Chapters)}章{rng.Next(18, 36)}条，明确了适用范围、职责分工、工作程序、监督管理和责任追究等内容，自印发之日起施行，有效期5年。各乡镇（街道）、各部门在执行中遇到的问题，请及时向县政府法制办反映。"));
            }
        }

        private static string Deputy(Unit u) => u.Short + (u.HeadTitle.EndsWith("局长", StringComparison.Ordinal) ? "副局长" : "副主任");

        private void Statistics(Unit u)
        {
            Add(u, Workday(3, 3), "巫溪县2014年国民经济和社会发展统计公报", null, null, "02", "a20-04", null, "统计公报 国民经济", Html(u,
                "2014年，全县实现地区生产总值81.6亿元，比上年增长10.8%。其中，第一产业增加值18.9亿元，增长4.9%；第二产业增加值31.2亿元，增长13.6%；第三产业增加值31.5亿元，增长10.7%。三次产业结构为23.2:38.2:38.6。",
                "全年全社会固定资产投资92.3亿元，增长18.6%；社会消费品零售总额28.7亿元，增长13.9%；城镇常住居民人均可支配收入21386元，增长9.5%；农村常住居民人均可支配收入7685元，增长11.8%。"));
            foreach (var (q, month) in new[] { (1, 4), (2, 7), (3, 10) })
            {
                var growth = 10.4 + (rng.NextDouble() * 0.8);
                Add(u, Workday(month, month), $"巫溪县2015年{Period(q * 3)}国民经济运行情况", null, null, "02", "a20-04", null, "经济运行 统计数据", Html(u,
                    F($"{Period(q * 3)}，全县实现地区生产总值{(81.6 * q / 4 * 1.11) + (rng.NextDouble() * 0.8):0.00}亿元，同比增长{growth:0.0}%。其中，第一产业增长{4.5 + (rng.NextDouble() * 0.8):0.0}%，第二产业增长{12.5 + (rng.NextDouble() * 1.5):0.0}%，第三产业增长{10.2 + (rng.NextDouble() * 1.2):0.0}%。"),
                    F($"全社会固定资产投资同比增长{17 + (rng.NextDouble() * 3):0.0}%，社会消费品零售总额同比增长{13.2 + (rng.NextDouble() * 1.2):0.0}%。全县经济运行总体平稳、稳中有进。")));
            }

            for (var m = 2; m <= 11; m++)
            {
                Add(u, Workday(m + 1, m + 1), $"巫溪县2015年1-{m}月主要经济指标", null, null, "02", "a20-04", null, "主要经济指标 统计数据", Html(u,
                    F($"2015年1-{m}月，全县规模以上工业总产值{(m * 2.4) + (rng.NextDouble() * 0.6):0.00}亿元，增长{12 + (rng.NextDouble() * 3):0.0}%；全社会固定资产投资{m * 8.9:0.00}亿元，增长{16.5 + (rng.NextDouble() * 3):0.0}%；社会消费品零售总额{m * 2.7:0.00}亿元，增长{13 + (rng.NextDouble() * 1.5):0.0}%。"),
                    F($"一般公共预算收入{m * 0.66:0.00}亿元，增长{9 + (rng.NextDouble() * 3):0.0}%；金融机构各项存款余额{110 + (m * 1.5):0.00}亿元，各项贷款余额{52 + m:0.00}亿元。")));
            }
        }

        private void Township(Unit u)
        {
            var session = Workday(1, 3);
            var delegates = rng.Next(42, 68);
            Add(u, session, u.Street ? $"{u.Short}召开2015年工作会" : $"{u.Short}第十七届人民代表大会第五次会议召开", null, null, "01", "a20-15", null, u.Street ? "工作会 2015年" : "人民代表大会 乡镇", Html(u,
                u.Street
                    ? $"{Md(session)}，{u.Short}召开2015年工作会，总结2014年工作，安排部署2015年重点工作。街道党政班子成员、各社区和村负责人、辖区单位代表参加会议。"
                    : $"{Md(session)}，{u.Short}第十七届人民代表大会第五次会议召开，应到代表{delegates}名，实到代表{delegates - rng.Next(0, 6)}名，符合法定人数。会议听取和审议了{u.Short}人民政府工作报告和财政预决算报告。",
                u.Street
                    ? "会议提出，2015年街道将重点抓好城市管理、社区建设、棚户区改造征收、社会治理和民生保障等工作，为建设宜居宜业宜游的生态县城作出新的贡献。"
                    : "会议审议通过了政府工作报告及有关决议，确定了2015年全镇（乡）经济社会发展主要目标：农民人均可支配收入增长12%以上，减少贫困人口不少于当年目标，完成高山生态扶贫搬迁任务。"));

            var villagesHere = villages[u.Code].Take(u.Street ? 2 : 4).ToArray();
            foreach (var v in villagesHere)
            {
                for (var q = 1; q <= 4; q++)
                {
                    var on = q == 4 ? Workday(new DateOnly(2015, 12, 14), Dec31) : Workday((q * 3) + 1, (q * 3) + 1);
                    var income = 2 + (rng.NextDouble() * 18);
                    Add(u, on, $"{u.Short}{v}2015年第{QuarterName(q)}季度{(v.EndsWith("社区", StringComparison.Ordinal) ? "居务" : "村务")}财务公开", null, null, "05", "a21-02", null, "村务公开 财务公开", Html(u,
                        F($"根据村务公开有关规定，现将{v}2015年第{QuarterName(q)}季度村务财务情况公开如下：本季度村集体收入{income:0.00}万元，主要为上级转移支付和村集体经济收入；支出{income * (0.6 + (rng.NextDouble() * 0.35)):0.00}万元，主要用于村干部报酬、办公经费和村内公益设施维护等。"),
                        $"本季度{v}重点开展了{Pick(Units.TownWork)}、{Pick(Units.TownWork)}等工作，具体收支明细已在村务公开栏张贴。村民对公开内容如有疑问，可向村务监督委员会或{u.Short}经管站反映。"));
                }
            }
        }
    }

    // ---- data ----

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed record School(string Name, string Town, char Type);

    private sealed record Activity(string Act, string Detail, string Outcome, string Keywords, int From, int To, string Types);

    private sealed record Major(string Name, string Dept, double Invest, string Content);

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢",
        "韩", "唐", "冯", "董", "程", "曹", "袁", "邓", "许", "彭", "吕", "苏", "卢", "蒋", "蔡", "魏", "叶", "余", "潘", "杜", "夏", "钟", "汪", "田",
        "任", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "向", "冉", "邱", "秦", "江", "牟", "龚", "贺", "易", "万", "段", "雷", "汤", "黎", "文",
    ];

    private static readonly string[] Given =
    [
        "明", "华", "建", "国", "军", "平", "勇", "伟", "强", "斌", "涛", "敏", "静", "丽", "红", "霞", "芳", "燕", "琴", "波", "林", "杰", "峰", "刚",
        "兵", "辉", "鹏", "宇", "洪", "成", "德", "福", "贵", "春", "秀", "英", "兰", "梅", "玲", "志", "文", "学", "利", "海", "江", "川", "云", "山",
        "祥", "勤", "友", "远", "新", "忠", "正", "光", "永", "清", "蓉", "娟", "俊", "冬", "雪", "玉", "荣", "金", "银", "和", "顺", "超", "磊", "欢",
    ];

    // Invented office-holders; the demo names no real person.
    private static readonly (string Title, string Name)[] Leaders =
    [
        ("县委常委、常务副县长", "黄兴国"), ("县委常委、副县长", "刘建平"), ("副县长", "陈光明"), ("副县长", "向远华"), ("副县长", "李春燕"), ("副县长", "谭德勇"),
    ];

    private static readonly string[] DemandPool =
    [
        "要进一步提高思想认识，把{P}工作摆在更加突出的位置", "要明确责任分工，细化工作措施，确保各项任务按时保质完成",
        "要强化督促检查，对工作推进不力的单位和个人严肃问责", "要加强宣传引导，营造全社会关心支持{P}工作的良好氛围",
        "要坚持问题导向，认真梳理工作中的短板和不足，逐项抓好整改落实", "要加强部门协作，形成上下联动、齐抓共管的工作格局",
        "要严格落实工作责任制，层层传导压力，确保责任落实到人", "要建立健全工作台账，实行销号管理，做到底数清、情况明",
        "要加强业务学习，不断提升干部职工依法履职能力", "要严守纪律规矩，坚决杜绝推诿扯皮、敷衍塞责等现象",
        "要及时总结推广好的经验做法，推动{P}工作提质增效", "要加强信息报送，及时准确反映工作进展情况",
    ];

    private static readonly string[] VillagePool =
    [
        "双河村", "红岩村", "桃园村", "长兴村", "新华村", "柳坪村", "梨园村", "金盆村", "石龙村", "大坪村", "马鹿村", "花园村", "白果村", "茶园村",
        "青龙村", "龙池村", "团结村", "向阳村", "光明村", "黄草村", "三坪村", "桥头村", "堰塘村", "松树村", "庙坝村", "中岗村", "联合村", "兴隆村",
        "田湾村", "杉木村", "高楼村", "九龙村", "红旗村", "和平村", "新春村", "银厂村", "铁厂村", "盐场村", "狮子村", "观音村", "五龙村", "龙泉村",
        "大河村", "竹园村", "枣子村", "棕树村", "凉水村", "岩湾村", "羊桥村", "金坪村", "核桃村", "元坝村", "金竹村", "河口村", "木龙村", "玉泉村",
        "天池村", "安坪村", "月台村", "永红村", "群英村", "宝坪村", "檀木村", "万春村", "新田村", "鹿坪村", "枫香村", "乐坪村", "香树村", "宏伟村",
        "瓦房村", "塘湾村", "渔沙村", "尖峰村", "石钟村", "龙台村", "长安村", "白鹤村", "水田村", "麻柳村",
    ];

    private static readonly School[] Schools = BuildSchools();

    private static School[] BuildSchools()
    {
        var list = new List<School>
        {
            new("巫溪中学", "宁河街道", 'H'), new("巫溪县白马中学", "柏杨街道", 'H'), new("巫溪县职业教育中心", "柏杨街道", 'V'),
            new("巫溪县宁河中学", "宁河街道", 'M'), new("巫溪县柏杨中学", "柏杨街道", 'M'),
            new("巫溪县实验小学", "宁河街道", 'P'), new("巫溪县第二实验小学", "柏杨街道", 'P'), new("巫溪县宁河小学", "宁河街道", 'P'),
            new("巫溪县柏杨小学", "柏杨街道", 'P'), new("巫溪县马镇坝小学", "柏杨街道", 'P'), new("巫溪县赵家坝小学", "宁河街道", 'P'),
            new("巫溪县实验幼儿园", "宁河街道", 'K'), new("巫溪县第二幼儿园", "柏杨街道", 'K'), new("巫溪县第三幼儿园", "宁河街道", 'K'),
        };
        var i = 0;
        foreach (var town in Units.Townships.Where(t => !t.Street))
        {
            var name = town.Short;
            list.Add(new($"巫溪县{name}中心小学", name, 'P'));
            list.Add(new($"巫溪县{name}中心幼儿园", name, 'K'));
            if (name.EndsWith('镇'))
            {
                list.Add(new($"巫溪县{name[..^1]}中学", name, 'M'));
            }

            for (var k = 0; k < 2; k++)
            {
                var village = VillagePool[((i * 7) + (k * 29) + 3) % VillagePool.Length];
                list.Add(new($"巫溪县{name}{village[..^1]}小学", name, 'P'));
            }

            i++;
        }

        return [.. list];
    }

    private static readonly Activity[] Activities =
    [
        new("开展防溺水安全专题教育", "学校通过主题班会、国旗下讲话、观看警示教育片等形式，向学生讲解防溺水“六不”要求，并向家长发放了《致家长的一封信》。", "进一步增强了学生的防溺水安全意识和自救自护能力", "防溺水 安全教育", 4, 7, "PMHV"),
        new("开展消防安全应急疏散演练", "演练模拟教学楼发生火情，各班在老师带领下按预定路线有序撤离至操场，全程用时不到3分钟。演练结束后，消防官兵现场讲解了灭火器的使用方法。", "提高了师生应对突发火灾的应急避险能力", "消防安全 应急演练", 3, 12, "KPMHV"),
        new("开展地震应急疏散演练", "随着警报声响起，师生迅速就地避险，随后按照疏散路线有序撤离到安全区域，各班班主任迅速清点人数并逐级报告。", "增强了师生的防震减灾意识和紧急避险能力", "防震减灾 应急演练", 4, 6, "KPMHV"),
        new("召开2015年春季开学工作会", "会议总结了上学期工作，安排部署了新学期教育教学、安全管理和后勤保障等工作，并对开学各项准备工作进行了检查落实。", "为新学期各项工作顺利开展奠定了基础", "开学工作 会议", 2, 3, "KPMHV"),
        new("召开2015年秋季开学工作会", "会议通报了暑期校舍维修和开学准备情况，对新学年招生入学、教学常规、校园安全和学生资助等工作作了具体安排。", "确保了秋季开学工作平稳有序", "开学工作 会议", 8, 9, "KPMHV"),
        new("开展“学雷锋”志愿服务活动", "学生志愿者走上街头和社区，开展清扫卫生、文明劝导、看望孤寡老人等志愿服务活动。", "弘扬了雷锋精神，培养了学生的社会责任感", "学雷锋 志愿服务", 3, 3, "PMHV"),
        new("举行春季田径运动会", "运动会设置了短跑、跳远、跳高、接力、拔河等比赛项目，运动员们奋勇拼搏，赛出了风格、赛出了水平。", "展示了学生积极向上的精神风貌，推动了阳光体育运动的开展", "运动会 阳光体育", 4, 5, "PMHV"),
        new("举行秋季运动会", "运动会历时两天，设置田径和趣味项目共20余项，各班啦啦队加油助威，赛场气氛热烈。", "增强了学生体质和班级凝聚力", "运动会 体育", 10, 11, "PMHV"),
        new("举行庆“六一”文艺汇演", "孩子们表演了舞蹈、合唱、小品、诗朗诵等精彩节目，家长代表和村（社区）干部应邀观看了演出。", "让孩子们度过了一个快乐而有意义的节日", "六一 文艺汇演", 5, 6, "KP"),
        new("开展经典诵读活动", "活动以班级为单位，学生们诵读了《弟子规》《三字经》和唐诗宋词等经典篇目，形式多样、声情并茂。", "营造了浓厚的书香校园氛围，传承了中华优秀传统文化", "经典诵读 传统文化", 3, 12, "PM"),
        new("召开家长会", "班主任向家长通报了学生在校学习生活情况，讲解了学校安全管理和家庭教育的有关要求，并与家长进行了面对面交流。", "加强了家校沟通，形成了家校共育的合力", "家长会 家校共育", 3, 12, "KPMH"),
        new("开展新教师汇报课活动", "新入职教师分别执教了语文、数学、英语等学科汇报课，学校教研组成员进行了听课评课，指出了教学中的亮点和不足。", "促进了青年教师的专业成长", "新教师 汇报课", 10, 12, "PMHV"),
        new("开展“营养改善计划”食堂管理自查", "学校对照食品安全管理要求，对食堂从业人员健康证、食材采购索证索票、食品留样记录、餐具消毒等情况进行了全面自查。", "确保了学生“舌尖上的安全”", "营养改善计划 食堂管理", 3, 12, "PM"),
        new("开展留守儿童关爱活动", "学校为留守儿童建立了成长档案，组织“代理家长”与留守儿童结对，开展谈心谈话、亲情视频通话和学习辅导活动。", "让留守儿童感受到了学校大家庭的温暖", "留守儿童 关爱", 3, 12, "PM"),
        new("开展禁毒知识进校园活动", "县公安局禁毒大队民警走进校园，结合毒品实物模型和典型案例，向学生讲解了毒品的种类、危害以及如何识毒、拒毒、防毒。", "增强了青少年学生的禁毒意识", "禁毒 宣传教育", 5, 6, "PMHV"),
        new("开展法制教育讲座", "学校邀请{T}司法所、派出所工作人员担任法制副校长，以案说法，向学生讲解了《未成年人保护法》《预防未成年人犯罪法》等法律知识。", "增强了学生的法治观念和自我保护意识", "法制教育 讲座", 3, 12, "PMHV"),
        new("举行校园艺术节", "艺术节历时一周，开展了书法、绘画、手工制作、歌咏比赛和文艺汇演等系列活动，学生作品在校园内集中展出。", "丰富了校园文化生活，提升了学生的艺术素养", "艺术节 校园文化", 4, 6, "PMHV"),
        new("开展校园周边环境整治", "学校联合{T}派出所、工商所、食药监所等部门，对校园周边流动摊点、网吧、出租屋等进行了集中排查整治。", "净化了校园周边环境", "校园周边 环境整治", 3, 11, "PMH"),
        new("开展交通安全教育", "交巡警大队民警走进学校，通过播放交通安全警示片、讲解交通标志、现场互动问答等方式宣讲交通安全知识，重点强调不乘坐“三无”车辆和超载车辆。", "提高了学生的交通安全意识", "交通安全 安全教育", 3, 12, "PMHV"),
        new("开展“书香校园”读书活动", "学校开放图书室和班级图书角，组织开展了好书推荐、读书笔记评比和读书心得交流等活动。", "培养了学生良好的阅读习惯", "书香校园 读书", 4, 5, "PMH"),
        new("开展教学常规检查", "学校教务处对全体教师的教案、作业批改、听课记录、教学反思等教学常规工作进行了全面检查，并及时反馈了检查结果。", "进一步规范了教学行为，提升了课堂教学效率", "教学常规 检查", 3, 12, "PMHV"),
        new("举行毕业典礼", "典礼上，校领导为毕业生颁发了毕业证书，教师代表、毕业生代表分别发言，毕业生们向母校赠送了纪念品。", "为毕业生的学习生涯画上了圆满的句号", "毕业典礼 毕业生", 6, 7, "KPMHV"),
        new("召开期中教学质量分析会", "会议对期中考试成绩进行了全面分析，各教研组长汇报了学科教学情况，查找了教学中存在的问题，提出了改进措施。", "为下阶段教学工作指明了方向", "教学质量 分析会", 4, 11, "PMHV"),
        new("开展“清明祭英烈”主题活动", "学校组织学生代表到烈士陵园开展祭扫活动，向革命烈士敬献花圈、默哀，并聆听了革命先烈的英雄事迹。", "激发了学生的爱国主义情感", "清明祭英烈 爱国主义", 3, 4, "PMHV"),
        new("举行纪念中国人民抗日战争胜利70周年主题活动", "学校通过主题班会、手抄报评比、观看爱国主义影片、举办图片展等形式，回顾了中国人民抗日战争的伟大历程。", "引导学生铭记历史、缅怀先烈、珍爱和平", "抗战胜利70周年 主题活动", 9, 9, "PMHV"),
        new("开展食品安全知识讲座", "{T}食品药品监管所工作人员向学生讲解了识别“三无”食品、过期食品的方法，倡导学生不购买校园周边小摊贩的垃圾食品。", "增强了学生的食品安全意识", "食品安全 讲座", 3, 12, "PMH"),
        new("开展手足口病预防宣传", "幼儿园通过宣传栏、家长会和家长微信群等形式，向家长宣传手足口病的症状和预防知识，并坚持每日晨午检和消毒制度。", "有效预防了传染病在园内的发生和传播", "手足口病 卫生保健", 3, 6, "K"),
        new("开展校园安全隐患排查", "学校安全工作领导小组对教学楼、学生宿舍、食堂、围墙、消防设施和用电线路进行了全面排查，对发现的隐患建立台账并限期整改。", "筑牢了校园安全防线", "校园安全 隐患排查", 2, 12, "KPMHV"),
        new("举行教师节表彰大会", "大会对2014—2015学年度涌现出的优秀教师、优秀班主任和优秀教育工作者进行了表彰，受表彰教师代表作了发言。", "激发了广大教师爱岗敬业、教书育人的热情", "教师节 表彰", 9, 9, "KPMHV"),
        new("开展师德师风集中教育活动", "学校组织全体教师学习《中小学教师职业道德规范》和严禁中小学教师有偿补课的有关规定，全体教师签订了师德承诺书。", "进一步规范了教师从教行为", "师德师风 教育", 3, 11, "KPMHV"),
        new("开展同课异构教研活动", "同一课题由不同教师执教，教研组成员现场听课，课后围绕教学设计、课堂组织和教学效果进行了深入研讨。", "促进了教师之间的交流学习", "教研活动 同课异构", 3, 12, "PMHV"),
        new("举行书法绘画比赛", "比赛分硬笔书法、软笔书法和绘画三个类别，学生们用心创作，作品内容丰富、形式多样。", "展示了学生的艺术才华", "书法 绘画", 4, 12, "PMH"),
        new("开展心理健康教育活动", "学校心理健康教师通过专题讲座、团体辅导和个别咨询等方式，帮助学生正确认识和调节学习压力。", "促进了学生身心健康发展", "心理健康 教育", 3, 12, "MHV"),
        new("举行“阳光体育”大课间展示活动", "各班学生依次表演了广播体操、跳绳、踢毽子、竹竿舞等大课间项目，动作整齐、精神饱满。", "展示了学校阳光体育运动成果", "阳光体育 大课间", 4, 11, "PMH"),
        new("开展文明礼仪主题教育", "学校以“讲文明、懂礼仪、做文明学生”为主题，开展了文明礼仪知识竞赛、文明班级评比和文明监督岗活动。", "促进了学生养成良好的行为习惯", "文明礼仪 德育", 3, 12, "KPMH"),
        new("开展“控辍保学”入户动员", "学校组织班主任和科任教师深入{T}各村，对疑似辍学学生逐一上门家访，宣讲义务教育法律法规，动员学生返校就读。", "巩固了义务教育普及成果", "控辍保学 家访", 3, 11, "PM"),
        new("开展教师信息技术应用能力培训", "培训围绕多媒体课件制作、电子白板使用和网络资源应用等内容进行，教师们进行了现场实践操作。", "提升了教师运用现代教育技术的能力", "信息技术 教师培训", 3, 12, "KPMHV"),
        new("举行青年教师优质课竞赛", "参赛青年教师精心准备、认真授课，评委组从教学设计、课堂组织、教学效果等方面进行了综合评分。", "为青年教师搭建了展示和成长的平台", "优质课 青年教师", 4, 12, "PMHV"),
        new("召开班主任工作经验交流会", "会上，优秀班主任代表分享了班级管理、后进生转化和家校沟通等方面的经验做法，与会人员进行了交流讨论。", "提升了班主任队伍的管理水平", "班主任 经验交流", 3, 12, "PMHV"),
        new("开展家庭教育讲座", "学校邀请家庭教育专家为家长作专题讲座，围绕如何与孩子有效沟通、培养孩子良好学习习惯等话题进行了讲解。", "提升了家长的家庭教育水平", "家庭教育 讲座", 3, 12, "KPM"),
        new("开展“送教下乡”活动", "学校选派骨干教师到{T}村小和教学点开展送教活动，通过示范课、专题讲座和评课议课帮助村小教师提升教学水平。", "促进了城乡教育均衡发展", "送教下乡 均衡发展", 3, 12, "PM"),
        new("举行元旦文艺汇演", "汇演节目由各班自编自导，有歌舞、小品、相声、器乐演奏等，展现了学生的青春风采。", "在欢声笑语中迎接新年的到来", "元旦 文艺汇演", 12, 12, "KPMH"),
        new("开展寒假安全教育", "放假前，学校召开了寒假安全教育专题会，各班召开主题班会，就防火、防煤气中毒、交通安全和燃放烟花爆竹安全等进行了专门教育。", "为学生度过一个安全祥和的寒假提供了保障", "寒假 安全教育", 1, 2, "KPMHV"),
        new("开展暑期安全教育", "学校召开暑期安全教育大会，重点强调防溺水、交通安全、用电安全和防范自然灾害等内容，并组织学生签订了暑期安全承诺书。", "增强了学生的暑期安全防范意识", "暑期 安全教育", 6, 7, "KPMHV"),
        new("举行新学年开学升旗仪式", "全体师生在操场集合，国旗护卫队护送国旗入场，全场肃立高唱国歌，学生代表作了国旗下讲话。", "激发了学生的爱国热情和学习热情", "升旗仪式 开学", 9, 9, "PMHV"),
        new("开展“我们的节日·端午”主题活动", "学生们在老师指导下学包粽子、制作香囊，了解端午节的由来和习俗。", "增进了学生对传统节日文化的认识", "端午 传统节日", 6, 6, "KPM"),
        new("开展中秋经典诵读活动", "学生们诵读了《水调歌头·明月几时有》《静夜思》等与中秋有关的诗词，讲述了中秋节的传说故事。", "感受了中华传统文化的魅力", "中秋 经典诵读", 9, 9, "PM"),
        new("举行国庆主题班会", "各班围绕“我爱我的祖国”主题，通过讲故事、唱红歌、展示手抄报等形式，畅谈祖国的发展变化。", "厚植了学生的爱国情怀", "国庆 主题班会", 9, 10, "PMHV"),
        new("开展“12·4”国家宪法日宣传教育活动", "学校组织学生学习宪法知识，开展了宪法知识竞赛、宪法条文诵读和手抄报评比活动。", "增强了学生的宪法意识", "宪法日 法治教育", 12, 12, "PMHV"),
        new("开展“119”消防宣传月活动", "学校邀请消防中队官兵走进校园，讲解火灾预防和逃生自救知识，并组织师生体验灭火器、消防水带的使用。", "提高了师生的消防安全素质", "消防宣传月 消防安全", 11, 11, "KPMHV"),
        new("开展冬季防火安全教育", "学校对教室、宿舍和食堂用火用电情况进行了全面检查，并利用班会课开展冬季取暖防火和防一氧化碳中毒教育。", "增强了师生冬季防火意识", "冬季防火 安全教育", 11, 12, "KPMHV"),
        new("开展植树活动", "师生们在校园及周边荒坡种植了桂花、香樟等苗木，并为每棵树挂上了养护牌。", "增强了学生的环保意识", "植树节 环保", 3, 3, "PMH"),
        new("召开学校安全工作会议", "会议传达了县教委学校安全工作会议精神，分析了当前学校安全形势，逐项明确了安全工作责任人。", "压实了学校安全工作责任", "学校安全 会议", 2, 12, "KPMHV"),
        new("迎接县教委督导评估", "督导组通过听取汇报、查阅资料、课堂听课、召开师生座谈会等方式，对学校办学行为、教育教学管理、安全工作等进行了全面督导。", "督导组对学校工作给予了充分肯定，也指出了存在的不足", "教育督导 评估", 4, 12, "KPMHV"),
        new("开展学籍信息核查工作", "学校对照全国中小学生学籍信息管理系统，逐人核对学生姓名、身份证号、户籍和在读状态等信息，做到人籍一致。", "确保了学籍信息真实准确", "学籍管理 核查", 9, 10, "PMH"),
        new("开展学生资助政策宣传活动", "学校通过致家长的一封信、宣传展板和主题班会，向学生和家长宣传学前教育资助、义务教育“两免一补”、普通高中国家助学金和生源地助学贷款等资助政策。", "确保资助政策家喻户晓", "学生资助 政策宣传", 3, 10, "KPMHV"),
        new("举行英语口语比赛", "参赛选手通过自我介绍、情景对话和主题演讲等环节展示英语口语水平，评委当场打分。", "激发了学生学习英语的兴趣", "英语 竞赛", 4, 12, "PMH"),
        new("举行数学竞赛", "竞赛题目注重基础、兼顾思维，参赛学生沉着冷静、认真答题。", "激发了学生学习数学的兴趣", "数学 竞赛", 4, 12, "PMH"),
        new("开展“小手拉大手”文明创建活动", "学生们通过给家长写倡议书、在家中开展卫生大扫除等方式，带动家庭成员参与城乡环境综合整治。", "以学生带动家庭、以家庭带动社会", "小手拉大手 文明创建", 3, 11, "PM"),
        new("举行中考百日誓师大会", "初三全体师生在会上庄严宣誓，班主任代表、学生代表作了表态发言，家长代表为学生送上了寄语。", "激发了初三学子奋力拼搏的斗志", "中考 誓师大会", 3, 3, "M"),
        new("举行高考百日誓师大会", "高三全体师生齐聚操场，学生代表、教师代表分别发言，全体学生在誓师墙上签名明志。", "鼓舞了高三学子的冲刺士气", "高考 誓师大会", 2, 3, "H"),
        new("开展高考考前心理辅导", "学校心理辅导教师为高三学生作了考前心理调适专题讲座，并开设心理咨询室为学生提供一对一辅导。", "帮助考生以良好心态迎接高考", "高考 心理辅导", 5, 6, "H"),
        new("召开中考备考工作会", "会议分析了历年中考试题特点和本届学生学情，明确了各学科复习计划和培优辅差措施。", "为中考备考工作理清了思路", "中考 备考", 3, 5, "M"),
        new("开展幼小衔接专题活动", "幼儿园组织大班幼儿参观小学，体验小学课堂和课间活动，并召开了幼小衔接家长会。", "帮助幼儿做好入学准备", "幼小衔接 学前教育", 5, 6, "K"),
        new("开展亲子运动会", "运动会设置了袋鼠跳、两人三足、亲子接力等趣味项目，家长和孩子们积极参与。", "增进了亲子感情", "亲子活动 运动会", 4, 11, "K"),
        new("开展“去小学化”自查工作", "幼儿园对照《3-6岁儿童学习与发展指南》，对保教活动、作息时间和环境创设进行了全面自查，杜绝提前教授小学课程内容。", "进一步规范了保教行为", "学前教育 去小学化", 3, 11, "K"),
        new("开展新生入学教育", "学校组织新生学习《中小学生守则》和校规校纪，参观校史室，并进行了队列和内务整理训练。", "帮助新生尽快适应校园生活", "新生 入学教育", 9, 9, "MHV"),
        new("开展“三严三实”专题学习", "学校党支部组织全体党员教师学习“三严三实”重要论述，结合教育教学实际开展了专题研讨。", "推动了作风建设在学校落地生根", "三严三实 专题学习", 5, 12, "KPMHV"),
        new("开展冬季长跑活动", "学校按年级分别确定长跑距离，每天大课间组织学生集体长跑，并设置了长跑积分榜。", "增强了学生体质，磨炼了学生意志", "冬季长跑 体育", 11, 12, "PMHV"),
        new("开展精准扶贫结对帮扶家访", "学校教师深入建卡贫困学生家庭开展家访，了解学生家庭困难和学习情况，落实资助政策，帮助解决实际问题。", "让贫困家庭学生安心上学", "精准扶贫 家访", 3, 12, "PMHV"),
        new("开展防汛安全教育", "学校结合本地汛期特点，向学生讲解了暴雨、洪水、山体滑坡等灾害的避险常识，并明确了上学放学途中的注意事项。", "增强了学生的防灾避险意识", "防汛 安全教育", 5, 7, "PMH"),
        new("开展预防性侵害专题教育", "学校邀请妇联和派出所工作人员，通过图片、案例和情景模拟等方式，教育学生识别危险、保护自己。", "增强了学生的自我保护意识", "自我保护 专题教育", 3, 12, "PM"),
        new("举行“中国梦”主题演讲比赛", "选手们围绕“我的中国梦”主题，结合身边人身边事，抒发了对祖国和家乡的热爱之情。", "激发了学生的爱国爱乡情怀", "中国梦 演讲比赛", 3, 12, "PMHV"),
        new("举行职业技能竞赛", "竞赛设置了汽车维修、电子电工、计算机应用、烹饪等项目，学生们同台竞技、一展身手。", "检验了专业教学成果", "技能竞赛 职业教育", 4, 12, "V"),
        new("开展校企合作洽谈", "学校与县内外多家企业就订单培养、顶岗实习和毕业生就业等事项进行了洽谈，达成了合作意向。", "拓宽了学生实习就业渠道", "校企合作 职业教育", 3, 12, "V"),
    ];

    private static readonly string[] SchoolNext =
    [
        "持续推进校园文化建设", "把安全教育常态化、制度化", "不断提升教育教学质量", "促进学生全面发展", "办好人民满意的教育",
        "进一步加强家校合作", "扎实开展好后续各项工作", "不断深化教育教学改革",
    ];

    private static readonly string[] EducationWorks =
    [
        "开学准备", "校园安全", "营养改善计划", "控辍保学", "学生资助", "校舍维修", "教学常规", "师德师风", "薄弱学校改造", "寄宿制学校管理",
        "学前教育", "食堂管理",
    ];

    private static readonly string[] EducationOffices = ["办公室", "基础教育科", "学生资助管理中心", "安全稳定科", "教师工作科", "计划财务科", "督导室", "职成教科"];

    private static readonly (string Title, int Month, string First, bool Doc)[] EducationNotices =
    [
        ("巫溪县教育委员会关于做好2015年春季开学工作的通知", 2, "为确保2015年春季开学工作平稳有序，根据市教委有关要求，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于印发2015年全县教育工作要点的通知", 2, "现将《2015年全县教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。", true),
        ("巫溪县教育委员会关于开展2015年春季学校安全大检查的通知", 3, "为切实消除学校安全隐患，保障师生生命财产安全，县教委决定开展春季学校安全大检查，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年春季学期学生资助工作的通知", 3, "为确保各项学生资助政策落实到位，现就2015年春季学期学生资助工作有关事项通知如下。", true),
        ("巫溪县教育委员会关于公布2015年春季学期中小学收费项目及标准的通知", 2, "根据市物价局、市财政局、市教委有关规定，现将2015年春季学期全县中小学收费项目及标准予以公布。", true),
        ("巫溪县教育委员会关于开展防溺水专项教育活动的通知", 4, "当前已进入溺水事故易发期，为切实做好学生防溺水工作，县教委决定在全县中小学开展防溺水专项教育活动。", true),
        ("巫溪县教育委员会关于做好2015年普通高中招生工作的通知", 5, "为做好2015年普通高中招生工作，根据市教委有关文件精神，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年义务教育阶段招生入学工作的通知", 6, "为规范义务教育阶段招生入学行为，保障适龄儿童少年依法接受义务教育的权利，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年暑假期间安全工作的通知", 7, "暑假即将来临，为确保学生度过一个安全、快乐、有意义的假期，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年秋季开学工作的通知", 8, "为确保2015年秋季开学工作平稳有序，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于公布2015年秋季学期中小学收费项目及标准的通知", 8, "根据有关规定，现将2015年秋季学期全县中小学收费项目及标准予以公布，请各学校严格执行。", true),
        ("巫溪县教育委员会关于做好2015年秋季学期学生资助工作的通知", 9, "为确保2015年秋季学期各项学生资助政策落实到位，现就有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展2015年教师节庆祝活动的通知", 8, "为庆祝第31个教师节，营造尊师重教的良好氛围，现就开展庆祝活动有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展校园食品安全专项整治的通知", 9, "为进一步加强学校食品安全管理，县教委决定联合县食品药品监管局开展校园食品安全专项整治。", true),
        ("巫溪县教育委员会关于做好2015年冬季学校安全工作的通知", 11, "进入冬季，学校防火、防一氧化碳中毒和交通安全工作任务繁重，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展2015年中小学教师继续教育工作的通知", 4, "为提高全县中小学教师专业素质，现就2015年中小学教师继续教育工作有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展中小学教师有偿补课专项治理的通知", 5, "为进一步规范教师从教行为，县教委决定在全县开展中小学在职教师有偿补课专项治理。", true),
        ("巫溪县教育委员会关于做好2015年控辍保学工作的通知", 3, "为巩固义务教育普及成果，切实降低义务教育阶段学生辍学率，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好农村义务教育学生营养改善计划实施工作的通知", 3, "为进一步规范营养改善计划实施管理，确保学生饮食安全和资金安全，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展全国中小学生安全教育日活动的通知", 3, "今年3月30日是第20个全国中小学生安全教育日，为做好相关教育活动，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年高考期间有关工作的通知", 5, "2015年普通高考即将举行，为确保高考顺利进行，现将有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展2015年学前教育宣传月活动的通知", 5, "为普及科学育儿知识，现就开展2015年学前教育宣传月活动有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年中小学教师招聘工作的通知", 4, "为补充全县中小学教师队伍，根据县人力社保局有关安排，现将2015年中小学教师招聘工作有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展2015年教育系统“三严三实”专题教育的通知", 5, "根据县委统一部署，现就在全县教育系统开展“三严三实”专题教育有关事项通知如下。", true),
        ("巫溪县教育委员会关于做好2015年寒假放假工作的通知", 1, "根据2014—2015学年度校历安排，现将寒假放假有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展2015年中小学校舍维修工作的通知", 6, "为改善办学条件，确保秋季开学正常使用，现就利用暑期开展校舍维修工作有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展学校周边交通安全专项整治的通知", 10, "为有效预防和减少涉及学生的道路交通事故，县教委决定联合县公安局开展学校周边交通安全专项整治。", true),
        ("巫溪县教育委员会关于做好2015年教育统计工作的通知", 9, "根据市教委统一部署，现就做好2015年教育事业统计工作有关事项通知如下。", true),
        ("巫溪县教育委员会关于开展义务教育均衡发展督导评估的通知", 10, "为推进全县义务教育均衡发展，县教委决定对各乡镇（街道）义务教育均衡发展情况进行督导评估。", true),
        ("巫溪县2015年普通高中录取分数线公告", 7, "根据2015年全县初中学业水平暨高中招生考试成绩和普通高中招生计划，经县招生委员会研究，现将2015年普通高中录取分数线公告如下。", false),
        ("巫溪县2015年初中学业水平暨高中招生考试成绩查询公告", 7, "2015年全县初中学业水平暨高中招生考试成绩已经公布，考生可凭准考证号和身份证号登录查询系统查询成绩。", false),
        ("巫溪县2015年城区小学一年级招生划片范围公告", 7, "为保障适龄儿童就近入学，现将2015年城区公办小学一年级招生划片范围公告如下。", false),
        ("巫溪县2015年城区初中一年级招生划片范围公告", 7, "现将2015年城区公办初中一年级招生划片范围及报名时间公告如下。", false),
        ("巫溪县2015年公开招聘中小学教师公告", 5, "根据全县中小学教师队伍建设需要，经县政府同意，2015年面向社会公开招聘中小学教师，现将有关事项公告如下。", false),
        ("巫溪县2015年公开招聘中小学教师拟聘用人员公示", 8, "经笔试、面试、体检和考察，现将2015年公开招聘中小学教师拟聘用人员名单予以公示。", false),
        ("巫溪县2015年农村义务教育阶段学校教师特设岗位计划招聘公告", 5, "根据市教委统一部署，我县2015年实施农村义务教育阶段学校教师特设岗位计划，现将招聘有关事项公告如下。", false),
        ("巫溪县2015年中小学教师交流轮岗名单公示", 8, "为推进县域内义务教育教师均衡配置，经学校推荐、县教委审核，现将2015年中小学教师交流轮岗人员名单予以公示。", false),
        ("巫溪县2015年生源地信用助学贷款办理公告", 7, "2015年生源地信用助学贷款办理工作即将开始，现将有关事项公告如下。", false),
    ];

    private static readonly string[] SchoolBuildings = ["教学综合楼", "学生宿舍楼", "学生食堂", "运动场", "教师周转宿舍", "风雨操场"];

    private static readonly string[] TownWorks =
    [
        "场镇污水管网建设工程", "敬老院改扩建工程", "场镇风貌改造工程", "便民服务中心建设工程", "场镇排水排污工程", "农贸市场建设工程",
        "综合文化站建设工程", "场镇道路黑化工程",
    ];

    private static readonly string[] CityWorks = ["人行道提升改造工程", "路灯改造工程", "排水管网改造工程", "绿化提升工程", "沥青路面改造工程"];

    private static readonly string[] FarmWorks = ["高标准农田建设项目", "农业综合开发土地治理项目", "中药材标准化基地建设项目", "马铃薯良种繁育基地建设项目", "特色经果林基地建设项目"];

    private static readonly string[] CountyRoads =
    [
        "马镇坝大道", "滨河北路", "滨河东路", "广场东路", "人民路", "北门街", "柳门街", "新华街", "南门湾路", "马镇坝广场", "赵家坝路", "柏杨大道",
    ];

    private static readonly string[] CompanyStems =
    [
        "巨能", "渝发", "宏达", "华渝", "巫峡", "大宁", "川东", "三峡", "鑫源", "恒通", "中禹", "润达", "建安", "佳宇", "城开", "渝东", "兴茂",
        "长江", "天宇", "鼎盛", "汇通", "正兴", "万顺", "博远", "新世纪", "金科", "瑞丰", "东方", "康达", "广厦",
    ];

    private static readonly string[] CompanyKinds =
    [
        "建设（集团）有限公司", "建筑工程有限公司", "市政工程有限公司", "路桥工程有限公司", "水利水电工程有限公司", "建设工程有限公司", "建工集团有限公司",
    ];

    private static readonly string[] SupplierKinds = ["科技有限公司", "商贸有限公司", "医疗器械有限公司", "教学设备有限公司", "电子工程有限公司", "实业有限公司"];

    private static readonly string[] Agencies =
    [
        "重庆正信建设工程招标代理有限公司", "重庆渝东工程咨询有限公司", "重庆华信招标代理有限公司", "重庆中审工程造价咨询有限公司", "重庆三峡工程项目管理有限公司",
    ];

    private static readonly string[] Funds =
    [
        "中央预算内资金及县级配套资金", "市级补助资金及县级配套资金", "县级财政资金", "中央车购税补助资金及县级配套资金", "财政扶贫资金", "一事一议财政奖补资金",
    ];

    private static readonly string[] Methods = ["公开招标", "竞争性谈判", "询价", "竞争性磋商"];

    private static readonly (string Purchaser, string Goods, string Spec)[] Purchases =
    [
        ("巫溪县教育委员会", "2015年农村义务教育学校学生课桌椅", "共分3个包件，要求交货期30日"), ("巫溪县教育委员会", "中小学“班班通”多媒体教学设备", "共计220套，含安装调试及培训"),
        ("巫溪县教育委员会", "农村学校学生食堂设备", "含消毒柜、蒸饭车、冷藏柜等"), ("巫溪县人民医院", "彩色多普勒超声诊断仪", "共1台，须提供原厂质保3年"),
        ("巫溪县人民医院", "全自动生化分析仪", "共1台，含配套试剂首批供货"), ("巫溪县中医院", "数字化X射线摄影系统（DR）", "共1套，含机房防护改造"),
        ("巫溪县卫生和计划生育委员会", "乡镇卫生院基本医疗设备", "分心电图机、全自动血球分析仪等5个包件"), ("巫溪县卫生和计划生育委员会", "村卫生室标准化建设设备", "共计60套"),
        ("巫溪县公安局", "城区“天网工程”视频监控设备", "含前端摄像机、传输及存储设备"), ("巫溪县公安局", "执法记录仪", "共计200台"),
        ("巫溪县公安局", "警用执勤车辆", "共计6辆"), ("巫溪县财政局", "县级机关公务用车定点维修服务", "服务期2年，拟确定定点维修企业3家"),
        ("巫溪县财政局", "县级机关定点印刷服务", "服务期2年"), ("巫溪县人民政府办公室", "办公设备", "含计算机、打印机、复印机等"),
        ("巫溪县市政园林管理局", "垃圾压缩转运车", "共计4辆"), ("巫溪县市政园林管理局", "城区行道树苗木", "含栽植及一年养护"),
        ("巫溪县水务局", "防汛抢险物资", "含冲锋舟、救生衣、编织袋等"), ("巫溪县林业局", "森林防火扑火机具", "含风力灭火机、灭火水枪等"),
        ("巫溪县农业委员会", "动物防疫冷链设备", "含冷藏箱、冰柜等"), ("巫溪县农业委员会", "马铃薯脱毒种薯", "共计1200吨，分乡镇配送到户"),
        ("巫溪县文化委员会", "农家书屋补充图书", "覆盖全县330个农家书屋"), ("巫溪县文化委员会", "乡镇综合文化站设备", "共计32套"),
        ("巫溪县行政服务中心", "网上审批系统建设", "含软件开发及三年运维"), ("巫溪县安全生产监督管理局", "安全生产执法装备", "含执法记录仪、检测仪器等"),
        ("巫溪县食品药品监督管理局", "食品安全快速检测设备", "含快检车1辆及配套设备"), ("巫溪县环境保护局", "环境监测仪器设备", "含气相色谱仪等"),
        ("巫溪县民政局", "乡镇敬老院生活设施", "含床上用品、洗衣机、热水器等"), ("巫溪县人力资源和社会保障局", "社会保障卡服务终端", "共计80台"),
        ("巫溪县交通委员会", "农村客运招呼站候车亭", "共计120个，含安装"), ("巫溪县旅游局", "红池坝景区旅游标识标牌", "含设计、制作及安装"),
        ("巫溪县扶贫开发办公室", "扶贫产业核桃苗木", "共计30万株，分乡镇配送"), ("巫溪县统计局", "1%人口抽样调查数据采集设备", "共计150台手持终端"),
        ("巫溪县国土资源和房屋管理局", "地质灾害监测预警设备", "含雨量计、裂缝报警器等"), ("巫溪县司法局", "社区矫正定位管理系统", "含终端设备及平台服务"),
        ("巫溪中学", "学生公寓床上用品", "共计1800套"), ("巫溪县职业教育中心", "汽修专业实训设备", "含举升机、发动机实训台等"),
        ("巫溪县妇幼保健院", "妇幼保健设备", "含胎儿监护仪、新生儿辐射台等"), ("巫溪县疾病预防控制中心", "实验室检测设备", "含生物安全柜、PCR仪等"),
        ("巫溪县城乡建设委员会", "乡镇垃圾收集设施", "含垃圾箱、勾臂车等"), ("巫溪县规划局", "城区地形图测绘服务", "测绘面积约12平方千米"),
    ];

    private static readonly (string Mineral, string Use)[] Minerals =
    [
        ("建筑石料用灰岩矿", "采矿权"), ("砖瓦用页岩矿", "采矿权"), ("建筑用砂岩矿", "采矿权"), ("水泥用灰岩矿", "采矿权"),
    ];

    private static readonly Major[] MajorList =
    [
        new("巫溪县人民医院迁建工程", "wjw", 48000, "新建门诊医技楼、住院楼及附属设施，设置床位600张"),
        new("巫溪县中医院门诊综合楼建设工程", "wjw", 12600, "新建门诊综合楼2.1万平方米"),
        new("巫溪县城市污水处理厂二期工程", "szj", 9800, "新增污水处理能力1.5万立方米/日及配套管网"),
        new("巫溪县城区生活垃圾处理场扩容工程", "szj", 6200, "新增库容62万立方米及渗滤液处理设施"),
        new("巫溪县大宁河城区段综合整治工程", "slj", 36000, "整治河道6.8公里，新建堤防及滨河步道"),
        new("红池坝景区旅游环线公路", "jtw", 42000, "新建改建旅游公路38公里"),
        new("宁厂古镇保护与开发（一期）", "lvj", 18500, "古建筑修缮、街巷风貌整治及游客服务设施建设"),
        new("巫溪县城区供水扩容工程", "slj", 15600, "新建水厂一座，新增供水能力2万立方米/日"),
        new("巫溪县马镇坝片区滨河路延伸段", "cjw", 21000, "新建城市道路2.6公里及配套管网"),
        new("巫溪县职业教育中心实训大楼", "jw", 5600, "新建实训大楼1.2万平方米及实训设备购置"),
        new("巫溪县体育场改造工程", "whw", 4800, "改造标准田径场及看台"),
        new("巫溪县图书馆文化馆建设工程", "whw", 7600, "新建图书馆、文化馆1.6万平方米"),
        new("巫溪县工业园区标准厂房（一期）", "jxw", 14000, "新建标准厂房6万平方米及配套设施"),
        new("巫溪县农产品交易市场", "swj", 9200, "新建农产品交易区、冷链仓储及配套设施"),
        new("巫溪县客运中心站", "jtw", 8800, "新建一级客运站一座"),
        new("巫溪县城至宁厂公路改建工程", "jtw", 26000, "改建二级公路14公里"),
        new("巫溪县长桂至天元公路改建工程", "jtw", 19000, "改建三级公路22公里"),
        new("白鹿镇高山生态扶贫搬迁集中安置点", "fpb", 11000, "安置搬迁农户420户及配套基础设施"),
        new("尖山镇高山生态扶贫搬迁集中安置点", "fpb", 8600, "安置搬迁农户310户及配套基础设施"),
        new("巫溪县柏杨河水库工程", "slj", 52000, "新建中型水库一座，总库容1260万立方米"),
        new("巫溪县城区棚户区改造（北门片区）", "gfj", 23500, "征收房屋486户，新建安置房820套"),
        new("兰英大峡谷旅游开发基础设施建设", "lvj", 12800, "新建游步道、观景平台、停车场及游客中心"),
        new("巫溪县城区地下停车场建设工程", "szj", 7400, "新建地下停车位820个"),
        new("巫溪县城区消防站建设工程", "gaj", 3600, "新建二级普通消防站一座"),
        new("巫溪县社会福利中心建设工程", "mzj", 5200, "新建养老床位300张及配套设施"),
        new("巫溪县农村电网改造升级工程", "jxw", 16800, "新建改造10千伏线路320公里、配电台区260个"),
        new("巫溪县广电网络双向改造工程", "whw", 6400, "完成城乡广电网络双向化改造8万户"),
        new("巫溪县殡仪馆迁建工程", "mzj", 4200, "新建殡仪馆业务用房及火化设施"),
        new("巫溪县中小学标准化运动场建设工程", "jw", 6800, "新建改建中小学标准化运动场24个"),
        new("巫溪县城区管网改造工程", "cjw", 9600, "改造城区供排水管网18公里"),
    ];

    private static readonly string[] Progress =
    [
        "主体工程正在加紧施工", "征地拆迁工作已基本完成，正在进行场平施工", "项目已完成施工招标，施工单位已进场", "基础工程已完成，正在进行主体结构施工",
        "项目初步设计已获批复，正在开展施工图设计", "主体工程已完工，正在进行附属工程施工",
    ];

    private static readonly string[] NextSteps =
    [
        "加快施工进度，确保按期完成年度投资目标", "协调解决用地和资金问题，推动项目加快建设", "加强质量安全监管，确保工程建设质量", "抓紧完善前期手续，力争早日全面开工",
    ];

    private static readonly string[] ReliefLead =
    [
        "为切实保障困难群众基本生活，根据市民政局、市财政局有关文件精神，经县政府同意，",
        "为进一步规范社会救助工作，确保救助资金及时足额发放到救助对象手中，",
        "为认真贯彻《社会救助暂行办法》，切实发挥社会救助托底线、救急难的作用，",
        "为做好困难群众基本生活保障工作，让困难群众感受到党和政府的温暖，",
    ];

    private static readonly (string Kind, string Content, int Min, int Max, string Measures)[] EnvironmentKinds =
    [
        ("生猪养殖场建设项目", "新建标准化猪舍及配套设施，年出栏生猪{n}头", 500, 3000, "养殖废水经沼气池厌氧处理后用于周边农田和果园消纳，不外排；猪粪经干湿分离后堆肥处理；病死猪采用化尸池无害化处理"),
        ("山羊养殖场建设项目", "新建羊舍及青贮池，年出栏山羊{n}只", 200, 1500, "羊粪集中收集堆肥还田，养殖场与周边居民点保持卫生防护距离，落实防疫和恶臭控制措施"),
        ("页岩砖厂技改项目", "年产页岩烧结砖{n}万匹", 1500, 6000, "隧道窑烟气经脱硫除尘处理后达标排放，原料堆场设置围挡和喷淋设施，厂区雨污分流"),
        ("建筑石料开采项目", "年开采建筑石料{n}万吨", 5, 30, "采用湿法作业和密闭破碎工艺控制粉尘，设置沉淀池处理生产废水，开采结束后及时开展生态恢复"),
        ("农家乐建设项目", "新建餐饮住宿用房，设置客房{n}间", 8, 40, "餐饮废水经隔油池、化粪池处理后用于农灌，油烟经净化器处理后排放，生活垃圾集中收集清运"),
        ("农产品加工厂建设项目", "年加工农产品{n}吨", 300, 3000, "生产废水经处理达标后排放，锅炉使用清洁能源，噪声设备采取减振隔声措施"),
        ("巫溪县{T}加油站建设项目", "新建加油站一座，设置储油罐4个", 0, 0, "储油罐采用双层罐并设置防渗池，安装油气回收装置，落实环境风险防范和应急措施"),
        ("巫溪县{T}场镇污水处理站建设项目", "新建污水处理站，处理规模{n}立方米/日", 100, 800, "处理尾水达到一级B标准后排放，污泥浓缩脱水后外运处置，设置事故池防范环境风险"),
        ("小水电站增效扩容改造项目", "改造水轮发电机组，装机容量{n}千瓦", 400, 3200, "保证下泄生态流量，施工期废水经沉淀处理后回用，弃渣运至指定渣场堆放"),
        ("中药材初加工基地建设项目", "年加工中药材{n}吨", 200, 2000, "清洗废水经沉淀处理后回用，烘干工序使用清洁能源，固体废物综合利用"),
    ];

    private static readonly string[] OwnerKinds = ["生态农业有限公司", "农业开发有限公司", "建材有限公司", "实业有限公司", "种养殖专业合作社", "旅游开发有限公司"];

    private static readonly string[] FoodCampaigns =
    [
        "农村食品市场“四打击四规范”", "食用农产品质量安全", "保健食品“打四非”", "学校及周边食品安全", "食品小作坊小餐饮", "白酒质量安全",
        "肉及肉制品质量安全", "婴幼儿配方乳粉", "医疗器械“五整治”", "中药材中药饮片", "药品流通领域违法经营行为",
    ];

    private static readonly (string Party, string Offense, string Basis, string Penalty)[] FoodCases =
    [
        ("巫溪县{T}{V}便民超市", "销售超过保质期的食品", "《中华人民共和国食品安全法》第三十四条", "没收违法所得、并处罚款5000元"),
        ("巫溪县{T}{V}餐馆", "未取得食品经营许可从事餐饮服务", "《中华人民共和国食品安全法》第三十五条", "没收违法所得、并处罚款10000元"),
        ("巫溪县{V}大药房", "未凭处方销售处方药", "《药品流通监督管理办法》第十八条", "警告、并处罚款1000元"),
        ("巫溪县{T}{V}副食店", "销售标签不符合规定的预包装食品", "《中华人民共和国食品安全法》第六十七条", "没收违法销售的食品、并处罚款2000元"),
        ("巫溪县{T}{V}酒坊", "生产销售不合格白酒", "《中华人民共和国食品安全法》第三十四条", "没收不合格白酒、并处罚款15000元"),
        ("巫溪县{T}{V}诊所", "使用未依法注册的医疗器械", "《医疗器械监督管理条例》第四十条", "没收违法使用的医疗器械、并处罚款20000元"),
        ("巫溪县{V}药店", "从无合法资质的单位购进药品", "《中华人民共和国药品管理法》第三十四条", "没收违法购进的药品和违法所得、并处罚款"),
        ("巫溪县{T}{V}食品加工坊", "使用超过保质期的食品原料生产食品", "《中华人民共和国食品安全法》第三十四条", "没收违法所得和违法生产的食品、并处罚款50000元"),
    ];

    private static readonly (string Title, int Month, bool Doc)[] SafetyDocs =
    [
        ("巫溪县生产安全事故应急预案（2015年修订）", 4, false), ("巫溪县非煤矿山生产安全事故应急预案", 5, false), ("巫溪县危险化学品事故应急预案", 5, false),
        ("巫溪县烟花爆竹事故应急预案", 1, false), ("巫溪县建筑施工生产安全事故应急预案", 6, false), ("巫溪县道路交通运输事故应急预案", 6, false),
        ("巫溪县特种设备事故应急预案", 7, false), ("巫溪县人员密集场所事故应急预案", 8, false),
        ("新修改的《中华人民共和国安全生产法》解读", 1, false), ("巫溪县安全生产委员会关于认真学习宣传贯彻新《安全生产法》的通知", 1, true),
        ("巫溪县安全生产“党政同责、一岗双责”实施办法", 3, true), ("巫溪县安全生产约谈实施办法", 4, true), ("巫溪县安全生产“黑名单”管理办法", 6, true),
        ("巫溪县安全生产举报奖励办法", 5, true), ("巫溪县安全生产委员会关于开展2015年“安全生产月”活动的通知", 5, true),
        ("巫溪县安全生产委员会关于开展安全生产大检查的通知", 3, true), ("巫溪县安全生产委员会关于做好2015年春节期间安全生产工作的通知", 2, true),
        ("巫溪县安全生产委员会关于做好2015年汛期安全生产工作的通知", 5, true), ("巫溪县安全生产委员会关于做好2015年国庆期间安全生产工作的通知", 9, true),
        ("巫溪县安全生产委员会关于做好岁末年初安全生产工作的通知", 12, true), ("巫溪县2015年安全生产工作要点", 2, true),
        ("巫溪县2015年安全生产目标责任考核办法", 3, true), ("巫溪县安全生产委员会关于开展非煤矿山安全生产专项整治的通知", 4, true),
        ("巫溪县安全生产委员会关于开展危险化学品安全综合治理的通知", 7, true), ("巫溪县人民政府关于加强烟花爆竹安全管理的通告", 12, false),
        ("巫溪县安全生产委员会关于开展职业病危害专项治理的通知", 8, true), ("巫溪县安全生产委员会关于开展“打非治违”专项行动的通知", 4, true),
        ("巫溪县安全生产委员会关于推进安全生产标准化建设的通知", 6, true),
    ];

    private static readonly (string Subject, string Certificate)[] SafetyPermits =
    [
        ("石料厂", "非煤矿山安全生产许可证延期公示"), ("页岩砖厂", "非煤矿山安全生产许可证核发公示"), ("加油站", "危险化学品经营许可证核发公示"),
        ("加油站", "安全生产标准化三级达标公示"), ("石料厂", "安全生产标准化三级达标公示"), ("建材有限公司", "安全生产标准化三级达标公示"),
    ];

    private static readonly string[] HazardSubjects = ["一处非煤矿山排土场", "一处在建工程深基坑", "一处人员密集场所消防通道", "一条农村公路临水临崖路段", "一处危险化学品储存场所"];

    private static readonly (string Code, string Permit, string Law, int Batches)[] PermitSeries =
    [
        ("ghj", "建设工程规划许可证", "《中华人民共和国城乡规划法》第四十条", 24), ("cjw", "建筑工程施工许可证", "《中华人民共和国建筑法》第七条", 20),
        ("slj", "取水许可证", "《取水许可和水资源费征收管理条例》", 6), ("lyj", "林木采伐许可证", "《中华人民共和国森林法实施条例》第三十条", 24),
        ("spyj", "食品经营许可证", "《中华人民共和国食品安全法》第三十五条", 24), ("jtw", "道路运输经营许可证", "《中华人民共和国道路运输条例》", 12),
        ("wjw", "医疗机构执业许可证", "《医疗机构管理条例》", 8), ("whw", "娱乐场所经营许可证", "《娱乐场所管理条例》", 6),
        ("mzj", "社会团体登记证书", "《社会团体登记管理条例》", 6), ("gfj", "采矿许可证", "《中华人民共和国矿产资源法》", 10),
        ("nw", "兽药经营许可证", "《兽药管理条例》", 6),
    ];

    // Each notice goes out in the fortnight before its holiday.
    private static readonly (string Holiday, int Month, int FromDay, int ToDay, string Days)[] Holidays =
    [
        ("春节", 2, 2, 12, "2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。"),
        ("清明节", 3, 20, 31, "4月5日放假，4月6日（星期一）补休，4月4日至6日连休3天。"),
        ("劳动节", 4, 15, 28, "5月1日至3日放假，共3天。"),
        ("端午节", 6, 5, 17, "6月20日放假，6月22日（星期一）补休，6月20日至22日连休3天。"),
        ("中秋节、国庆节", 9, 10, 24, "中秋节9月27日放假；国庆节10月1日至7日放假调休，共7天，10月10日（星期六）上班。"),
    ];

    private static readonly (string Crime, string Detail)[] Cases =
    [
        ("系列入室盗窃案", "经过连续摸排和视频追踪，民警锁定犯罪嫌疑人并将其抓获，当场缴获部分被盗财物，破获入室盗窃案件6起。"),
        ("一起电信诈骗案", "民警通过资金流向追查，远赴外省将犯罪嫌疑人抓获，为受害群众追回部分被骗资金。"),
        ("一起故意伤害案", "民警迅速赶赴现场开展调查取证，在群众的配合下于当晚将犯罪嫌疑人抓获。"),
        ("一起盗伐林木案", "民警会同林业部门深入山林实地勘查，查明犯罪嫌疑人无证采伐林木的事实，并将其抓获归案。"),
        ("一起贩卖毒品案", "禁毒大队民警经周密部署，在交易现场将犯罪嫌疑人抓获，当场查获毒品若干克。"),
        ("系列盗窃摩托车案", "民警通过走访调查和视频研判，抓获犯罪嫌疑人2名，追回被盗摩托车5辆。"),
        ("一起非法拘禁案", "民警迅速出警，成功解救被害人，并将涉案人员全部抓获。"),
        ("系列盗窃耕牛案", "民警连续蹲守，将流窜作案的犯罪嫌疑人抓获，追回被盗耕牛3头并发还失主。"),
    ];

    private static readonly (string Title, int Month, string First, string Second)[] Recruitment =
    [
        ("巫溪县2015年上半年公开招聘事业单位工作人员公告", 3, "根据《重庆市事业单位公开招聘人员实施办法》，经县政府同意，县人力社保局组织2015年上半年公开招聘事业单位工作人员，计划招聘86名。", "报名时间为4月7日至13日，采取网上报名方式。笔试时间另行通知，招聘岗位、报考条件详见招聘简章。咨询电话：023-51522305。"),
        ("巫溪县2015年上半年公开招聘事业单位工作人员笔试成绩公布", 5, "巫溪县2015年上半年公开招聘事业单位工作人员笔试已结束，考生可登录县人力社保局网站查询笔试成绩。", "根据招聘简章规定，按岗位1:3的比例确定进入面试人员，面试时间、地点另行通知。"),
        ("巫溪县2015年上半年公开招聘事业单位工作人员面试公告", 5, "根据笔试成绩，现将进入面试人员名单及面试有关事项公告如下。面试采取结构化面试方式进行。", "请进入面试的考生按规定时间携带身份证、准考证到指定地点参加资格复审。"),
        ("巫溪县2015年上半年公开招聘事业单位工作人员拟聘用人员公示（第一批）", 7, "根据考试、体检和考察结果，经研究，拟聘用张某某等45名同志为事业单位工作人员，现予公示。", "公示期为7个工作日。对公示对象有异议的，可向县人力社保局反映，反映问题要实事求是并提供具体事实。"),
        ("巫溪县2015年上半年公开招聘事业单位工作人员拟聘用人员公示（第二批）", 8, "根据考试、体检和考察结果，拟聘用李某某等38名同志为事业单位工作人员，现予公示。", "公示期为7个工作日。公示期满无异议的，按规定办理聘用手续。"),
        ("巫溪县2015年考核招聘急需紧缺人才公告", 6, "为加快人才队伍建设，县人力社保局面向社会考核招聘医疗卫生、教育、农业等领域急需紧缺人才32名。", "招聘采取考核方式进行，考核内容包括专业知识笔试和面试。报名条件、招聘岗位详见附件。"),
        ("巫溪县2015年公开招录公务员体检和考察人选公示", 6, "根据重庆市2015年公务员考试录用工作安排，现将我县招录机关进入体检和考察人员名单予以公示。", "体检和考察工作由县公务员主管部门会同招录机关组织实施，如有异议可向县人力社保局反映。"),
        ("巫溪县2015年公开招录公务员拟录用人员公示", 8, "经笔试、面试、体检和考察，现将巫溪县2015年公开招录公务员拟录用人员名单予以公示。", "公示期为5个工作日。公示期满无异议的，按规定办理录用手续。"),
        ("巫溪县2015年下半年公开招聘事业单位工作人员公告", 9, "经县政府同意，县人力社保局组织2015年下半年公开招聘事业单位工作人员，计划招聘64名。", "报名采取网上报名方式进行，报名时间为10月8日至14日。招聘岗位、报考条件等详见招聘简章。"),
        ("巫溪县2015年下半年公开招聘事业单位工作人员拟聘用人员公示", 12, "根据考试、体检和考察结果，拟聘用王某某等58名同志为事业单位工作人员，现予公示。", "公示期为7个工作日。对公示对象有异议的，可向县人力社保局反映。"),
        ("巫溪县2015年“三支一扶”计划招募公告", 5, "根据市人力社保局统一部署，我县2015年招募“三支一扶”高校毕业生18名，服务期2年。", "招募对象为全日制普通高校毕业生，服务期间享受工作生活补贴，服务期满考核合格的可按规定享受相关优惠政策。"),
        ("巫溪县2015年公益性岗位招聘公告", 4, "为帮助就业困难人员实现就业，县人力社保局开发公益性岗位120个，面向我县就业困难人员招聘。", "符合条件的人员可持身份证、就业失业登记证到户籍所在地乡镇（街道）劳动保障所报名。"),
    ];

    private static readonly string[] PlanSites = ["安置房项目", "商住楼项目", "农贸市场项目", "学校扩建项目", "卫生院业务用房项目", "便民服务中心项目", "公共停车场项目", "酒店项目"];

    private static readonly string[] PovertyUses = ["村道硬化和人行便道建设", "中药材和核桃产业发展", "人畜饮水工程建设", "山羊养殖产业发展", "马铃薯良种推广"];

    private static readonly string[] SubsidyKinds = ["粮食直补、农资综合补贴", "退耕还林补助、生态公益林补偿", "优抚对象补助、高龄津贴", "农村危旧房改造补助、高山生态扶贫搬迁补助"];

    private static readonly string[] PriceMoves =
    [
        "粮油价格保持稳定，猪肉价格小幅上涨，蔬菜价格略有回落", "主要农副产品价格涨跌互现，总体保持平稳", "受天气影响，部分蔬菜价格有所上涨",
        "猪肉、鸡蛋价格小幅回落，其他品种价格基本稳定", "节日临近，肉禽蛋类价格略有上涨",
    ];

    private static readonly (string Name, int Month)[] Regulations =
    [
        ("政府投资项目管理办法", 3), ("农村公路养护管理办法", 4), ("城区户外广告设置管理办法", 5), ("重大行政决策程序规定", 4), ("财政专项资金管理办法", 3),
        ("森林防火责任追究办法", 2), ("高山生态扶贫搬迁实施办法", 3), ("城乡居民大病保险实施办法", 6), ("农村危旧房改造补助资金管理办法", 4),
        ("城区占道经营管理办法", 7), ("国有资产管理办法", 8), ("村级公益事业建设一事一议财政奖补项目管理办法", 3), ("殡葬管理实施办法", 9),
        ("政府信息公开工作考核办法", 5), ("行政执法责任制实施办法", 6), ("土地储备管理办法", 10), ("中药材产业发展扶持办法", 4), ("乡村旅游发展扶持办法", 5),
    ];

    private static readonly string[] Chapters = ["五", "六", "七", "八"];

    private static readonly string[] Rooms = ["机关三楼会议室", "县行政中心五楼会议室", "机关会议室", "二楼会议室"];

    private static readonly string[] Participants = ["班子成员、各股室负责人", "各乡镇（街道）分管负责人和业务经办人员", "局属各单位主要负责人", "全体干部职工"];

    private static readonly string[] Crops = ["中药材", "马铃薯", "核桃", "烤烟", "高山蔬菜", "党参", "独活", "魔芋"];

    private static readonly string[] Trees = ["核桃", "漆树", "厚朴", "黄柏", "杜仲", "板栗"];

    private static readonly string[] GroupNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static readonly string[] Disasters = ["持续强降雨", "冰雹", "低温雨雪冰冻", "山体滑坡", "局地暴雨"];

    private static readonly Dictionary<string, int> CountyWeights = new(StringComparer.Ordinal)
    {
        ["wuxi"] = 560,
        ["zfb"] = 520,
        ["fgw"] = 330,
        ["jw"] = 150,
        ["kw"] = 170,
        ["jxw"] = 280,
        ["mzzj"] = 130,
        ["gaj"] = 520,
        ["mzj"] = 330,
        ["sfj"] = 280,
        ["czj"] = 330,
        ["rsj"] = 380,
        ["gfj"] = 380,
        ["hbj"] = 260,
        ["cjw"] = 380,
        ["jtw"] = 380,
        ["slj"] = 330,
        ["nw"] = 480,
        ["lyj"] = 300,
        ["swj"] = 280,
        ["whw"] = 330,
        ["wjw"] = 450,
        ["sjj"] = 170,
        ["ajj"] = 230,
        ["tjj"] = 230,
        ["spyj"] = 230,
        ["gsj"] = 280,
        ["lvj"] = 330,
        ["fpb"] = 380,
        ["ghj"] = 230,
        ["szj"] = 280,
        ["wjj"] = 200,
        ["xzfw"] = 170,
    };

    private static readonly Kind[] CountyKinds =
    [
        new(16, 1, 12,
            ["{S}召开{P}工作会议", "{S}召开{P}工作推进会", "{S}专题研究部署{P}工作", "{S}召开{M}月份{P}工作调度会"],
            [
                "{D}，{S}召开{P}工作会议，{H}出席会议并讲话。会议通报了{PER}全县{P}工作开展情况，分析了当前面临的形势和存在的问题，并对下一阶段工作进行了安排部署。",
                "{D}下午，{S}在{Room}召开{P}工作推进会，{Part}参加会议。会上，与会人员分别汇报了{P}工作推进情况，{H}对相关工作进行了点评。",
                "{D}，{S}组织召开专题会议，研究部署{P}工作。会议传达学习了市级有关会议和文件精神，听取了相关{Sub}关于{P}工作的情况汇报。",
            ],
            [
                "会议要求，{Rq}。",
                "会议强调，做好{P}工作事关群众切身利益和全县发展大局，各单位务必高度重视、主动作为：{Rq}。会议还对近期{P2}相关工作作了安排。",
                "会议指出，{PER}全县{P}工作总体推进有序，但仍存在工作进展不平衡、部分任务落实不到位等问题。会议要求，{Rq}。",
            ],
            "{P} 工作会议"),
        new(12, 1, 12,
            ["{S}深入{T}调研{P}工作", "{S}到{T}{V}调研{P}工作", "{S}赴{T}开展{P}专题调研"],
            [
                "{D}，{H}带队深入{T}{V}等地，实地调研{P}工作开展情况，并与{T}负责同志和村组干部、群众代表座谈，详细了解工作推进中遇到的困难和问题。",
                "{D}，{S}调研组一行到{T}调研{P}工作。调研组先后走访了{V}、{V2}，实地查看了相关项目进展，听取了{T}关于{P}工作的情况汇报。",
            ],
            [
                "调研组指出，{T}{P}工作思路清晰、措施有力，取得了阶段性成效。针对调研中发现的问题，调研组要求，{Rq}。{S}将加强业务指导，协调解决工作中遇到的实际困难。",
                "座谈会上，与会人员围绕{P}工作畅所欲言，提出了意见建议。{S}表示，将认真梳理调研中收集的问题，分类研究解决，对涉及多个部门的事项及时向县政府报告，推动{P}工作在{T}落地见效。",
            ],
            "{P} 调研 {T}"),
        new(10, 2, 12,
            ["{S}开展{P}专项督查", "{S}对{T}{P}工作开展督导检查", "{S}通报{PER}{P}工作督查情况"],
            [
                "为推动{P}各项工作任务落实，{DB}至{D}，{S}抽调{n}名干部组成督查组，采取听取汇报、查阅资料、实地查看、走访群众等方式，对{T}等{n2}个乡镇（街道）{P}工作开展情况进行了专项督查。",
                "{D}，{S}督查组深入{T}，对{P}工作开展督导检查。督查组通过查阅台账资料、实地查看现场、随机走访群众等方式，全面了解{T}{P}工作推进情况。",
            ],
            [
                "从督查情况看，各地对{P}工作普遍较为重视，工作总体推进有序，但也发现部分单位存在台账资料不规范、工作进度不平衡、责任落实不到位等问题。督查组已现场反馈意见，要求相关单位限期整改，{S}将适时组织“回头看”，督查结果纳入年度目标考核。",
                "督查发现的{n}个问题已列出清单，逐一交办相关单位，明确整改时限和责任人。{S}要求各单位举一反三，建立长效机制，坚决防止问题反弹，确保{P}工作取得实效。",
            ],
            "{P} 督查"),
        new(5, 2, 12,
            ["{S}举办{P}业务培训班", "{S}组织开展{P}专题培训"],
            [
                "{D}，{S}举办{P}业务培训班，各乡镇（街道）分管负责人、业务骨干共{nn}人参加培训。培训邀请市级部门业务专家授课，围绕{P}相关政策法规、业务流程和工作实务进行了系统讲解，并结合典型案例进行了分析。",
                "{D}，{S}组织开展{P}专题培训，机关全体干部职工和二级单位业务骨干{nn}人参加。培训采取专题辅导、案例分析和互动交流相结合的方式进行。",
            ],
            ["通过培训，参训人员进一步熟悉了{P}工作的政策要求和操作规范，提高了依法履职和服务群众的能力。{S}要求参训人员学以致用，把培训成果转化为推动工作的实际成效。"],
            "{P} 培训"),
        new(8, 1, 12,
            ["{N}关于做好2015年{P}工作的通知", "{N}关于印发巫溪县2015年{P}工作实施方案的通知", "{N}关于进一步加强{P}工作的通知", "{N}关于开展{P}专项行动的通知"],
            [
                "各乡镇人民政府、街道办事处，县级有关部门：为认真贯彻落实上级关于{P}工作的决策部署，进一步推动全县{P}工作规范有序开展，经研究，现将有关事项通知如下。",
                "各乡镇（街道），县级有关部门，{S}各股室、直属单位：为切实做好{P}工作，确保全年目标任务圆满完成，结合我县实际，现就有关事项通知如下。",
            ],
            ["一、提高思想认识。各单位要充分认识做好{P}工作的重要意义，切实加强组织领导，明确分管领导和具体经办人员。二、突出工作重点。要对照年度目标任务，细化工作措施，倒排工作进度，确保按时完成。三、强化督促考核。{S}将定期开展督查，督查结果纳入年度目标考核。请各单位于{DL}前将工作开展情况报送{S}，联系电话：{PH}。"],
            "{P} 通知")
        { Doc = true, Summary = "就做好{P}工作提出要求，明确工作重点、进度安排和督查考核措施。" },
        new(3, 4, 12,
            ["{N}关于{PER}{P}工作情况的通报"],
            ["各乡镇人民政府、街道办事处，县级有关部门：{PER}，各乡镇（街道）和县级有关部门认真落实{P}工作部署，各项工作取得积极进展。现将有关情况通报如下。"],
            ["从工作推进情况看，{T}、{T2}等乡镇（街道）行动迅速、措施得力，工作成效较为明显；但仍有少数单位存在重视不够、进度滞后等问题。各单位要对照通报指出的问题，认真分析原因，制定整改措施，确保全年目标任务圆满完成。"],
            "{P} 通报")
        { Doc = true, Summary = "通报{PER}全县{P}工作进展情况及存在的问题。" },
        new(10, 2, 12,
            ["{S}在{T}开展{P}集中宣传活动", "{S}深入{T}{V}开展{P}政策宣讲"],
            [
                "{D}，{S}联合{T}在{T}场镇开展{P}集中宣传活动，通过设置咨询台、发放宣传资料、悬挂横幅、现场讲解等方式，向过往群众宣传{P}相关政策和知识。",
                "{D}，{S}组织工作人员深入{T}{V}，采取院坝会、入户走访等形式，面对面向群众宣讲{P}相关政策，解答群众关心的热点问题。",
            ],
            ["活动共发放宣传资料{nk}余份，接受群众咨询{nn}人次，进一步提高了群众对{P}工作的知晓率和参与度。{S}表示，下一步将持续开展进村入户宣传，推动各项政策家喻户晓。"],
            "{P} 宣传 {T}"),
        new(7, 3, 12,
            ["{S}多措并举推进{P}工作", "{S}扎实推进{P}工作", "{S}{M}月份{P}工作进展情况"],
            ["{PER}，{S}紧紧围绕年度目标任务，多措并举推进{P}工作。一是强化组织领导，成立了以主要负责人为组长的工作领导小组；二是完善工作机制，制定了工作方案和考核办法；三是狠抓工作落实，定期研究解决工作中的突出问题。"],
            ["截至{D}，全县{P}工作已完成年度目标任务的{pct}%，{T}、{T2}等乡镇（街道）进度走在前列。{S}将持续加大工作力度，确保年底前全面完成目标任务。"],
            "{P} 工作动态"),
        new(5, 3, 12,
            ["{S}干部职工深入{T}{V}开展结对帮扶", "{S}到{T}{V}走访慰问建卡贫困户"],
            ["{D}，{S}组织干部职工{n3}人深入结对帮扶村{T}{V}，逐户走访建卡贫困户，详细了解家庭人口、收入来源、致贫原因和发展意愿，宣传扶贫政策，帮助理清发展思路。"],
            ["走访中，干部职工与贫困户一起算收入账、谋发展路，为{n}户贫困户送去了米、油等慰问物资。{S}负责人表示，将坚持“一户一策”，因户施策、精准帮扶，确保帮扶工作取得实效。"],
            "精准扶贫 结对帮扶 {T}")
        { Topic = "16", Category = "a20-11" },
        new(3, 1, 12,
            ["{S}开展廉政警示教育活动", "{S}召开{M}月份干部职工集中学习会"],
            ["{D}，{S}组织全体干部职工集中学习了中央、市委和县委关于党风廉政建设的最新要求，观看了警示教育片，并通报了近期查处的违反中央八项规定精神典型问题。"],
            ["{H}要求，全体干部职工要引以为戒、警钟长鸣，严守政治纪律和政治规矩，认真落实中央八项规定精神，驰而不息纠正“四风”，切实做到干净干事、廉洁从政。"],
            "党风廉政 警示教育")
        { Topic = "01", Category = "a20-15" },
    ];

    private static readonly Kind[] WuxiKinds =
    [
        new(14, 1, 12,
            ["全县{P}工作会议召开", "全县{P}工作推进会召开", "县政府召开{P}工作专题会", "{LN}主持召开{P}工作专题会议", "{M}月份全县{P}工作调度会召开"],
            [
                "{D}，全县{P}工作会议在县行政中心召开，{L}出席会议并讲话。各乡镇（街道）、县级有关部门主要负责人参加会议。会议总结了{PER}全县{P}工作，安排部署了下一阶段重点工作。",
                "{D}，县政府召开{P}工作专题会，{L}主持会议。会议听取了县级有关部门关于{P}工作的情况汇报，研究解决了工作推进中的具体问题。",
            ],
            ["{LN}强调，{Rq}。", "会议要求，{Rq}。会议还就近期{P2}工作作了安排。"],
            "{P} 会议"),
        new(14, 1, 12,
            ["{LN}到{T}调研{P}工作", "{LN}深入{T}督导{P}工作", "{LN}到{T}{V}检查{P}工作"],
            ["{D}，{L}率县级有关部门负责人深入{T}{V}、{V2}等地，实地调研{P}工作。每到一处，{LN}都详细了解工作推进情况，与基层干部群众交流，现场协调解决有关问题。"],
            ["{LN}强调，{Rq}。", "{LN}指出，{T}{P}工作总体推进有序，但与县委、县政府的要求相比仍有差距。{Rq}。"],
            "{P} 调研 {T}"),
        new(8, 1, 12,
            ["巫溪县人民政府关于做好2015年{P}工作的通知", "巫溪县人民政府关于进一步加强{P}工作的意见", "巫溪县人民政府关于印发巫溪县2015年{P}工作方案的通知"],
            ["各乡镇人民政府、街道办事处，县政府各部门，有关单位：为认真贯彻落实市委、市政府关于{P}工作的决策部署，推动全县{P}工作再上新台阶，经县政府研究，现提出如下要求。"],
            ["一、加强组织领导。各乡镇（街道）、各部门主要负责人是{P}工作第一责任人，要亲自研究部署、协调解决重大问题。二、落实工作责任。要将目标任务分解到具体单位和责任人，建立工作台账。三、严格督查考核。县政府督查室将定期开展专项督查，督查结果纳入年度目标考核，对工作不力的严肃问责。"],
            "{P} 通知")
        { Doc = true, Summary = "对全县{P}工作作出部署，明确责任分工和督查考核要求。" },
        new(4, 4, 12,
            ["巫溪县人民政府关于{PER}{P}工作情况的通报"],
            ["各乡镇人民政府、街道办事处，县政府各部门，有关单位：{PER}，全县上下认真落实县委、县政府关于{P}工作的部署，各项工作有序推进。现将有关情况通报如下。"],
            ["{T}、{T2}等乡镇（街道）工作推进有力、成效明显，予以通报表扬；少数单位工作进展滞后，请对照目标任务，认真查找原因，采取有力措施加快推进，确保全面完成年度目标任务。"],
            "{P} 通报")
        { Doc = true, Summary = "通报{PER}全县{P}工作推进情况。" },
        new(6, 3, 12,
            ["全县{P}工作取得阶段性成效", "我县扎实推进{P}工作", "{T}{P}工作成效明显", "我县{M}月份{P}工作进展顺利"],
            ["{PER}，我县坚持把{P}作为重要工作来抓，县政府多次召开专题会议研究部署，各乡镇（街道）、各部门密切配合，各项工作扎实推进。"],
            ["截至目前，全县{P}工作已完成年度目标任务的{pct}%。下一步，县政府将继续加大统筹协调和督查力度，确保年度目标任务全面完成。"],
            "{P} 工作动态"),
    ];

    private static readonly Dictionary<string, Kind[]> DepartmentExtras = new(StringComparer.Ordinal)
    {
        ["gaj"] =
        [
            new(8, 1, 12,
                ["县公安局{T}派出所开展{P}进村入户活动", "县公安局交巡警大队在{T}开展道路交通安全整治"],
                ["{D}，县公安局{T}派出所民警深入{V}、{V2}等村，开展{P}进村入户活动，逐户走访群众，发放警民联系卡，收集社情民意。"],
                ["活动中，民警向群众讲解了防盗、防骗、防火等安全常识，现场调解矛盾纠纷{n}起。县公安局将持续推进警务进村入户，不断提升群众安全感和满意度。"],
                "{P} 警务 {T}"),
        ],
        ["wjw"] =
        [
            new(8, 3, 12,
                ["县卫生计生委组织医疗专家到{T}开展义诊活动", "{T}卫生院扎实开展{P}工作"],
                ["{D}，县卫生计生委组织县人民医院、县中医院的医疗专家到{T}开展义诊活动，为群众提供免费健康体检、疾病咨询和健康指导服务。"],
                ["活动共义诊群众{nn}余人次，发放健康教育资料{nk}余份，免费测量血压、血糖{nn}人次，受到当地群众的欢迎。"],
                "义诊 卫生下乡 {T}"),
        ],
        ["nw"] =
        [
            new(10, 2, 11,
                ["县农委技术人员深入{T}指导{Crop}生产", "{T}{V}{Crop}产业发展势头良好"],
                ["{D}，县农委组织农技人员深入{T}{V}，实地指导群众开展{Crop}种植和田间管理，现场讲解了选种、施肥、病虫害防治等关键技术。"],
                ["今年{T}共发展{Crop}{mu}亩，带动农户{nn}户增收。县农委将继续加强技术服务，推动{Crop}产业规模化、标准化发展。"],
                "{Crop} 农技服务 {T}"),
        ],
        ["lyj"] =
        [
            new(8, 3, 12,
                ["{T}{V}新一轮退耕还林造林任务完成", "县林业局到{T}检查森林防火工作"],
                ["{D}，县林业局工作人员深入{T}{V}，实地检查新一轮退耕还林造林质量和森林防火工作落实情况。{V}今年完成退耕还林造林{mu}亩，主要栽植{Tree}等经济林木。"],
                ["检查组要求，要加强苗木管护，确保造林成活率；要严格落实森林防火责任，加强野外火源管控，确保森林资源安全。"],
                "退耕还林 森林防火 {T}"),
        ],
        ["whw"] =
        [
            new(10, 1, 12,
                ["“送文化下乡”{T}专场演出举行", "{T}综合文化站开展群众文化活动"],
                ["{D}，县文化委组织县文艺演出队走进{T}{V}，开展“送文化下乡”专场演出，表演了歌舞、小品、快板和巫溪山歌等节目。"],
                ["演出吸引了周边{nn}余名群众观看。活动期间还开展了送图书、送电影活动，丰富了农村群众的精神文化生活。"],
                "送文化下乡 公共文化 {T}"),
        ],
        ["lvj"] =
        [
            new(8, 4, 10,
                ["红池坝景区{M}月接待游客情况", "{T}乡村旅游持续升温"],
                ["{PER}，我县旅游市场持续升温，红池坝、宁厂古镇等景区游客接待量同比明显增长。{T}依托自然风光发展乡村旅游，农家乐接待能力不断提升。"],
                ["{M}月，红池坝景区接待游客{nk}余人次。县旅游局将加强旅游市场监管和安全管理，提升旅游服务质量，推动全县旅游产业健康发展。"],
                "乡村旅游 红池坝"),
        ],
        ["jtw"] =
        [
            new(8, 2, 12,
                ["{T}{V}通畅公路建设有序推进", "县交委检查{T}农村公路建设质量"],
                ["{D}，县交委质监站工作人员深入{T}{V}，对在建农村公路的路基、路面厚度、混凝土强度等进行了现场检测。"],
                ["检查组要求施工单位严格按照设计和规范施工，确保工程质量和施工安全，力争早日建成通车，方便群众出行。"],
                "农村公路 工程质量 {T}"),
        ],
    };

    private static readonly Kind[] TownKinds =
    [
        new(4, 1, 12,
            ["{N}关于做好2015年{P}工作的通知", "{N}关于印发{S}2015年{P}工作实施方案的通知"],
            ["各村（居）委会，{S}各站所：为认真贯彻落实县委、县政府关于{P}工作的部署要求，切实抓好全{Ts}{P}工作，经{S}党政联席会议研究，现将有关事项通知如下。"],
            ["一、加强组织领导。成立由{S}主要领导任组长的{P}工作领导小组，各村（社区）党支部书记为本村（社区）第一责任人。二、明确工作任务。各村（社区）要对照目标任务，逐项细化措施，建立工作台账。三、严格督查考核。{S}将把{P}工作纳入村（社区）年度目标考核，请各村（社区）于{DL}前将工作开展情况报{S}党政办公室。"],
            "{P} 通知")
        { Doc = true, Summary = "部署全{Ts}{P}工作，明确责任分工和考核要求。" },
        new(16, 1, 12,
            ["{S}召开{P}工作会", "{S}召开{M}月份{P}工作推进会", "{S}专题部署{P}工作"],
            ["{D}，{S}召开{P}工作会，{S}党政班子成员、各村（社区）党支部书记和村（居）委会主任、各站所负责人参加会议。会议传达了县委、县政府关于{P}工作的安排部署，通报了{PER}{P}工作推进情况。"],
            ["{H}在讲话中要求，{Rq}。", "会议要求，{Rq}。"],
            "{P} 会议"),
        new(14, 1, 12,
            ["{S}主要领导到{V}督导{P}工作", "{S}{V}扎实推进{P}工作", "{S}干部深入{V}开展{P}工作"],
            [
                "{D}，{H}带领相关站所负责人深入{V}，实地查看{P}工作推进情况，与村组干部和群众代表面对面交流，了解群众诉求。",
                "{PER}，{S}{V}在{P}工作中积极探索、主动作为，通过召开院坝会、入户宣传、党员带头等方式，推动各项工作任务落地落实。",
            ],
            ["督导中要求，{Rq}。", "截至目前，{V}{P}工作已完成阶段目标任务的{pct}%，群众满意度明显提升。{S}将及时总结推广{V}的经验做法，推动全{Ts}{P}工作上台阶。"],
            "{P} {V}"),
        new(8, 1, 12,
            ["{S}开展{P}集中宣传活动", "{S}在{V}召开{P}院坝会"],
            [
                "{D}，{S}利用赶场日在场镇开展{P}集中宣传活动，通过悬挂横幅、发放宣传资料、设置咨询台等方式，向赶场群众宣传{P}相关政策。",
                "{D}，{S}驻村工作队在{V}召开{P}院坝会，{nn}余名群众参加。工作队员用通俗易懂的语言向群众讲解了{P}相关政策。",
            ],
            ["活动共发放宣传资料{nk}余份，解答群众咨询{nn}人次。{S}将持续深入村组开展宣传，让政策家喻户晓、深入人心。"],
            "{P} 宣传"),
        new(5, 3, 10,
            ["{S}{V}2015年一事一议财政奖补项目公示"],
            ["根据《巫溪县村级公益事业建设一事一议财政奖补项目管理办法》，经{V}村民代表大会讨论通过、{S}审核，现将{V}2015年一事一议财政奖补项目有关情况公示如下。"],
            ["项目名称：{V}{Road}村道硬化工程；建设规模：长{len}米、宽3.5米；项目总投资{YY}。公示期为7天，如有异议，请在公示期内向{S}党政办公室或县财政局反映，联系电话：{PH}。"],
            "一事一议 财政奖补 公示"),
        new(4, 2, 11,
            ["{S}{M}月农村危旧房改造补助对象公示"],
            ["根据《巫溪县2015年农村危旧房改造实施方案》，经农户申请、村民代表评议、村委会审查和{S}审核，现将{S}{M}月拟补助的农村危旧房改造对象予以公示。"],
            ["本批次共{n}户，其中D级危房拆除重建{n4}户、C级危房维修加固{n5}户，涉及{V}、{V2}等村，补助对象名单张贴于各村公示栏。公示期7天，如有异议，请向{S}村镇建设服务中心反映，联系电话：{PH}。"],
            "农村危旧房改造 公示"),
        new(4, 1, 12,
            ["{S}{V}土地承包经营权流转情况公示"],
            ["经流转双方协商一致，{V}{n}户农户拟将承包的{mu}亩耕地流转给{Coop}，用于发展{Crop}种植，流转期限{yrs}年，流转费用每亩每年{fee}元。"],
            ["根据《农村土地承包经营权流转管理办法》，现予以公示，公示期7天。公示期内如有异议，请向{V}村民委员会或{S}农业服务中心反映，联系电话：{PH}。"],
            "土地流转 公示"),
        new(4, 1, 12,
            ["{S}{M}月农村宅基地使用审核情况公示"],
            ["根据《重庆市土地管理规定》有关宅基地管理的规定，经村民申请、村民小组评议、村委会审查，{S}对{M}月受理的{n}户农村宅基地使用申请进行了审核，现将审核情况公示如下。"],
            ["本次审核的宅基地申请分布在{V}、{V2}等村，其中新建{n4}户、原址翻建{n5}户，申请用地面积均未超过规定标准，且不占用基本农田。公示期为7天，如有异议，请向{S}国土资源管理所反映，联系电话：{PH}。"],
            "宅基地 审核 公示"),
        new(2, 2, 6,
            ["{S}{V}2015年筹资筹劳方案公示"],
            ["为改善{V}生产生活条件，经村民会议讨论通过，{V}2015年拟实施{Road}村道整治等村内公益事业项目，需开展筹资筹劳。"],
            ["按照“量力而行、群众受益、民主决策、上限控制”的原则，本年度每人筹资不超过{cap}元、筹劳不超过{lab}个工日，筹集资金专户管理、专款专用，使用情况在村务公开栏定期公布。公示期7天，如有异议请向{S}经管站反映。"],
            "筹资筹劳 公示"),
        new(3, 2, 11,
            ["{S}2015年{M}月高山生态扶贫搬迁对象公示"],
            ["按照《巫溪县2015年高山生态扶贫搬迁实施方案》，经农户自愿申请、村民代表大会评议、村委会初审、{S}审核，现将{S}{M}月拟纳入高山生态扶贫搬迁的对象予以公示。"],
            ["本批次共{n}户{np}人，其中建卡贫困户{n4}户，涉及{V}、{V2}等村，采取集中安置与分散安置相结合的方式。公示期7天，如有异议，请向{S}扶贫工作站反映，联系电话：{PH}。"],
            "高山生态扶贫搬迁 公示")
        { Topic = "16" },
        new(3, 4, 11,
            ["{S}{V}精准扶贫建档立卡贫困户识别公示"],
            ["根据全县精准扶贫建档立卡工作安排，{V}按照“农户申请、民主评议、公示公告、逐级审核”的程序，对全村贫困户进行了识别。"],
            ["经村民代表大会评议，{V}拟认定建档立卡贫困户{n}户{np}人，名单已在村务公开栏张贴。公示期7天，如有异议，请向{V}村委会或{S}扶贫工作站反映。"],
            "精准扶贫 建档立卡 公示")
        { Topic = "16" },
        new(2, 6, 11,
            ["{S}{V}2015年新一轮退耕还林任务公示"],
            ["根据国家新一轮退耕还林政策和《巫溪县2015年新一轮退耕还林实施方案》，{S}{V}2015年新一轮退耕还林任务已落实到户到地块。"],
            ["全村共落实退耕还林面积{mu}亩，涉及农户{nn}户，主要栽植{Tree}等经济林木。按照政策，每亩补助1500元，分三次兑现。现予以公示，公示期7天，如有异议请向{S}林业站反映。"],
            "退耕还林 公示"),
        new(3, 1, 12,
            ["{S}2015年{M}月优抚对象抚恤补助发放公示"],
            ["根据国家优抚政策，现将{S}2015年{M}月重点优抚对象定期抚恤补助发放情况公示如下：本月共发放{nn}人，资金已通过惠农“一卡通”打卡发放到人。"],
            ["发放对象涉及伤残军人、在乡老复员军人、带病回乡退伍军人、参战参试退役人员等。如对发放情况有疑问，请向{S}民政办咨询，联系电话：{PH}。"],
            "优抚 抚恤补助 公示")
        { Topic = "16" },
        new(2, 1, 12,
            ["{S}2015年{M}月高龄老人生活补贴发放公示"],
            ["根据《巫溪县高龄老人生活补贴发放办法》，现将{S}2015年{M}月80周岁以上高龄老人生活补贴发放情况公示如下：本月共发放{nn}人，补贴资金已打卡发放到人。"],
            ["补贴标准为80至89周岁每人每月50元、90至99周岁每人每月100元、100周岁以上每人每月300元。如有疑问，请向{S}民政办咨询，联系电话：{PH}。"],
            "高龄补贴 公示")
        { Topic = "16" },
        new(1, 5, 9,
            ["{S}向{V}受灾群众发放救灾物资"],
            ["受{Disaster}影响，{S}{V}、{V2}等村部分群众生产生活受到影响。{D}，{S}组织民政办工作人员将棉被、大米、食用油等救灾物资发放到受灾群众手中。"],
            ["此次共发放救灾物资折合{a}万元，惠及受灾群众{nn}户。{S}要求各村加强灾情排查，妥善安排受灾群众生活，确保受灾群众有饭吃、有衣穿、有干净水喝、有安全住所。"],
            "救灾 物资发放")
        { Topic = "16" },
        new(1, 5, 9,
            ["{S}召开2015年征兵工作会", "{S}圆满完成2015年征兵体检工作", "{S}召开新兵入伍欢送会"],
            ["{D}，{S}召开2015年征兵工作相关会议，{S}武装部、各村（社区）负责人及应征青年代表参加。会议通报了今年征兵工作进展情况。"],
            ["{S}要求，各村（社区）要严格落实征兵政策，坚持公开公平公正，确保把思想好、身体好、文化程度高的优秀青年输送到部队。"],
            "征兵 国防")
        { Topic = "20", Category = "a20-15" },
        new(2, 1, 12,
            ["{S}开展计划生育“三查”服务活动", "{S}在{V}开展计划生育政策宣传"],
            ["{D}，{S}计生办组织工作人员深入{V}等村，为育龄妇女开展查环、查孕、查病“三查”服务，并宣传“单独两孩”等计划生育政策。"],
            ["活动共服务育龄妇女{nn}人次，发放宣传资料{nk}份。{S}将继续优化计划生育服务，落实奖励扶助政策，促进人口长期均衡发展。"],
            "计划生育 服务")
        { Topic = "13", Category = "a20-15" },
        new(2, 1, 12,
            ["{S}开展{M}月安全生产大检查", "{S}开展场镇消防安全检查"],
            ["{D}，{S}安办组织相关站所，对辖区内非煤矿山、加油站、建筑工地、学校、场镇人员密集场所进行了安全生产大检查，共检查生产经营单位{n3}家。"],
            ["检查中发现安全隐患{n}处，已当场督促整改{n4}处，其余隐患已下达整改通知书，限期整改到位。{S}将持续加强安全生产监管，坚决防范各类事故发生。"],
            "安全生产 检查")
        { Topic = "08", Category = "a20-13" },
        new(1, 9, 12,
            ["{S}启动2016年度城乡居民合作医疗保险参保缴费工作"],
            ["{D}，{S}召开2016年度城乡居民合作医疗保险参保缴费工作动员会，对参保缴费工作进行安排部署。今年个人缴费标准为一档每人每年120元。"],
            ["{S}要求各村（社区）加强政策宣传，组织干部进村入户动员，确保参保率达到95%以上，建卡贫困户、低保对象等困难群体的个人缴费由政府资助。"],
            "城乡居民合作医疗保险 参保")
        { Topic = "12", Category = "a20-11" },
    ];
}

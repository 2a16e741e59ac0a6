using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
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
    // The file also holds each body's street address, which only DemoCounty needs.
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
    private sealed record Unit(
        string Code, string Name, string Short, string Issuer, string Topic, string Category, string HeadTitle, string Phone, string[] Work)
    {
        public bool Township { get; init; }

        public bool Street { get; init; }
    }

    private static class Units
    {
        // DemoCounty reads the same file; DemoCatalogTests checks nothing is missing or extra.
        public static readonly Unit[] County = DemoData.Table<Unit[]>(DemoData.Units, "County");

        public static readonly string[] TownWork = DemoData.Table<string[]>(DemoData.Units, "TownWork");

        private static readonly TownshipName[] TownshipNames = DemoData.Table<TownshipName[]>(DemoData.Units, "TownshipNames");

        public static readonly Unit[] Townships = BuildTownships();

        public static readonly Dictionary<string, Unit> ByCode = County.Concat(Townships).ToDictionary(u => u.Code, StringComparer.Ordinal);

        // Same formula as DemoCounty.Phone (the county bodies' numbers in units.json follow it too), so an item's contact line matches the body's directory entry.
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
            foreach (var (title, from, to, first, second) in BudgetsGovernment)
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
            foreach (var (title, from, to, first, second) in HousingItems)
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

            var wuxi = U("wuxi");
            foreach (var (project, approval, towns) in LandRegistrationTakings)
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

            var news = 0;
            while (news < 29)
            {
                var town = Town();
                var title = SubsistenceNewsTitles[rng.Next(SubsistenceNewsTitles.Length)].Replace("{T}", town.Short, StringComparison.Ordinal);
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

            foreach (var (title, month, first, second) in SocialSecurityFixedItems)
            {
                Add(rsj, Workday(month, month), title, null, title.Contains("通知", StringComparison.Ordinal) ? rsj.Issuer : null, "14", "a20-11", "ggfw-sb",
                    "社会保险 公告", Html(rsj, first, second));
            }

            var extra = 0;
            while (extra < 46 - 12 - 8 - SocialSecurityFixedItems.Length)
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
            foreach (var (title, month, first, second) in ReliefDocs)
            {
                Add(wuxi, Workday(month, month), title, null, wuxi.Issuer, "16", "a20-01", "ggfw-jz", "社会救助 通知", Html(wuxi, first, second));
            }

            var months = ReliefMzjDocs.Select(_ => rng.Next(1, 13)).ToArray();
            months[0] = 1;
            months[14] = 7;
            months[5] = 11;
            for (var i = 0; i < ReliefMzjDocs.Length; i++)
            {
                var title = "巫溪县民政局" + ReliefMzjDocs[i];
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

            foreach (var (title, month, first, second) in HealthChargesNotices)
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

            foreach (var meeting in EducationMeetingTopics)
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

            foreach (var (title, month, first, second) in EnvironmentWater)
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

            foreach (var (project, owner, month) in EnvironmentBig)
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
            foreach (var (title, month, first, second) in FoodAndDrugsChecks)
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

            foreach (var (title, from, to) in FoodAndDrugsQuick)
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
            foreach (var (title, month, first, second) in WorkSafetyAccidents)
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

    private static readonly SpanText[] BudgetsGovernment = DemoData.Table<SpanText[]>(DemoData.Tables, "BudgetsGovernment");

    private static readonly SpanText[] HousingItems = DemoData.Table<SpanText[]>(DemoData.Tables, "HousingItems");

    private static readonly Taking[] LandRegistrationTakings = DemoData.Table<Taking[]>(DemoData.Tables, "LandRegistrationTakings");

    private static readonly string[] SubsistenceNewsTitles = DemoData.List("SubsistenceNewsTitles");

    private static readonly MonthText[] SocialSecurityFixedItems = DemoData.Table<MonthText[]>(DemoData.Tables, "SocialSecurityFixedItems");

    private static readonly MonthText[] ReliefDocs = DemoData.Table<MonthText[]>(DemoData.Tables, "ReliefDocs");

    private static readonly string[] ReliefMzjDocs = DemoData.List("ReliefMzjDocs");

    private static readonly MonthText[] HealthChargesNotices = DemoData.Table<MonthText[]>(DemoData.Tables, "HealthChargesNotices");

    private static readonly string[] EducationMeetingTopics = DemoData.List("EducationMeetingTopics");

    private static readonly MonthText[] EnvironmentWater = DemoData.Table<MonthText[]>(DemoData.Tables, "EnvironmentWater");

    private static readonly BigProject[] EnvironmentBig = DemoData.Table<BigProject[]>(DemoData.Tables, "EnvironmentBig");

    private static readonly MonthText[] FoodAndDrugsChecks = DemoData.Table<MonthText[]>(DemoData.Tables, "FoodAndDrugsChecks");

    private static readonly QuickItem[] FoodAndDrugsQuick = DemoData.Table<QuickItem[]>(DemoData.Tables, "FoodAndDrugsQuick");

    private static readonly MonthText[] WorkSafetyAccidents = DemoData.Table<MonthText[]>(DemoData.Tables, "WorkSafetyAccidents");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private sealed record School(string Name, string Town, char Type);

    private sealed record Activity(string Act, string Detail, string Outcome, string Keywords, int From, int To, string Types);

    private sealed record Major(string Name, string Dept, double Invest, string Content);

    private sealed record SpanText(string Title, int From, int To, string First, string Second);

    private sealed record MonthText(string Title, int Month, string First, string Second);

    private sealed record Notice(string Title, int Month, string First, bool Doc);

    private sealed record SafetyDoc(string Title, int Month, bool Doc);

    private sealed record QuickItem(string Title, int From, int To);

    private sealed record Taking(string Project, string Approval, string Town);

    private sealed record BigProject(string Project, string Owner, int Month);

    private sealed record Leader(string Title, string Name);

    private sealed record Purchase(string Purchaser, string Goods, string Spec);

    private sealed record MineralUse(string Mineral, string Use);

    private sealed record EnvironmentKind(string Kind, string Content, int Min, int Max, string Measures);

    private sealed record FoodCase(string Party, string Offense, string Basis, string Penalty);

    private sealed record SafetyPermit(string Subject, string Certificate);

    private sealed record PermitRun(string Code, string Permit, string Law, int Batches);

    private sealed record HolidayNotice(string Holiday, int Month, int FromDay, int ToDay, string Days);

    private sealed record CriminalCase(string Crime, string Detail);

    private sealed record Regulation(string Name, int Month);

    private sealed record TownshipName(string Code, string Name);

    private static readonly string[] Surnames = DemoData.List("Surnames");

    private static readonly string[] Given = DemoData.List("Given");

    // Invented office-holders; the demo names no real person.
    private static readonly Leader[] Leaders = DemoData.Table<Leader[]>(DemoData.Tables, "Leaders");

    private static readonly string[] DemandPool = DemoData.List("DemandPool");

    private static readonly string[] VillagePool = DemoData.List("VillagePool");

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

    private static readonly Activity[] Activities = DemoData.Table<Activity[]>(DemoData.Tables, "Activities");

    private static readonly string[] SchoolNext = DemoData.List("SchoolNext");

    private static readonly string[] EducationWorks = DemoData.List("EducationWorks");

    private static readonly string[] EducationOffices = DemoData.List("EducationOffices");

    private static readonly Notice[] EducationNotices = DemoData.Table<Notice[]>(DemoData.Tables, "EducationNotices");

    private static readonly string[] SchoolBuildings = DemoData.List("SchoolBuildings");

    private static readonly string[] TownWorks = DemoData.List("TownWorks");

    private static readonly string[] CityWorks = DemoData.List("CityWorks");

    private static readonly string[] FarmWorks = DemoData.List("FarmWorks");

    private static readonly string[] CountyRoads = DemoData.List("CountyRoads");

    private static readonly string[] CompanyStems = DemoData.List("CompanyStems");

    private static readonly string[] CompanyKinds = DemoData.List("CompanyKinds");

    private static readonly string[] SupplierKinds = DemoData.List("SupplierKinds");

    private static readonly string[] Agencies = DemoData.List("Agencies");

    private static readonly string[] Funds = DemoData.List("Funds");

    private static readonly string[] Methods = DemoData.List("Methods");

    private static readonly Purchase[] Purchases = DemoData.Table<Purchase[]>(DemoData.Tables, "Purchases");

    private static readonly MineralUse[] Minerals = DemoData.Table<MineralUse[]>(DemoData.Tables, "Minerals");

    private static readonly Major[] MajorList = DemoData.Table<Major[]>(DemoData.Tables, "MajorList");

    private static readonly string[] Progress = DemoData.List("Progress");

    private static readonly string[] NextSteps = DemoData.List("NextSteps");

    private static readonly string[] ReliefLead = DemoData.List("ReliefLead");

    private static readonly EnvironmentKind[] EnvironmentKinds = DemoData.Table<EnvironmentKind[]>(DemoData.Tables, "EnvironmentKinds");

    private static readonly string[] OwnerKinds = DemoData.List("OwnerKinds");

    private static readonly string[] FoodCampaigns = DemoData.List("FoodCampaigns");

    private static readonly FoodCase[] FoodCases = DemoData.Table<FoodCase[]>(DemoData.Tables, "FoodCases");

    private static readonly SafetyDoc[] SafetyDocs = DemoData.Table<SafetyDoc[]>(DemoData.Tables, "SafetyDocs");

    private static readonly SafetyPermit[] SafetyPermits = DemoData.Table<SafetyPermit[]>(DemoData.Tables, "SafetyPermits");

    private static readonly string[] HazardSubjects = DemoData.List("HazardSubjects");

    private static readonly PermitRun[] PermitSeries = DemoData.Table<PermitRun[]>(DemoData.Tables, "PermitSeries");

    // Each notice goes out in the fortnight before its holiday.
    private static readonly HolidayNotice[] Holidays = DemoData.Table<HolidayNotice[]>(DemoData.Tables, "Holidays");

    private static readonly CriminalCase[] Cases = DemoData.Table<CriminalCase[]>(DemoData.Tables, "Cases");

    private static readonly MonthText[] Recruitment = DemoData.Table<MonthText[]>(DemoData.Tables, "Recruitment");

    private static readonly string[] PlanSites = DemoData.List("PlanSites");

    private static readonly string[] PovertyUses = DemoData.List("PovertyUses");

    private static readonly string[] SubsidyKinds = DemoData.List("SubsidyKinds");

    private static readonly string[] PriceMoves = DemoData.List("PriceMoves");

    private static readonly Regulation[] Regulations = DemoData.Table<Regulation[]>(DemoData.Tables, "Regulations");

    private static readonly string[] Chapters = DemoData.List("Chapters");

    private static readonly string[] Rooms = DemoData.List("Rooms");

    private static readonly string[] Participants = DemoData.List("Participants");

    private static readonly string[] Crops = DemoData.List("Crops");

    private static readonly string[] Trees = DemoData.List("Trees");

    private static readonly string[] GroupNumbers = DemoData.List("GroupNumbers");

    private static readonly string[] Disasters = DemoData.List("Disasters");

    private static readonly Dictionary<string, int> CountyWeights = DemoData.Table<Dictionary<string, int>>(DemoData.Units, "CountyWeights");

    private static readonly Kind[] CountyKinds = DemoData.Table<Kind[]>(DemoData.Kinds, "CountyKinds");

    private static readonly Kind[] WuxiKinds = DemoData.Table<Kind[]>(DemoData.Kinds, "WuxiKinds");

    private static readonly Dictionary<string, Kind[]> DepartmentExtras = DemoData.Table<Dictionary<string, Kind[]>>(DemoData.Kinds, "DepartmentExtras");

    private static readonly Kind[] TownKinds = DemoData.Table<Kind[]>(DemoData.Kinds, "TownKinds");
}

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
                sb.Append("<p>").Append(S("Html", "Contact", ("name", u.Name), ("short", u.Short), ("phone", u.Phone))).Append("</p>");
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
                Add(d, written, K("Budgets", "Title1", ("name", d.Name)), K("Budgets", "Text1", ("short", d.Short)), null, "03", "a20-07", "czys-bm",
                    "部门预算 预算公开", Html(d,
                        K("Budgets", "Text2", ("name", d.Name), ("total", total), ("grant", grant), ("other", total - grant)),
                        K("Budgets", "Text3", ("total", total), ("basic", basic), ("projects", total - basic), ("work", Pick(work)), ("work2", Pick(work)), ("direction", (up ? "增加" : "减少")), ("change", change), ("reason", up ? K("Budgets", "ReasonUp") : K("Budgets", "ReasonDown")))));

                var car = 2 + (rng.NextDouble() * 38);
                var reception = 1 + (rng.NextDouble() * 22);
                var cut = (car + reception) * (0.05 + (rng.NextDouble() * 0.25));
                Add(d, Workday(written, written.AddDays(6)), K("Budgets", "Title2", ("name", d.Name)), null, null, "03", "a20-07", "czys-sg",
                    "三公经费 预算公开", Html(d,
                        K("Budgets", "Text4", ("name", d.Name), ("sum", car + reception), ("car", car), ("reception", reception)),
                        K("Budgets", "Text5", ("cut", cut), ("percent", cut * 100 / (car + reception + cut)))));
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
                        title = K("LandRegistration", "Title1", ("town", town.Short), ("village", v));
                        first = K("LandRegistration", "Text1", ("town", town.Short), ("village", v));
                        second = K("LandRegistration", "Text2", ("amount", Money(180, 2600)), ("n", Num(3, 11)), ("town", town.Short));
                        break;
                    case 1:
                        title = K("LandRegistration", "Title2", ("town", town.Short), ("month", written.Month));
                        first = K("LandRegistration", "Text3", ("town", town.Short), ("village", v), ("n", Num(12, 96)));
                        second = K("LandRegistration", "Text4", ("town", town.Short));
                        break;
                    default:
                        first = K("LandRegistration", "Text5", ("countyRoads", Pick(CountyRoads)), ("n", Num(2, 9)));
                        second = K("LandRegistration", "Text6");
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
                Add(gfj, written, K("LandRegistration", "Title3", ("n", n)), null, null, "04", "a21-01", "ggzy-qq",
                    "确权登记 不动产 公告", Html(gfj, first, second));
            }

            Add(gfj, Workday(7, 7), K("LandRegistration", "Title4"), null, null, "04", "a20-15", "ggzy-cr",
                "土地出让 挂牌 公告", Html(gfj,
                    K("LandRegistration", "Text7"),
                    K("LandRegistration", "Text8")));

            var wuxi = U("wuxi");
            foreach (var (project, approval, towns) in LandRegistrationTakings)
            {
                var written = Workday(3, 10);
                var area = Money(2, 60);
                Add(wuxi, written, K("LandRegistration", "Title5", ("project", project)), null, null, "04", "a21-01", "ggzy-zd", "征收土地 公告",
                    Html(wuxi,
                        K("LandRegistration", "Text9", ("approver", (approval.StartsWith("国土", StringComparison.Ordinal) ? "国土资源部" : "重庆市人民政府")), ("approval", approval), ("project", project), ("towns", towns), ("area", area)),
                        K("LandRegistration", "Text10")));
                var later = Workday(written.AddDays(10), written.AddDays(30));
                Add(gfj, later, K("LandRegistration", "Title6", ("project", project)), null, null, "04", "a21-01", "ggzy-zd", "征地补偿 安置方案 公告",
                    Html(gfj,
                        K("LandRegistration", "Text11", ("project", project), ("area", area)),
                        K("LandRegistration", "Text12")));
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
                    return new(U("jtw"), K("WorksProject", "Title1", ("t", t), ("village", v), ("village2", v2)), "巫溪县交通委员会", t,
                        K("WorksProject", "Title2", ("amount", Money(2, 14))), 80 + (rng.NextDouble() * 520), 90 + (rng.Next(6) * 30), "公路工程施工总承包三级及以上");
                case 3:
                    return new(U("jtw"), K("WorksProject", "Title3", ("t", t)), "巫溪县交通委员会", t,
                        K("WorksProject", "Title4", ("amount", Money(8, 40))), 600 + (rng.NextDouble() * 1800), 180 + (rng.Next(4) * 30), "公路工程施工总承包三级及以上");
                case 4:
                    return new(U("jtw"), K("WorksProject", "Title5", ("t", t), ("village", v)), "巫溪县交通委员会", t,
                        K("WorksProject", "Title6", ("n", Num(18, 65))), 60 + (rng.NextDouble() * 260), 120 + (rng.Next(3) * 30), K("WorksProject", "Title7"));
                case 5 or 6:
                    return new(U("slj"), K("WorksProject", "Title8", ("t", t), ("village", v)), "巫溪县水务局", t,
                        K("WorksProject", "Title9", ("n", Num(2, 8)), ("amount", Money(6, 30)), ("n2", Num(600, 3800))), 40 + (rng.NextDouble() * 300), 60 + (rng.Next(4) * 30), "水利水电工程施工总承包三级及以上");
                case 7:
                    return new(U("slj"), K("WorksProject", "Title10", ("t", t)), "巫溪县水务局", t,
                        K("WorksProject", "Title11", ("n", Num(600, 2400))), 500 + (rng.NextDouble() * 2500), 180 + (rng.Next(4) * 30), "水利水电工程施工总承包三级及以上");
                case 8:
                    return new(U("slj"), K("WorksProject", "Title12", ("t", t), ("village", v)), "巫溪县水务局", t,
                        K("WorksProject", "Title13", ("n", Num(2, 7)), ("amount", Money(1, 6))), 30 + (rng.NextDouble() * 150), 60 + (rng.Next(3) * 30), "水利水电工程施工总承包三级及以上");
                case 9:
                    var school = Pick(Schools);
                    return new(U("cjw"), $"{school.Name}{Pick(SchoolBuildings)}建设工程", "巫溪县教育委员会", school.Town,
                        K("WorksProject", "Title14", ("n", Num(1200, 8600))), 260 + (rng.NextDouble() * 2400), 240 + (rng.Next(5) * 30), "房屋建筑工程施工总承包三级及以上");
                case 10:
                    return new(U("cjw"), K("WorksProject", "Title15", ("t", t), ("clinic", (town.Street ? "社区卫生服务中心" : "卫生院"))), "巫溪县卫生和计划生育委员会", t,
                        K("WorksProject", "Title16", ("n", Num(800, 3600))), 180 + (rng.NextDouble() * 900), 210 + (rng.Next(4) * 30), "房屋建筑工程施工总承包三级及以上");
                case 11:
                    return new(U("cjw"), $"{t}{Pick(TownWorks)}", $"巫溪县{t}{(town.Street ? "办事处" : "人民政府")}", t,
                        K("WorksProject", "Title17", ("amount", Money(150, 1200))), 150 + (rng.NextDouble() * 1000), 150 + (rng.Next(5) * 30), K("WorksProject", "Title18"));
                case 12:
                    return new(U("szj"), $"城区{Pick(CountyRoads)}{Pick(CityWorks)}", "巫溪县市政园林管理局", Pick(new[] { "宁河街道", "柏杨街道" }),
                        K("WorksProject", "Title19", ("n", Num(300, 2200))), 90 + (rng.NextDouble() * 700), 90 + (rng.Next(4) * 30), "市政公用工程施工总承包三级及以上");
                case 13:
                    return new(U("nw"), $"{t}2015年{Pick(FarmWorks)}", "巫溪县农业委员会", t,
                        K("WorksProject", "Title20", ("n", Num(800, 6000))), 120 + (rng.NextDouble() * 800), 120 + (rng.Next(4) * 30), K("WorksProject", "Title21"));
                case 14:
                    return new(U("gfj"), K("WorksProject", "Title22", ("t", t), ("village", v)), "巫溪县国土资源和房屋管理局", t,
                        K("WorksProject", "Title23", ("n", Num(60, 480)), ("n2", Num(5, 48))), 150 + (rng.NextDouble() * 900), 180 + (rng.Next(4) * 30), K("WorksProject", "Title24"));
                default:
                    return new(U("gfj"), K("WorksProject", "Title25", ("t", t), ("village", v)), "巫溪县国土资源和房屋管理局", t,
                        K("WorksProject", "Title26", ("n", Num(5, 60))), 120 + (rng.NextDouble() * 1200), 120 + (rng.Next(4) * 30), "地质灾害治理工程施工乙级及以上");
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
                Add(p.Body, announced, $"{p.Name}{service}招标公告", null, null, p.Body.Topic, "a20-10", "ggzy-gc", K("Tendering", "Title1", ("service", service)), Html(p.Body,
                    K("Tendering", "Text1", ("name", p.Name), ("n", rng.Next(3, 260)), ("owner", p.Owner), ("funds", Pick(Funds)), ("scope", scope), ("town", p.Town), ("scale", p.Scale), ("budget", budget), ("days", p.Days)),
                    K("Tendering", "Text2", ("qualification", qualification), ("date", Md(announced.AddDays(1))), ("date2", Md(announced.AddDays(7))), ("opening", Md(opening)))), announced);
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
                Add(p.Body, evaluatedOn, K("Tendering", "Title2", ("name", p.Name), ("service", service)), null, null, p.Body.Topic, "a20-10", "ggzy-gc", K("Tendering", "Title3", ("service", service)), Html(p.Body,
                    K("Tendering", "Text3", ("name", p.Name), ("service", service), ("opening", Md(opening)), ("bidders", bidders), ("c1", c1), ("p1", p1), ("c2", c2), ("price2", p1 * (1.004 + (rng.NextDouble() * 0.02))), ("c3", c3), ("price3", p1 * (1.025 + (rng.NextDouble() * 0.03)))),
                    K("Tendering", "Text4", ("evaluatedOn", Md(evaluatedOn)), ("date", Md(NextWorkday(evaluatedOn.AddDays(3)))), ("body", p.Body.Name))), evaluatedOn);
                if (!awarded)
                {
                    continue;
                }

                var awardedOn = Workday(evaluatedOn.AddDays(5), evaluatedOn.AddDays(10));
                Add(p.Body, awardedOn, K("Tendering", "Title4", ("name", p.Name), ("service", service)), null, null, p.Body.Topic, "a20-10", "ggzy-gc", K("Tendering", "Title5", ("service", service)), Html(p.Body,
                    K("Tendering", "Text5", ("name", p.Name), ("service", service), ("c1", c1), ("p1", p1), ("days", p.Days), ("manager", (service == "监理" ? "总监理工程师" : "项目经理")), ("person", Person())),
                    K("Tendering", "Text6", ("owner", p.Owner), ("agencies", Pick(Agencies)), ("body", p.Body.Name))), awardedOn);
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
                picks.Add((purchaser, seen == 0 ? goods : K("Procurement", "Title1", ("goods", goods), ("quarter", QuarterName(seen + 1))), spec, Workday(new DateOnly(2015, 1, 15), new DateOnly(2015, 11, 30))));
            }

            var serial = 0;
            foreach (var (purchaser, goods, spec, on) in picks.OrderBy(p => p.On))
            {
                serial += 1 + (rng.Next(4) == 0 ? 1 : 0);
                var code = string.Create(CultureInfo.InvariantCulture, $"WXCG-2015-{serial:D3}");
                var method = Pick(Methods);
                var budget = 8 + (rng.NextDouble() * 380);
                var close = Workday(on.AddDays(method == "公开招标" ? 20 : 7), on.AddDays(method == "公开招标" ? 23 : 10));
                Add(czj, on, K("Procurement", "Title2", ("purchaser", purchaser), ("goods", goods), ("code", code), ("method", method)), null, null, "03", "a20-09", "ggzy-cg", "政府采购 采购公告", Html(czj,
                    K("Procurement", "Text1", ("purchaser", purchaser), ("goods", goods), ("code", code), ("method", method), ("budget", budget), ("spec", spec)),
                    K("Procurement", "Text2", ("on", Md(on)), ("date", Md(on.AddDays(5))), ("close", Md(close)), ("person", Person()), ("n", Num(100, 999)))), on);
                var result = Workday(close.AddDays(1), close.AddDays(6));
                Add(czj, result, K("Procurement", "Title3", ("purchaser", purchaser), ("goods", goods), ("code", code)), null, null, "03", "a20-09", "ggzy-cg", "政府采购 结果公示", Html(czj,
                    K("Procurement", "Text3", ("purchaser", purchaser), ("close", Md(close)), ("goods", goods), ("code", code), ("method", method), ("companyStems", Pick(CompanyStems)), ("supplierKinds", Pick(SupplierKinds)), ("price", budget * (0.86 + (rng.NextDouble() * 0.12)))),
                    K("Procurement", "Text4", ("person", Person()), ("person2", Person()), ("person3", Person()), ("person4", Person()), ("n", Num(100, 999)))), result);
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
                    name = K("LandAndMining", "Title1", ("town", town.Short), ("n", Num(1, 9)));
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
                Add(gfj, on, $"{name}{kind}{mode}出让公告", null, null, "04", "a20-15", "ggzy-kq", K("LandAndMining", "Title2", ("kind", (land ? "土地" : "采矿权")), ("mode", mode)), Html(gfj,
                    land
                        ? K("LandAndMining", "Text1", ("mode", mode), ("name", name), ("n", Num(1200, 9800)), ("amount", Money(1.2, 2.5)), ("price", price))
                        : K("LandAndMining", "Text2", ("mode", mode), ("name", name), ("kind", kind), ("amount", Money(0.02, 0.3)), ("n", Num(900, 1300)), ("n2", Num(700, 890)), ("n3", Num(5, 30)), ("n4", Num(3, 6)), ("price", price)),
                    K("LandAndMining", "Text3", ("date", Md(on.AddDays(20))), ("mode", mode), ("date2", Md(on.AddDays(22))), ("date3", Md(on.AddDays(32))))), on);
                if (closed < 4 && on.Month <= 9)
                {
                    closed++;
                    var done = Workday(on.AddDays(33), on.AddDays(40));
                    Add(gfj, done, K("LandAndMining", "Title3", ("name", name), ("kind", kind), ("mode", mode)), null, null, "04", "a20-15", "ggzy-kq", $"{(land ? "土地" : "采矿权")} 成交公示", Html(gfj,
                        K("LandAndMining", "Text4", ("name", name), ("kind", kind), ("mode", mode), ("date", Md(on.AddDays(32))), ("company", Company()), ("price", price * (1.05 + (rng.NextDouble() * 0.4)))),
                        K("LandAndMining", "Text5")), done);
                }
            }
        }

        private void MajorProjects()
        {
            var fgw = U("fgw");
            Add(fgw, Workday(new DateOnly(2015, 2, 26), new DateOnly(2015, 3, 13)), "巫溪县2015年重点建设项目名单", K("MajorProjects", "Text1"),
                null, "02", "a20-10", "zdxm-jd", "重点项目 投资计划", Html(fgw,
                    K("MajorProjects", "Text2", ("count", MajorList.Length + 48), ("newCount", MajorList.Length + 7)),
                    K("MajorProjects", "Text3")));

            // Progress sheets for the first 26 listed projects, each refreshed once in the year.
            foreach (var m in MajorList.Take(26))
            {
                var on = Workday(4, 11);
                var invest = m.Invest;
                var year = invest * (0.18 + (rng.NextDouble() * 0.3));
                var done = year * Math.Min(0.97, (on.Month / 12.0) + (rng.NextDouble() * 0.15));
                var owner = U(m.Dept);
                Add(fgw, on, K("MajorProjects", "Title1", ("name", m.Name)), null, null, "02", "a20-10", "zdxm-jd", "重点项目 建设进度 投资", Html(fgw,
                    K("MajorProjects", "Text4", ("name", m.Name), ("content", m.Content), ("invest", invest), ("year", year), ("owner", owner.Name)),
                    K("MajorProjects", "Text5", ("month", on.Month - 1), ("done", done), ("percent", done * 100 / year), ("progress", Pick(Progress)), ("nextSteps", Pick(NextSteps)))));
            }

            var planned = 52.7;
            for (var m = 3; m <= 11; m++)
            {
                var on = Workday(new DateOnly(2015, m + 1, 1), new DateOnly(2015, m + 1, 12));
                var share = Math.Min(0.99, (m / 12.0 * 0.97) + (rng.NextDouble() * 0.04));
                Add(fgw, on, K("MajorProjects", "Title2", ("m", m)), null, fgw.Issuer, "02", "a20-10", "zdxm-tb", "重点项目 完成情况 通报", Html(fgw,
                    K("MajorProjects", "Text6", ("m", m), ("amount", planned * share), ("percent", share * 100), ("project", MajorList[rng.Next(MajorList.Length)].Name), ("project2", MajorList[rng.Next(MajorList.Length)].Name)),
                    K("MajorProjects", "Text7")));
            }

            (string Suffix, string Kind)[] approvals = [("可行性研究报告", "批复"), ("初步设计", "批复"), ("项目", "核准批复"), ("项目建议书", "批复")];
            foreach (var m in MajorList.Skip(4).Take(11))
            {
                var (suffix, kind) = Pick(approvals);
                var on = Workday(2, 12);
                var owner = U(m.Dept);
                Add(fgw, on, $"关于{m.Name}{suffix}的{kind}", null, "巫溪发改投", "02", "a20-10", "zdxm-sp", "项目审批 批复", Html(fgw,
                    K("MajorProjects", "Text8", ("owner", owner.Name), ("name", m.Name), ("suffix", suffix), ("what", (suffix == "项目" ? "核准" : suffix)), ("content", m.Content), ("invest", m.Invest)),
                    K("MajorProjects", "Text9")));
            }

            var sections = new List<(Major M, string Section)>();
            foreach (var m in MajorList)
            {
                sections.Add((m, "施工"));
            }

            while (sections.Count < 34)
            {
                var m = Pick(MajorList);
                var section = Pick(new[] { "监理", K("MajorProjects", "Title3"), "勘察设计" });
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
                    K("MajorProjects", "Text10", ("name", m.Name), ("owner", owner.Name), ("section", section), ("content", m.Content), ("budget", budget)),
                    K("MajorProjects", "Text11", ("date", Md(on.AddDays(21))))), on);
                var pre = Workday(on.AddDays(22), on.AddDays(28));
                var winner = Company();
                var price = budget * (0.9 + (rng.NextDouble() * 0.07));
                Add(owner, pre, $"{m.Name}{section}预中标公示", null, null, owner.Topic, "a20-10", "zdxm-zb", "重点项目 预中标 公示", Html(owner,
                    K("MajorProjects", "Text12", ("name", m.Name), ("section", section), ("winner", winner), ("price", price), ("company", Company()), ("company2", Company())),
                    K("MajorProjects", "Text13", ("pre", Md(pre)), ("owner", owner.Name))), pre);
                if (i == sections.Count - 1)
                {
                    // The last award of the year was signed in January 2016.
                    continue;
                }

                var award = Workday(pre.AddDays(6), pre.AddDays(12));
                Add(owner, award, $"{m.Name}{section}中标公告", null, null, owner.Topic, "a20-10", "zdxm-zb", "重点项目 中标公告", Html(owner,
                    K("MajorProjects", "Text14", ("name", m.Name), ("section", section), ("winner", winner), ("price", price)),
                    K("MajorProjects", "Text15", ("owner", owner.Name))), award);
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
                Add(mzj, on, K("Subsistence", "Title1", ("m", m)), null, null, "16", "a21-01", "ggfw-db", "城乡低保 资金发放 公示", Html(mzj,
                    K("Subsistence", "Text1", ("m", m), ("urbanMoney", urbanMoney), ("urban", urban), ("ruralMoney", ruralMoney), ("rural", rural)),
                    K("Subsistence", "Text2")));
            }

            for (var q = 1; q <= 4; q++)
            {
                var on = q == 4 ? Workday(new DateOnly(2015, 12, 14), new DateOnly(2015, 12, 25)) : Workday(q * 3 + 1, q * 3 + 1);
                Add(mzj, on, K("Subsistence", "Title2", ("quarter", QuarterName(q))), null, null, "16", "a21-01", "ggfw-db", "民政资金 专项资金 公示", Html(mzj,
                    Spending(q),
                    K("Subsistence", "Text3")));
            }

            Add(mzj, Workday(6, 6), "巫溪县民政局关于提高城乡低保标准的公告", null, null, "16", "a21-01", "ggfw-db", "城乡低保 保障标准 公告", Html(mzj,
                K("Subsistence", "Text4"),
                K("Subsistence", "Text5")));
            Add(mzj, Workday(3, 3), K("Subsistence", "Title3"), null, mzj.Issuer, "16", "a21-01", "ggfw-db", "城乡低保 专项治理", Html(mzj,
                K("Subsistence", "Text6"),
                K("Subsistence", "Text7")));

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
                    K("Subsistence", "Text8", ("on", Md(on)), ("town", town.Short), ("village", Village(town)), ("village2", Village(town)), ("n", rng.Next(20, 90))),
                    K("Subsistence", "Text9")));
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
                    ? K("Subsistence", "Title4", ("town", town.Short), ("quarter", QuarterName(q)))
                    : K("Subsistence", "Title5", ("town", town.Short), ("village", v));
                if (titles.Contains(title))
                {
                    continue;
                }

                var on = title.Contains("季度", StringComparison.Ordinal) ? Workday((q * 3) - 2, q * 3) : Workday(1, 12);
                Add(town, on, title, null, null, "16", "a21-02", "ggfw-db", "低保 公示", Html(town,
                    K("Subsistence", "Text10", ("villageKind", (town.Street ? "社区" : "村")), ("town", town.Short), ("who", (title.Contains("季度", StringComparison.Ordinal) ? "本季度低保对象" : v + "新增低保对象")), ("n", rng.Next(3, 40)), ("n2", rng.Next(40, 80))),
                    K("Subsistence", "Text11", ("town", town.Short), ("phone", town.Phone))));
                made++;
            }
        }

        private string Spending(int q)
        {
            double[] parts = [1800 + (rng.NextDouble() * 800), 180 + (rng.NextDouble() * 240), 60 + (rng.NextDouble() * 100), 300 + (rng.NextDouble() * 220), 80 + (rng.NextDouble() * 180)];
            return K("Spending", "Text1", ("quarter", QuarterName(q)), ("sum", parts.Sum()), ("subsistence", parts[0]), ("medical", parts[1]), ("temporary", parts[2]), ("veterans", parts[3]), ("other", parts[4]));
        }

        private void SocialSecurity()
        {
            var rsj = U("rsj");
            for (var m = 1; m <= 12; m++)
            {
                var on = Workday(m, m);
                Add(rsj, on, K("SocialSecurity", "Title1", ("m", m)), null, null, "14", "a20-11", "ggfw-sb", "城乡居民养老保险 待遇发放", Html(rsj,
                    K("SocialSecurity", "Text1", ("m", m), ("n", rng.Next(68000, 71000)), ("amount", Money(620, 690))),
                    K("SocialSecurity", "Text2")));
            }

            for (var q = 1; q <= 4; q++)
            {
                var on = q == 4 ? Workday(new DateOnly(2015, 12, 10), new DateOnly(2015, 12, 25)) : Workday(q * 3 + 1, q * 3 + 1);
                Add(rsj, on, K("SocialSecurity", "Title2", ("quarter", QuarterName(q))), null, null, "14", "a20-11", "ggfw-sb", "工伤认定 公示", Html(rsj,
                    K("SocialSecurity", "Text3", ("quarter", QuarterName(q)), ("n", rng.Next(12, 40)), ("n2", rng.Next(10, 30)), ("n3", rng.Next(0, 3))),
                    K("SocialSecurity", "Text4")));
                Add(rsj, Workday(on, on.AddDays(12)), K("SocialSecurity", "Title3", ("quarter", QuarterName(q))), null, null, "14", "a20-11", "ggfw-sb", "养老保险 参保", Html(rsj,
                    K("SocialSecurity", "Text5", ("quarter", QuarterName(q)), ("n", rng.Next(21000, 23000)), ("n2", rng.Next(15000, 16500)), ("n3", rng.Next(5800, 6400)), ("amount", Money(1800, 2600)), ("amount2", Money(2400, 2900))),
                    K("SocialSecurity", "Text6")));
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
                var title = K("SocialSecurity", "Title4", ("town", town.Short));
                if (titles.Contains(title))
                {
                    continue;
                }

                Add(rsj, Workday(5, 12), title, null, null, "14", "a20-11", "ggfw-sb", "城乡居民养老保险 参保 公示", Html(rsj,
                    K("SocialSecurity", "Text7", ("town", town.Short), ("n", rng.Next(4200, 16000)), ("n2", rng.Next(3800, 15000)), ("amount", Money(90, 98)), ("n3", rng.Next(120, 900))),
                    K("SocialSecurity", "Text8", ("town", town.Short))));
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
                    K("Relief", "Text1", ("lead", ReliefLead[i % ReliefLead.Length])),
                    K("Relief", "Text2", ("amount", Money(30, 600)))));
            }
        }

        private void HealthCharges()
        {
            var wjw = U("wjw");
            foreach (var town in Units.Townships)
            {
                var clinic = town.Short + (town.Street ? "社区卫生服务中心" : "卫生院");
                Add(wjw, Workday(2, 11), K("HealthCharges", "Title1", ("clinic", clinic)), null, null, "12", "a20-08", "ggfw-yl", "医疗服务 收费 公示", Html(wjw,
                    K("HealthCharges", "Text1", ("clinic", clinic), ("fee", Pick(new[] { "2", "3" })), ("n", Num(8, 12)), ("n2", Num(1, 2)), ("n3", Num(4, 6)), ("n4", Num(10, 18)), ("n5", Num(30, 55))),
                    K("HealthCharges", "Text2")));
                Add(wjw, Workday(3, 12), K("HealthCharges", "Title2", ("clinic", clinic)), null, null, "12", "a20-08", "ggfw-yl", "基本药物 零差率 价格公示", Html(wjw,
                    K("HealthCharges", "Text3", ("clinic", clinic), ("n", rng.Next(310, 420))),
                    K("HealthCharges", "Text4", ("n", rng.Next(60, 160)))));
            }

            string[] hospitals = ["巫溪县人民医院", "巫溪县中医院", "巫溪县妇幼保健院", "巫溪县疾病预防控制中心"];
            foreach (var h in hospitals)
            {
                Add(wjw, Workday(1, 4), K("HealthCharges", "Title3", ("h", h)), null, null, "12", "a20-08", "ggfw-yl", "医疗服务价格 公示", Html(wjw,
                    K("HealthCharges", "Text5", ("h", h)),
                    K("HealthCharges", "Text6")));
                Add(wjw, Workday(5, 12), K("HealthCharges", "Title4", ("h", h)), null, null, "12", "a20-08", "ggfw-yl", "药品价格 耗材 公示", Html(wjw,
                    K("HealthCharges", "Text7", ("h", h)),
                    K("HealthCharges", "Text8")));
            }

            foreach (var (title, month, first, second) in HealthChargesNotices)
            {
                Add(wjw, Workday(month, month), title, null, null, "12", "a20-08", "ggfw-yl", "医疗收费 公示", Html(wjw, first, second));
            }

            for (var m = 1; m <= 12; m++)
            {
                Add(wjw, Workday(m, m), K("HealthCharges", "Title5", ("m", m)), null, null, "12", "a20-08", "ggfw-yl", "次均费用 住院 公示", Html(wjw,
                    K("HealthCharges", "Text9", ("m", m), ("n", rng.Next(700, 1100)), ("n2", rng.Next(3100, 4000)), ("amount", Money(34, 41)), ("n3", rng.Next(9000, 13000)), ("n4", rng.Next(110, 160))),
                    K("HealthCharges", "Text10")));
                Add(wjw, Workday(m, m), K("HealthCharges", "Title6", ("m", m)), null, null, "12", "a20-08", "ggfw-yl", "次均费用 住院 公示", Html(wjw,
                    K("HealthCharges", "Text11", ("m", m), ("n", rng.Next(1500, 2300)), ("n2", rng.Next(3600, 4600)), ("amount", Money(32, 38)), ("n3", rng.Next(130, 180))),
                    K("HealthCharges", "Text12")));
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
                        'K' => ("学前教育资助名单", K("Education", "Title1")),
                        'H' => ("普通高中国家助学金名单", K("Education", "Title2")),
                        'V' => ("中职学生国家助学金及免学费名单", K("Education", "Title3")),
                        _ => ("家庭经济困难寄宿生生活补助名单", K("Education", "Title4")),
                    };
                    if (s.Type is 'H' or 'V' && term == "春季")
                    {
                        continue;
                    }

                    var n = s.Type switch { 'K' => rng.Next(12, 60), 'H' or 'V' => rng.Next(300, 900), 'M' => rng.Next(120, 500), _ => rng.Next(30, 260) };
                    Edu(Workday(from, to), K("Education", "Title5", ("name", s.Name), ("term", term), ("what", what)), null, "a20-11", "学生资助 公示",
                        K("Education", "Text1", ("policy", policy), ("name", s.Name), ("term", term), ("n", n)),
                        K("Education", "Text2"));
                }
            }

            foreach (var (title, month, first, doc) in EducationNotices)
            {
                var topic = title.Replace("巫溪县教育委员会关于", "", StringComparison.Ordinal).Replace("的通知", "", StringComparison.Ordinal);
                var on = Workday(month, month);
                Edu(on, title, doc ? jw.Issuer : null, title.Contains("收费", StringComparison.Ordinal) ? "a20-08" : "a20-11", "教育 通知",
                    K("Education", "Title6", ("first", first)),
                    K("Education", "Text3", ("date", Md(Clamp(on.AddDays(rng.Next(10, 25))))), ("educationOffices", Pick(EducationOffices)), ("n", Num(3200, 3299))),
                    K("Education", "Text4", ("topic", topic)));
            }

            foreach (var meeting in EducationMeetingTopics)
            {
                var on = Workday(1, 12);
                var focus = meeting.Replace("全县", "", StringComparison.Ordinal).Replace("2015年", "", StringComparison.Ordinal).Replace("工作推进会", "", StringComparison.Ordinal)
                    .Replace("工作会", "", StringComparison.Ordinal).Replace("动员会", "", StringComparison.Ordinal).Replace("会", "", StringComparison.Ordinal);
                Edu(on, $"县教委召开{meeting}", null, "a20-11", "教育 会议",
                    K("Education", "Text5", ("on", Md(on)), ("meeting", meeting), ("focus", focus)),
                    K("Education", "Text6", ("demands", Demands(focus))));
            }

            var inspections = 0;
            while (inspections < 180)
            {
                var town = Pick(Units.Townships.Where(t => !t.Street).ToArray());
                var work = Pick(EducationWorks);
                var title = K("Education", "Title7", ("town", town.Short), ("work", work));
                if (titles.Contains(title))
                {
                    continue;
                }

                Edu(Workday(2, 12), title, null, "a20-11", $"{work} 督查",
                    K("Education", "Text7", ("town", town.Short), ("work", work)),
                    K("Education", "Text8", ("town", town.Short), ("work", work)));
                inspections++;
            }

            var bulletins = Enumerable.Range(0, 48).Select(_ => Workday(1, 12)).Order().ToArray();
            for (var i = 0; i < bulletins.Length; i++)
            {
                var (a, b) = (Pick(Schools), Pick(Schools));
                Edu(bulletins[i], K("Education", "Title8", ("no", i + 1)), null, "a20-11", "教育简报 教育动态",
                    K("Education", "Text9", ("name", a.Name), ("activity", Pick(Activities).Act), ("name2", b.Name), ("activity2", Pick(Activities).Act), ("educationWorks", Pick(EducationWorks))),
                    K("Education", "Text10"));
            }

            foreach (var m in new[] { 3, 4, 5, 6, 9, 10, 11, 12 })
            {
                Edu(Workday(m, m), K("Education", "Title9", ("m", m)), null, "a20-11", "营养改善计划 公示",
                    K("Education", "Text11", ("m", m), ("n", rng.Next(182, 190)), ("n2", rng.Next(52000, 54000)), ("amount", Money(420, 470))),
                    K("Education", "Text12"));
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
                    'K' => K("Education", "Title10", ("n", rng.Next(6, 30) * 10)),
                    'P' => K("Education", "Title11", ("n", rng.Next(12, 160) * 10)),
                    'M' => K("Education", "Title12", ("n", rng.Next(60, 220) * 10)),
                    _ => K("Education", "Title13", ("n", rng.Next(150, 480) * 10)),
                };
                Edu(on, s.Name + a.Act, null, "a20-11", a.Keywords,
                    K("Education", "Text13", ("on", Md(on)), ("name", s.Name), ("act", a.Act), ("detail", a.Detail.Replace("{T}", s.Town, StringComparison.Ordinal))),
                    K("Education", "Text14", ("who", who), ("outcome", a.Outcome), ("name", s.Name), ("schoolNext", Pick(SchoolNext))),
                    rng.Next(3) == 0 ? K("Education", "Text15", ("name", s.Name), ("act", a.Act), ("outcome", a.Outcome)) : null);
            }
        }

        private void Environment()
        {
            var hbj = U("hbj");
            // Read before the loop: a year may never reach a level, and its advice must still be found in the file.
            string[] advices = [K("Environment", "AdviceGood"), K("Environment", "AdviceModerate"), K("Environment", "AdviceLight")];
            for (var d = Jan1; d <= Dec31; d = d.AddDays(1))
            {
                // Winter inversions over the 大宁河 valley push the index up; summers are clean.
                var season = Math.Cos(2 * Math.PI * (d.DayOfYear - 15) / 365.0);
                var aqi = (int)Math.Clamp(52 + (26 * season) + ((rng.NextDouble() - 0.5) * 44), 18, 138);
                var (grade, level, advice) = aqi switch
                {
                    <= 50 => ("一级", "优", advices[0]),
                    <= 100 => ("二级", "良", advices[1]),
                    _ => ("三级", "轻度污染", advices[2]),
                };
                var pm25 = (int)(aqi * (0.55 + (rng.NextDouble() * 0.2)));
                var primary = aqi <= 50 ? "无" : d.Month is >= 5 and <= 8 && rng.Next(3) == 0 ? K("Environment", "Title1") : d.Month is 3 or 4 && rng.Next(2) == 0 ? K("Environment", "Title2") : K("Environment", "Title3");
                Add(hbj, d, K("Environment", "Title4", ("month", d.Month), ("day", d.Day)), null, null, "09", "a20-13", "hjbh-kq", "空气质量 日报 AQI", Html(hbj,
                    K("Environment", "Text4", ("date", Ymd(d)), ("aqi", aqi), ("grade", grade), ("level", level), ("primary", primary)),
                    K("Environment", "Text5", ("n", rng.Next(6, 24)), ("n2", rng.Next(9, 36)), ("pm10", (int)(pm25 * (1.35 + (rng.NextDouble() * 0.3)))), ("pm25", pm25), ("co", 0.4 + (rng.NextDouble() * 0.9)), ("n3", rng.Next(36, d.Month is >= 5 and <= 8 ? 168 : 110)), ("advice", advice))), d);
            }

            foreach (var (title, month, first, second) in EnvironmentWater)
            {
                Add(hbj, Workday(month, month), title, null, null, "09", "a20-13", "hjbh-sz", "水环境质量 水质监测", Html(hbj, first, second));
            }

            Add(hbj, Workday(3, 3), "巫溪县2015年国家重点监控企业名单", null, null, "09", "a20-13", "hjbh-pf", "重点监控企业 污染源", Html(hbj,
                K("Environment", "Text6"),
                K("Environment", "Text7")));
            Add(hbj, Workday(8, 8), K("Environment", "Title5"), null, null, "09", "a20-13", "hjbh-pf", "污染源 监督性监测", Html(hbj,
                K("Environment", "Text8"),
                K("Environment", "Text9")));

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
                Add(hbj, p.On, K("Environment", "Title6", ("name", p.Name), ("report", p.Report)), null, null, "09", "a20-05", "hjbh-sp", "环评审批 公示", Html(hbj,
                    K("Environment", "Text10", ("name", p.Name), ("report", p.Report), ("owner", p.Owner), ("place", p.Place), ("content", p.Content), ("invest", invest), ("green", invest * (0.03 + (rng.NextDouble() * 0.08)))),
                    K("Environment", "Text11", ("measures", p.Measures), ("date", Md(p.On)), ("date2", Md(Later(p.On, 7, 7))), ("phone", hbj.Phone))), p.On);
                var approved = Workday(p.On.AddDays(9), p.On.AddDays(18));
                Add(hbj, approved, $"关于{p.Name}{p.Report}的批复", null, "巫溪环准", "09", "a20-05", "hjbh-sp", "环评批复 建设项目", Html(hbj,
                    K("Environment", "Text12", ("owner", p.Owner), ("name", p.Name), ("report", p.Report)),
                    K("Environment", "Text13", ("measures", p.Measures))));
                if (accepted < 77 && approved.AddDays(70) < new DateOnly(2015, 12, 20))
                {
                    accepted++;
                    var done = Workday(approved.AddDays(60), Min(approved.AddDays(210), new DateOnly(2015, 12, 20)));
                    Add(hbj, done, K("Environment", "Title7", ("name", p.Name)), null, null, "09", "a20-05", "hjbh-sp", "竣工环保验收 公示", Html(hbj,
                        K("Environment", "Text14", ("name", p.Name), ("report", p.Report)),
                        K("Environment", "Text15", ("phone", hbj.Phone))), done);
                }
            }

            foreach (var (project, owner, month) in EnvironmentBig)
            {
                var first = Workday(month, month);
                Add(hbj, first, K("Environment", "Title8", ("project", project)), null, null, "09", "a20-13", "hjbh-hp", "环境影响评价 信息公示", Html(hbj,
                    K("Environment", "Text16", ("project", project), ("owner", owner)),
                    K("Environment", "Text17")));
                Add(hbj, Workday(first.AddDays(30), first.AddDays(50)), K("Environment", "Title9", ("project", project)), null, null, "09", "a20-13", "hjbh-hp", "环境影响评价 信息公示", Html(hbj,
                    K("Environment", "Text18", ("project", project)),
                    K("Environment", "Text19")));
            }

            Add(hbj, Workday(10, 10), K("Environment", "Title10"), null, null, "09", "a20-13", "hjbh-hp", "环境影响报告书 简本", Html(hbj,
                K("Environment", "Text20"),
                K("Environment", "Text21")));
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
                Add(spyj, start, K("FoodAndDrugs", "Title1", ("campaign", campaigns[i])), null, spyj.Issuer, "08", "a20-13", "spyp-zz", "专项整治 通知", Html(spyj,
                    K("FoodAndDrugs", "Text1", ("campaign", campaigns[i])),
                    K("FoodAndDrugs", "Text2", ("start", Md(start)), ("end", Md(Clamp(start.AddDays(90)))))));
                if (i < campaigns.Length - 1)
                {
                    var report = Workday(Clamp(start.AddDays(60)), Clamp(start.AddDays(100)));
                    Add(spyj, report, K("FoodAndDrugs", "Title2", ("campaign", campaigns[i])), null, null, "08", "a20-13", "spyp-zz", "专项整治 情况通报", Html(spyj,
                        K("FoodAndDrugs", "Text3", ("campaign", campaigns[i]), ("n", rng.Next(120, 600)), ("n2", rng.Next(150, 900)), ("n3", rng.Next(30, 180)), ("n4", rng.Next(2, 15)), ("amount", Money(1, 12))),
                        K("FoodAndDrugs", "Text4")));
                }
            }

            var gsp = Enumerable.Range(0, 3).Select(_ => Workday(2, 11)).Order().ToArray();
            for (var i = 0; i < gsp.Length; i++)
            {
                Add(spyj, gsp[i], K("FoodAndDrugs", "Title3", ("quarter", QuarterName(i + 1))), null, null, "08", "a20-05", "spyp-gsp", "GSP认证 药品经营 公示", Html(spyj,
                    K("FoodAndDrugs", "Text5", ("pharmacy", Stem(Village(Town()))), ("pharmacy2", Stem(Village(Town()))), ("n", rng.Next(4, 12))),
                    K("FoodAndDrugs", "Text6")));
            }

            var joint = Enumerable.Range(0, 5).Select(_ => Workday(2, 12)).Order().ToArray();
            for (var i = 0; i < joint.Length; i++)
            {
                Add(spyj, joint[i], K("FoodAndDrugs", "Title4", ("no", i + 1)), null, null, "08", "a20-13", "spyp-tb", "食品安全 抽检 联合通报", Html(spyj,
                    K("FoodAndDrugs", "Text7", ("n", rng.Next(60, 200)), ("n2", rng.Next(58, 196))),
                    K("FoodAndDrugs", "Text8")));
            }

            foreach (var (title, from, to) in FoodAndDrugsQuick)
            {
                Add(spyj, Workday(from, to), title, null, null, "08", "a20-13", "spyp-jg", "快速检测 结果公示", Html(spyj,
                    K("FoodAndDrugs", "Text9", ("n", rng.Next(120, 400))),
                    K("FoodAndDrugs", "Text10", ("n", rng.Next(1, 4)))));
            }

            var cases = 0;
            while (cases < 12)
            {
                var town = Town();
                var (party, offense, basis, penalty) = Pick(FoodCases);
                var name = party.Replace("{T}", town.Short, StringComparison.Ordinal).Replace("{V}", Stem(Village(town)), StringComparison.Ordinal);
                var on = Workday(2, 12);
                var title = K("FoodAndDrugs", "Title5", ("name", name), ("offense", offense));
                if (titles.Contains(title))
                {
                    continue;
                }

                cases++;

                Add(spyj, on, title, null, "巫溪食药监罚", "08", "a20-06", "spyp-cf", "行政处罚 食品药品", Html(spyj,
                    K("FoodAndDrugs", "Text11", ("name", name), ("person", Person()), ("offense", offense)),
                    K("FoodAndDrugs", "Text12", ("basis", basis), ("penalty", penalty))));
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
                    ? (K("WorkSafety", "Text1"),
                        K("WorkSafety", "Text2"))
                    : title.EndsWith("通知", StringComparison.Ordinal)
                        ? (K("WorkSafety", "Text3"),
                            K("WorkSafety", "Text4"))
                        : (K("WorkSafety", "Text5", ("title", title)),
                            K("WorkSafety", "Text6"));
                var issuer = !doc ? null : title.Contains("安全生产委员会", StringComparison.Ordinal) ? "巫溪安委发" : ajj.Issuer;
                Add(ajj, Workday(month, month), title, null, issuer, "08", title.Contains("预案", StringComparison.Ordinal) ? "a20-12" : "a20-01", "aqsc-ya",
                    title.Contains("预案", StringComparison.Ordinal) ? "应急预案 安全生产" : "安全生产 法规政策", Html(ajj, first, second));
                made++;
            }

            for (var m = 1; m <= 12; m++)
            {
                Add(ajj, Workday(m, m), K("WorkSafety", "Title1", ("m", m)), null, null, "08", "a20-13", "aqsc-ya", "安全生产 执法检查 公示", Html(ajj,
                    K("WorkSafety", "Text7", ("m", m), ("n", rng.Next(40, 130)), ("n2", rng.Next(60, 260)), ("n3", rng.Next(50, 240)), ("n4", rng.Next(20, 80)), ("n5", rng.Next(0, 6))),
                    K("WorkSafety", "Text8")));
                var next = m == 12 ? Workday(new DateOnly(2015, 12, 20), Dec31) : Workday(m + 1, m + 1);
                Add(ajj, next, K("WorkSafety", "Title2", ("m", m)), null, null, "08", "a20-12", "aqsc-ya", "安全生产 形势通报", Html(ajj,
                    K("WorkSafety", "Text9", ("m", m), ("n", rng.Next(6, 12 + (m * 2))), ("n2", rng.Next(m >= 3 ? 2 : 0, m >= 3 ? 7 : 2))),
                    K("WorkSafety", "Text10")));
                made += 2;
            }

            foreach (var town in Units.Townships)
            {
                Add(ajj, Workday(new DateOnly(2015, 1, 5), new DateOnly(2015, 2, 10)), K("WorkSafety", "Title3", ("town", town.Short)), null, null, "08", "a20-05", "aqsc-ya", "烟花爆竹 零售许可 公示", Html(ajj,
                    K("WorkSafety", "Text11", ("town", town.Short), ("n", rng.Next(2, 12))),
                    K("WorkSafety", "Text12")));
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
                    K("WorkSafety", "Text13", ("name", name), ("certificate", certificate.Replace("核发", "", StringComparison.Ordinal).Replace("延期", "延期换证", StringComparison.Ordinal))),
                    K("WorkSafety", "Text14", ("phone", ajj.Phone))));
                made++;
            }

            var listed = Enumerable.Range(0, 10).Select(_ => Workday(3, 12)).Order().ToArray();
            for (var i = 0; i < listed.Length; i++)
            {
                var town = Town();
                Add(ajj, listed[i], K("WorkSafety", "Title4", ("no", i + 1)), null, null, "08", "a20-12", "aqsc-ya", "隐患 挂牌督办", Html(ajj,
                    K("WorkSafety", "Text15", ("town", town.Short), ("hazardSubjects", Pick(HazardSubjects)), ("office", (town.Street ? "办事处" : "人民政府"))),
                    K("WorkSafety", "Text16", ("deadline", Md(Clamp(listed[i].AddDays(30)))))));
            }
        }

        private void Approvals()
        {
            var wuxi = U("wuxi");
            var zfb = U("zfb");
            var xzfw = U("xzfw");
            // The five standing documents on approvals: entry n of keyareas.json is Title{n} with Text{2n-1} and Text{2n}.
            void Standing(Unit u, int from, int to, int n, string? issuer, string category, string keywords) =>
                Add(u, Workday(from, to), K("Approvals", $"Title{n}"), null, issuer, "01", category, "xzsp-ml", keywords,
                    Html(u, K("Approvals", $"Text{(2 * n) - 1}"), K("Approvals", $"Text{2 * n}")));

            Standing(wuxi, 3, 3, 1, wuxi.Issuer, "a20-01", "行政审批 目录管理");
            Standing(wuxi, 4, 4, 2, wuxi.Issuer, "a20-05", "行政审批 事项目录");
            Standing(wuxi, 7, 7, 3, wuxi.Issuer, "a20-05", "行政审批 取消 调整");
            Standing(zfb, 5, 5, 4, zfb.Issuer, "a20-01", "行政审批 体外循环 责任追究");
            Standing(xzfw, 5, 6, 5, null, "a20-05", "行政服务中心 进驻事项 办事指南");

            for (var week = 1; week <= 52; week++)
            {
                // Each week's results go up on the first working day after its Friday.
                var friday = new DateOnly(2015, 1, 2).AddDays((week - 1) * 7);
                var on = NextWorkday(friday.AddDays(1));
                var received = rng.Next(420, 980);
                var done = received - rng.Next(0, 40);
                var instant = done * rng.Next(35, 60) / 100;
                Add(xzfw, on, K("Approvals", "Title6", ("week", week)), null, null, "01", "a20-05", "xzsp-jg", "行政审批 办件 结果公示", Html(xzfw,
                    K("Approvals", "Text11", ("date", Md(friday.AddDays(-4))), ("friday", Md(friday)), ("received", received), ("done", done), ("instant", instant), ("promised", done - instant)),
                    K("Approvals", "Text12")), on);
            }

            foreach (var (code, permit, law, batches) in PermitSeries)
            {
                var u = U(code);
                var dates = Enumerable.Range(0, batches).Select(_ => Workday(1, 12)).Order().ToArray();
                for (var i = 0; i < dates.Length; i++)
                {
                    Add(u, dates[i], K("Approvals", "Title7", ("short", u.Short), ("no", i + 1), ("permit", permit)), null, null, u.Topic, "a20-05", "xzsp-jg", $"行政许可 {permit}", Html(u,
                        K("Approvals", "Text13", ("law", law), ("short", u.Short), ("permit", permit), ("n", rng.Next(2, 16))),
                        K("Approvals", "Text14", ("name", u.Name), ("phone", u.Phone))));
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
            Add(u, report, S("Signature", "Title1", ("name", u.Name)), null, null, "01", "a20-15", null, "政府信息公开 年度报告", Html(u,
                Fill(Annual("ReportFirst")),
                Fill(Annual("ReportSecond"))),
                Workday(report, new DateOnly(2015, 3, 31)));

            var early = Workday(1, 1);
            Begin(u, early);
            Add(u, early, S("Signature", "Title2", ("name", u.Name)), null, null, "01", "a20-02", null, "机构职能 内设机构", Html(u,
                Fill(u.Township
                    ? Annual("DutiesTownship")
                    : Annual("DutiesCounty")),
                Fill(u.Township
                    ? Annual("OfficesTownship")
                    : Annual("OfficesCounty"))));

            var leaders = Workday(1, 3);
            var duties = u.Work.OrderBy(_ => rng.Next()).Concat(u.Work).Take(4).ToArray();
            Begin(u, leaders);
            Add(u, leaders, S("Signature", "Title3", ("name", u.Name)), null, null, "01", "a20-02", null, "领导信息 分工", Html(u,
                S("Signature", "Text1", ("short", u.Short), ("headTitle", u.HeadTitle), ("head", heads[u.Code]), ("deputies", (u.Township ? "" : "副职：")), ("person", Person()), ("duty", duties[0]), ("duty2", duties[1]), ("person2", Person()), ("duty3", duties[2])),
                S("Signature", "Text7", ("person", Person()), ("duty", duties[3]), ("phone", u.Phone))));

            var plan = Workday(2, 4);
            Begin(u, plan);
            if (u.Code == "wuxi")
            {
                Add(u, Workday(1, 2), "巫溪县2015年政府工作报告", S("Signature", "Text2"), null, "01", "a20-03", null, "政府工作报告 发展目标", Html(u,
                    S("Signature", "Text3"),
                    S("Signature", "Text4")));
                Add(u, plan, "巫溪县2015年国民经济和社会发展计划", null, null, "02", "a20-03", null, "国民经济 发展计划", Html(u,
                    S("Signature", "Text5"),
                    S("Signature", "Text6")));
            }
            else
            {
                Add(u, plan, S("Signature", "Title4", ("name", u.Name)), null, null, u.Topic, "a20-15", null, "工作要点 2015年", Html(u,
                    Fill(Annual("PlanFirst")),
                    Fill(Annual("PlanSecond"))));
            }

            var open = Workday(3, 4);
            Begin(u, open);
            Add(u, open, S("Signature", "Title5", ("name", u.Name)), null, null, "01", "a20-15", null, "政务公开 实施方案", Html(u,
                Fill(Annual("OpennessFirst")),
                Fill(Annual("OpennessSecond"))));

            var mobilize = Workday(5, 6);
            Begin(u, mobilize);
            Add(u, mobilize, S("Signature", "Title6", ("short", u.Short)), null, null, "01", "a20-15", null, "三严三实 专题教育", Html(u,
                Fill(Annual("MobilizeFirst")),
                Fill(Annual("MobilizeSecond"))));

            var seminar = Workday(7, 10);
            Begin(u, seminar);
            Add(u, seminar, S("Signature", "Title7", ("short", u.Short)), null, null, "01", "a20-15", null, "三严三实 学习研讨", Html(u,
                Fill(Annual("SeminarFirst")),
                Fill(Annual("SeminarSecond"))));

            var half = Workday(7, 7);
            Begin(u, half);
            Add(u, half, S("Signature", "Title8", ("name", u.Name)), null, null, u.Topic, "a20-15", null, "工作总结 上半年", Html(u,
                Fill(Annual("HalfYearFirst")),
                Fill(Annual("HalfYearSecond"))));
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
                        Add(u, on, S("Specials", "Title1", ("holiday", holiday)), null, null, "01", "a20-15", null, "放假安排 通知", Html(u,
                            S("Specials", "Text1", ("holiday", holiday), ("arrangement", days)),
                            S("Specials", "Text2")), Workday(on, on.AddDays(2)));
                    }

                    break;
                case "tjj":
                    Statistics(u);
                    break;
                case "wjj":
                    for (var week = 2; week <= 51; week++)
                    {
                        var on = NextWorkday(new DateOnly(2015, 1, 5).AddDays((week - 1) * 7));
                        Add(u, on, S("Specials", "Title2", ("week", week)), null, null, "08", "a20-15", null, "价格监测 农副产品", Html(u,
                            S("Specials", "Text3", ("rice", 4.2 + (rng.NextDouble() * 0.6)), ("oil", 7.8 + (rng.NextDouble() * 0.8)), ("pork", 12.5 + (rng.NextDouble() * 4)), ("eggs", 4.5 + (rng.NextDouble() * 1.2)), ("cabbage", 1.0 + (rng.NextDouble() * 1.5)), ("potato", 1.2 + (rng.NextDouble() * 0.8))),
                            S("Specials", "Text4", ("priceMoves", Pick(PriceMoves)))), on);
                    }

                    break;
                case "gaj":
                    for (var i = 0; i < 45; i++)
                    {
                        var town = Town();
                        var (crime, detail) = Pick(Cases);
                        var title = S("Specials", "Title3", ("town", town.Short), ("crime", crime));
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(1, 12);
                        Add(u, on, title, null, null, "15", "a21-01", null, "破案 治安", Html(u,
                            S("Specials", "Text5", ("date", Md(Clamp(on.AddDays(-rng.Next(3, 20))))), ("town", town.Short), ("detail", detail)),
                            S("Specials", "Text6", ("surname", Person()[..1]))));
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
                        var title = S("Specials", "Title4", ("site", site));
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(1, 12);
                        Add(u, on, title, null, null, "09", "a20-03", null, "规划 批前公示", Html(u,
                            S("Specials", "Text7", ("site", site), ("n", rng.Next(2000, 40000)), ("n2", rng.Next(3000, 90000)), ("plotRatio", 1.2 + (rng.NextDouble() * 1.6)), ("n3", rng.Next(22, 38)), ("n4", rng.Next(30, 40))),
                            S("Specials", "Text8", ("on", Md(on)), ("date", Md(Later(on, 10, 10))), ("phone", u.Phone))));
                    }

                    break;
                case "fpb":
                    for (var i = 0; i < 36; i++)
                    {
                        var town = Town();
                        var v = Village(town);
                        var title = S("Specials", "Title5", ("town", town.Short), ("village", v));
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        Add(u, Workday(3, 11), title, null, null, "16", "a20-11", null, "扶贫项目 公示", Html(u,
                            S("Specials", "Text9", ("town", town.Short), ("village", v), ("n", rng.Next(2, 5)), ("amount", Money(40, 260)), ("amount2", Money(30, 180)), ("povertyUses", Pick(PovertyUses))),
                            S("Specials", "Text10", ("n", rng.Next(30, 180)), ("town", town.Short))));
                    }

                    break;
                case "czj":
                    for (var m = 1; m <= 12; m++)
                    {
                        Add(u, Workday(m, m), S("Specials", "Title6", ("m", m)), null, null, "03", "a20-11", null, "惠农补贴 一卡通", Html(u,
                            S("Specials", "Text11", ("m", m), ("amount", Money(1800, 6800)), ("subsidyKinds", Pick(SubsidyKinds)), ("n", rng.Next(12, 26)), ("n2", rng.Next(40000, 120000))),
                            S("Specials", "Text12")));
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
                        var title = started ? S("Specials", "Title8", ("name", p.Name)) : S("Specials", "Title7", ("name", p.Name));
                        if (titles.Contains(title))
                        {
                            continue;
                        }

                        var on = Workday(started ? 3 : 6, started ? 10 : 12);
                        Add(u, on, title, null, null, u.Topic, u.Category, null, started ? "项目建设 开工" : "竣工验收 项目建设", Html(u,
                            started
                                ? S("Specials", "Text13", ("on", Md(on)), ("name", p.Name), ("town", p.Town), ("scale", p.Scale), ("days", p.Days))
                                : S("Specials", "Text14", ("on", Md(on)), ("short", u.Short), ("name", p.Name)),
                            started
                                ? S("Specials", "Text15", ("short", u.Short))
                                : S("Specials", "Text16", ("scale", p.Scale), ("short", u.Short))));
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
                Add(u, meetings[i], S("CountyGovernment", "Title1", ("n", n)), null, null, "01", "a20-15", null, "常务会议 县政府", Html(u,
                    S("CountyGovernment", "Text1", ("date", Md(meetings[i])), ("n", n), ("work", Fill("{P}")), ("work2", Fill("{P2}"))),
                    Fill(Annual("StandingMeetingSecond"))));
            }

            var appointments = Enumerable.Range(0, 22).Select(_ => Workday(1, 12)).Order().ToArray();
            foreach (var on in appointments)
            {
                var departments = Units.County[1..];
                var x = Person();
                Add(u, on, S("CountyGovernment", "Title2", ("x", x)), null, "巫溪府人", "14", "a20-15", null, "人事任免 干部", Html(u,
                    S("CountyGovernment", "Title3"),
                    S("CountyGovernment", "Text2", ("x", x), ("post", Deputy(Pick(departments))), ("person", Person()), ("post2", Deputy(Pick(departments))), ("person2", Person()), ("post3", Deputy(Pick(departments))))));
            }

            foreach (var (name, month) in Regulations)
            {
                var on = Workday(month, month);
                Begin(u, on);
                Add(u, on, S("CountyGovernment", "Title4", ("name", name)), null, u.Issuer, "01", "a20-01", null, "规范性文件 " + name[^2..], Html(u,
                    S("CountyGovernment", "Text3", ("name", name), ("meeting", 53 + meetings.Count(d => d < on))),
                    S("CountyGovernment", "Text4", ("name", name), ("chapters", Pick(Chapters)), ("n", rng.Next(18, 36)))));
            }
        }

        private static string Deputy(Unit u) => u.Short + (u.HeadTitle.EndsWith("局长", StringComparison.Ordinal) ? "副局长" : "副主任");

        private void Statistics(Unit u)
        {
            Add(u, Workday(3, 3), S("Statistics", "Title1"), null, null, "02", "a20-04", null, "统计公报 国民经济", Html(u,
                S("Statistics", "Text1"),
                S("Statistics", "Text2")));
            foreach (var (q, month) in new[] { (1, 4), (2, 7), (3, 10) })
            {
                var growth = 10.4 + (rng.NextDouble() * 0.8);
                Add(u, Workday(month, month), S("Statistics", "Title2", ("period", Period(q * 3))), null, null, "02", "a20-04", null, "经济运行 统计数据", Html(u,
                    S("Statistics", "Text3", ("period", Period(q * 3)), ("gdp", (81.6 * q / 4 * 1.11) + (rng.NextDouble() * 0.8)), ("growth", growth), ("primaryGrowth", 4.5 + (rng.NextDouble() * 0.8)), ("secondaryGrowth", 12.5 + (rng.NextDouble() * 1.5)), ("tertiaryGrowth", 10.2 + (rng.NextDouble() * 1.2))),
                    S("Statistics", "Text4", ("investmentGrowth", 17 + (rng.NextDouble() * 3)), ("retailGrowth", 13.2 + (rng.NextDouble() * 1.2)))));
            }

            for (var m = 2; m <= 11; m++)
            {
                Add(u, Workday(m + 1, m + 1), S("Statistics", "Title3", ("m", m)), null, null, "02", "a20-04", null, "主要经济指标 统计数据", Html(u,
                    S("Statistics", "Text5", ("m", m), ("output", (m * 2.4) + (rng.NextDouble() * 0.6)), ("outputGrowth", 12 + (rng.NextDouble() * 3)), ("investment", m * 8.9), ("investmentGrowth", 16.5 + (rng.NextDouble() * 3)), ("retail", m * 2.7), ("retailGrowth", 13 + (rng.NextDouble() * 1.5))),
                    S("Statistics", "Text6", ("revenue", m * 0.66), ("revenueGrowth", 9 + (rng.NextDouble() * 3)), ("deposits", 110 + (m * 1.5)), ("loans", 52 + m))));
            }
        }

        private void Township(Unit u)
        {
            var session = Workday(1, 3);
            var delegates = rng.Next(42, 68);
            Add(u, session, u.Street ? S("Township", "Title1", ("short", u.Short)) : S("Township", "Title2", ("short", u.Short)), null, null, "01", "a20-15", null, u.Street ? "工作会 2015年" : "人民代表大会 乡镇", Html(u,
                u.Street
                    ? S("Township", "Text1", ("date", Md(session)), ("short", u.Short))
                    : S("Township", "Text2", ("date", Md(session)), ("short", u.Short), ("delegates", delegates), ("present", delegates - rng.Next(0, 6))),
                u.Street
                    ? S("Township", "Text3")
                    : S("Township", "Text4")));

            var villagesHere = villages[u.Code].Take(u.Street ? 2 : 4).ToArray();
            foreach (var v in villagesHere)
            {
                for (var q = 1; q <= 4; q++)
                {
                    var on = q == 4 ? Workday(new DateOnly(2015, 12, 14), Dec31) : Workday((q * 3) + 1, (q * 3) + 1);
                    var income = 2 + (rng.NextDouble() * 18);
                    Add(u, on, S("Township", "Title3", ("short", u.Short), ("village", v), ("quarter", QuarterName(q)), ("affairs", (v.EndsWith("社区", StringComparison.Ordinal) ? "居务" : "村务"))), null, null, "05", "a21-02", null, "村务公开 财务公开", Html(u,
                        S("Township", "Text5", ("village", v), ("quarter", QuarterName(q)), ("income", income), ("spent", income * (0.6 + (rng.NextDouble() * 0.35)))),
                        S("Township", "Text6", ("village", v), ("work", Pick(Units.TownWork)), ("work2", Pick(Units.TownWork)), ("short", u.Short))));
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

    /// <summary>A text of keyareas.json, its placeholders filled with what the generator worked out.</summary>
    private static string K(string section, string name, params ReadOnlySpan<(string Name, object Value)> values) =>
        DemoData.Fill(DemoData.KeyAreas, section, name, values);

    /// <summary>A text of series.json, its placeholders filled with what the generator worked out.</summary>
    private static string S(string section, string name, params ReadOnlySpan<(string Name, object Value)> values) =>
        DemoData.Fill(DemoData.Series, section, name, values);

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

    /// <summary>A paragraph of kinds.json's Annual table, still to be filled by Generator.Fill.</summary>
    private static string Annual(string name) => DemoData.Entry(DemoData.Kinds, "Annual", name);
}

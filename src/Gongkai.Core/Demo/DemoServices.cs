using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// 巫溪县's 政务服务 records behind section 二（一） of the seed report: the catalog of 行政审批 items with its
/// history (取消 and 承接 decisions of 2013-2015), the county 行政服务中心 with the windows of 22 departments, the
/// 32 township 公共服务中心 and 330 village 便民服务中心 with their items, and the cases (办件) of 2012-2015. The
/// report counts them (docs/decisions/0009): these constants are what it must find, not what it prints.
/// Generated with a fixed seed, so every load gives the same records.
/// </summary>
public static class DemoServices
{
    public const int Cancelled = 118;
    public const int Undertaken = 98;
    public const int Retained = 342;
    public const int Departments = 22;
    public const int OnSite = 279;
    public const int NotOnSite = Retained - OnSite;
    public const int Townships = 32;
    public const int TownshipItems = 46;
    public const int Villages = 330;
    public const int VillageItems = 44;

    /// <summary>Cases received each year since the county centre opened in 2012: 135,300 in all, the seed's 13.5万.</summary>
    public static readonly IReadOnlyDictionary<int, int> CasesPerYear = new Dictionary<int, int> { [2012] = 25_600, [2013] = 30_400, [2014] = 35_800, [2015] = 43_500 };

    private const int Seed = 20151231;

    /// <summary>The 22 departments on site in the county centre, in window order.</summary>
    private static readonly string[] OnSiteDepartments =
        ["gsj", "spyj", "cjw", "ghj", "gfj", "hbj", "jtw", "wjw", "rsj", "mzj", "nw", "lyj", "slj", "ajj", "swj", "whw", "jw", "fgw", "jxw", "kw", "mzzj", "czj"];

    private sealed record CountyItems(string Body, string[] Names);

    private sealed record LocalItem(string Body, string Name);

    /// <summary>
    /// Item names by department as county lists write them; a trailing * is a licence handled as 新办、变更、延续、注销 and
    /// 补办, each its own item. Departments not listed in <see cref="OnSiteDepartments"/> keep their own halls.
    /// </summary>
    private static readonly CountyItems[] CountyCatalog = DemoData.Table<CountyItems[]>(DemoData.Services, "CountyCatalog");

    private static readonly string[] Variants = ["（新办）", "（变更）", "（延续）", "（注销）", "（补办）"];

    /// <summary>公共服务事项 received in every township centre, with the department that handles them.</summary>
    private static readonly LocalItem[] TownshipCatalog = DemoData.Table<LocalItem[]>(DemoData.Services, "TownshipCatalog");

    /// <summary>便民服务事项 the village centres take in on the applicant's behalf (代办).</summary>
    private static readonly LocalItem[] VillageCatalog = DemoData.Table<LocalItem[]>(DemoData.Services, "VillageCatalog");

    private static readonly string[] VillageNames = DemoData.Table<string[]>(DemoData.Services, "VillageNames");

    private static readonly string[] CommunityNames = DemoData.Table<string[]>(DemoData.Services, "CommunityNames");

    /// <summary>Loads the records; the county's bodies must be there. Nothing happens when service items exist already.</summary>
    public static async Task LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        if (await db.ServiceItems.AnyAsync(ct))
        {
            return;
        }

        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Code, ct);
        var rng = new Random(Seed);
        var publishedAt = new DateTimeOffset(2012, 1, 4, 1, 0, 0, TimeSpan.Zero);
        var items = new List<DemoItem>();
        var serial = 0;

        ServiceItem NewItem(string bodyCode, string name, ServiceItemType type, ServiceTier tier, bool onSite, int promised)
        {
            serial++;
            var body = bodies[bodyCode];
            var prefix = type switch { ServiceItemType.Licensing => "XK", ServiceItemType.OtherPower => "QT", ServiceItemType.Confirmation => "QR", ServiceItemType.Payment => "JF", _ => "GG" };
            return new ServiceItem
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"500238-{prefix}-{serial:D4}"),
                Name = name,
                Type = type,
                BodyId = body.Id,
                Tier = tier,
                LegalBasis = type == ServiceItemType.PublicService ? (tier == ServiceTier.Village ? Texts.LegalBasisVillage : Texts.LegalBasisTownship) : Texts.LegalBasis,
                Conditions = Texts.Conditions,
                Materials = "申请书（表）\n申请人身份证明\n法律、法规规定的其他材料",
                Procedure = "申请\n受理\n审查\n决定\n送达",
                StatutoryDays = type == ServiceItemType.PublicService ? promised + 5 : Math.Max(20, promised * 2),
                PromisedDays = promised,
                Place = tier switch
                {
                    ServiceTier.County => onSite ? "巫溪县行政服务中心（柏杨街道马镇坝大道200号）" : $"{body.Name}（{body.Address}）",
                    ServiceTier.Township => "各乡镇（街道）公共服务中心",
                    _ => "各村（社区）便民服务中心",
                },
                Hours = "周一至周五 上午9:00—12:00，下午14:30—17:30（法定节假日除外）",
                ConsultPhone = body.Telephone,
                ComplaintPhone = "023-51528016",
                OnSite = onSite,
                State = Catalog.ItemState.Published,
                PublishedAt = publishedAt,
            };
        }

        // The county tier: one entry per base name, the variants of a licence moving together through every decision.
        var bases = new List<List<ServiceItem>>();
        foreach (var (body, names) in CountyCatalog)
        {
            foreach (var raw in names)
            {
                var name = raw.TrimEnd('*');
                var type = name.Contains("备案", StringComparison.Ordinal) || name.Contains("审核", StringComparison.Ordinal) || name.Contains("初审", StringComparison.Ordinal) ? ServiceItemType.OtherPower
                    : name.Contains("认定", StringComparison.Ordinal) || name.Contains("登记", StringComparison.Ordinal) && !name.Contains("许可", StringComparison.Ordinal) ? ServiceItemType.Confirmation
                    : ServiceItemType.Licensing;
                var promised = rng.Next(3, 16);
                var onSite = OnSiteDepartments.Contains(body);
                bases.Add(raw.EndsWith('*')
                    ? Variants.Select(v => NewItem(body, name + v, type, ServiceTier.County, onSite, v == "（新办）" ? promised : Math.Max(1, promised / 2))).ToList()
                    : [NewItem(body, name, type, ServiceTier.County, onSite, promised)]);
            }
        }

        if (bases.Sum(b => b.Count) < Cancelled + Retained)
        {
            throw new InvalidOperationException($"the demo catalog has {bases.Sum(b => b.Count)} county items, fewer than {Cancelled + Retained}");
        }

        // Which bases were cancelled, which were taken over from the city, which stay off site: whole bases, drawn at
        // random and topped up to the seed's exact counts with single items.
        var order = bases.OrderBy(_ => rng.Next()).ToList();
        var cancelled = Pick(order, Cancelled, _ => true);
        var rest = order.Except(cancelled).ToList();
        var county = Pick(rest, Retained, _ => true);
        var undertaken = Pick(county, Undertaken, b => b.Count == 1 || b[0].Type == ServiceItemType.Licensing);
        var offSite = county.Where(b => !b[0].OnSite).ToList();
        var placedPerBody = county.Where(b => b[0].OnSite).GroupBy(b => b[0].BodyId).ToDictionary(g => g.Key, g => g.Count());
        offSite.AddRange(Pick(county.Where(b => b[0].OnSite).Reverse().ToList(), NotOnSite - offSite.Sum(b => b.Count), b =>
        {
            // Every department on site keeps at least one item there.
            if (placedPerBody[b[0].BodyId] <= 1)
            {
                return false;
            }

            placedPerBody[b[0].BodyId]--;
            return true;
        }));
        foreach (var b in offSite)
        {
            b.ForEach(i =>
            {
                i.OnSite = false;
                i.Place = $"{bodies.Values.First(x => x.Id == i.BodyId).Name}办公地点";
            });
        }

        if (county.Where(b => b[0].OnSite).Select(b => b[0].BodyId).Distinct().Count() != Departments)
        {
            throw new InvalidOperationException("the demo catalog's draw left a department on site without items");
        }

        db.ServiceItems.AddRange(cancelled.Concat(county).SelectMany(b => b));
        var township = TownshipCatalog.Take(TownshipItems).Select((t, i) => NewItem(t.Body, t.Name, i % 5 == 4 ? ServiceItemType.Payment : ServiceItemType.PublicService, ServiceTier.Township, true, 1 + (i % 5))).ToList();
        var village = VillageCatalog.Take(VillageItems).Select((t, i) => NewItem(t.Body, t.Name, ServiceItemType.PublicService, ServiceTier.Village, true, 1 + (i % 3))).ToList();
        db.ServiceItems.AddRange(township);
        db.ServiceItems.AddRange(village);
        await db.SaveChangesAsync(ct);

        // The decisions: three rounds a year of 取消 by the county government, and the city's 下放 taken over (承接).
        var events = new List<ServiceItemEvent>();
        var cancelRounds = Rounds(rng, 2013, 2015, 3, 10);
        var takeRounds = Rounds(rng, 2013, 2015, 2, 60);
        for (var i = 0; i < cancelled.Count; i++)
        {
            var (on, decision) = cancelRounds[i % cancelRounds.Count];
            events.AddRange(cancelled[i].Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Cancelled, On = on, Decision = decision, Note = Texts.CancelledNote }));
        }

        for (var i = 0; i < undertaken.Count; i++)
        {
            var (on, decision) = takeRounds[i % takeRounds.Count];
            events.AddRange(undertaken[i].Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Undertaken, On = on, Decision = decision, Note = Texts.UndertakenNote }));
        }

        foreach (var b in county.Except(undertaken).Where((_, i) => i % 9 == 0))
        {
            events.AddRange(b.Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Adjusted, On = new DateOnly(2014, 12, 26), Decision = "巫溪府发〔2014〕86号", Note = Texts.AdjustedNote }));
        }

        db.ServiceItemEvents.AddRange(events);
        await db.SaveChangesAsync(ct);

        // The three tiers of centres, their windows and the items placed in them.
        var centres = new List<(ServiceCentre Centre, List<ServiceItem> Items, List<CentreWindow> Windows)>();
        var hall = new ServiceCentre { Name = "巫溪县行政服务中心", Tier = ServiceTier.County, BodyId = bodies["xzfw"].Id, Address = "重庆市巫溪县柏杨街道马镇坝大道200号", Phone = "023-51521234", Hours = "周一至周五 上午9:00—12:00，下午14:00—17:30" };
        var hallItems = county.Where(b => b[0].OnSite).SelectMany(b => b).ToList();
        var hallWindows = OnSiteDepartments.Select((code, i) => new CentreWindow { Name = $"{bodies[code].ShortName}窗口", Number = $"{i + 1}号窗口", BodyId = bodies[code].Id }).ToList();
        hallWindows.Add(new CentreWindow { Name = "综合咨询窗口", Number = "0号窗口" });
        centres.Add((hall, hallItems, hallWindows));
        var towns = bodies.Values.Where(b => b.Level == Bodies.BodyLevel.Township).OrderBy(b => b.SortOrder).ToList();
        foreach (var town in towns)
        {
            var place = town.ShortName!.Replace("办事处", "", StringComparison.Ordinal);
            centres.Add((new ServiceCentre { Name = $"{place}公共服务中心", Tier = ServiceTier.Township, BodyId = town.Id, Address = town.Address, Phone = town.Telephone, Hours = "周一至周五 上午9:00—12:00，下午14:30—17:30" }, township,
                [new CentreWindow { Name = "综合受理窗口", Number = "1号窗口" }, new CentreWindow { Name = "民政社保窗口", Number = "2号窗口", BodyId = town.Id }, new CentreWindow { Name = "计生医保窗口", Number = "3号窗口", BodyId = town.Id }]));
        }

        // 330 villages and communities: about ten a township, the streets' communities named after their streets.
        var perTown = Enumerable.Range(0, towns.Count).Select(i => (Villages / towns.Count) + (i < Villages % towns.Count ? 1 : 0)).ToList();
        for (var t = 0; t < towns.Count; t++)
        {
            var street = towns[t].Kind == Bodies.BodyKind.Street;
            var names = (street ? CommunityNames : VillageNames).OrderBy(_ => rng.Next()).Take(perTown[t]);
            var place = towns[t].ShortName!.Replace("办事处", "", StringComparison.Ordinal);
            foreach (var n in names)
            {
                var centre = new ServiceCentre { Name = $"{place}{n}{(street ? "社区" : "村")}便民服务中心", Tier = ServiceTier.Village, BodyId = towns[t].Id, Address = $"重庆市巫溪县{place}{n}{(street ? "社区" : "村")}", Hours = "逢场天及周一至周五 上午9:00—12:00，下午14:30—17:00" };
                centres.Add((centre, village, [new CentreWindow { Name = "代办窗口", Number = "1号窗口" }]));
            }
        }

        db.ServiceCentres.AddRange(centres.Select(c => c.Centre));
        await db.SaveChangesAsync(ct);
        foreach (var (centre, _, windows) in centres)
        {
            windows.ForEach(w => w.CentreId = centre.Id);
        }

        db.CentreWindows.AddRange(centres.SelectMany(c => c.Windows));
        await db.SaveChangesAsync(ct);

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await BulkInsert.WriteAsync(db, centres.SelectMany(c => c.Items.Select(i => new CentreItem { CentreId = c.Centre.Id, ItemId = i.Id })).ToList(), ct);
            Audit(db, nameof(CentreItem), "centres", new { centres = centres.Count, placed = centres.Sum(c => c.Items.Count) });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        var spans = events.Where(e => e.Kind is ItemEventKind.Cancelled or ItemEventKind.Undertaken).ToDictionary(e => e.ItemId, e => e);
        await LoadCasesAsync(db, rng, centres, county.Where(b => !b[0].OnSite).SelectMany(b => b).Concat(cancelled.SelectMany(b => b)).ToList(), spans, ct);
    }

    /// <summary>Takes entries of <paramref name="from"/>, in order, whose items add up exactly to <paramref name="count"/>.</summary>
    private static List<List<ServiceItem>> Pick(List<List<ServiceItem>> from, int count, Func<List<ServiceItem>, bool> allowed)
    {
        var picked = new List<List<ServiceItem>>();
        var need = count;
        foreach (var b in from.Where(b => b.Count > 1).Concat(from.Where(b => b.Count == 1)))
        {
            if (need == 0)
            {
                break;
            }

            if (b.Count <= need && allowed(b))
            {
                picked.Add(b);
                need -= b.Count;
            }
        }

        return need == 0 ? picked : throw new InvalidOperationException($"the demo catalog cannot make up {count} items");
    }

    /// <summary>Decision dates and 文号 of the county government, <paramref name="perYear"/> a year.</summary>
    private static List<(DateOnly On, string Decision)> Rounds(Random rng, int first, int last, int perYear, int firstNumber)
    {
        var rounds = new List<(DateOnly, string)>();
        for (var year = first; year <= last; year++)
        {
            for (var r = 0; r < perYear; r++)
            {
                var on = new DateOnly(year, 3 + (r * 9 / perYear), 1).AddDays(rng.Next(0, 25));
                rounds.Add((on, $"巫溪府发〔{year}〕{firstNumber + (r * 17) + rng.Next(1, 12)}号"));
            }
        }

        return rounds;
    }

    private static readonly string[] Surnames = ["张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林", "谭", "向", "冉", "邓", "唐"];

    private static readonly string[] Firms = ["建筑工程", "商贸", "农业开发", "运输", "餐饮管理", "旅游开发", "药房", "食品", "建材", "电子商务", "劳务", "畜牧养殖"];

    private static readonly string[] Rejections = DemoData.Table<string[]>(DemoData.Services, "Rejections");

    /// <summary>The standard sentences the service records carry, from services.json's Texts table.</summary>
    private static class Texts
    {
        public static readonly string LegalBasisVillage = Text("LegalBasisVillage");

        public static readonly string LegalBasisTownship = Text("LegalBasisTownship");

        public static readonly string LegalBasis = Text("LegalBasis");

        public static readonly string Conditions = Text("Conditions");

        public static readonly string CancelledNote = Text("CancelledNote");

        public static readonly string UndertakenNote = Text("UndertakenNote");

        public static readonly string AdjustedNote = Text("AdjustedNote");

        public static readonly string SuspensionNote = Text("SuspensionNote");

        public static readonly string Rectification = Text("Rectification");

        private static string Text(string name) => DemoData.Entry(DemoData.Services, "Texts", name);
    }

    private static readonly string[] BadReasons = ["等候时间较长", "窗口人员解释不够耐心", "需要往返多次", "办事指南与实际要求不一致"];

    /// <summary>
    /// The cases of 2012-2015, written in bulk: each working day's count from the year's total and the month's season,
    /// items drawn by how often they are asked for, every case finished within its promised time.
    /// </summary>
    private static async Task LoadCasesAsync(
        GongkaiDb db, Random rng, List<(ServiceCentre Centre, List<ServiceItem> Items, List<CentreWindow> Windows)> centres,
        List<ServiceItem> elsewhere, Dictionary<int, ServiceItemEvent> spans, CancellationToken ct)
    {
        var calendar = Calendar.BuiltInSchedules.Calendar();
        var workingDays = new List<DateOnly>();
        for (var d = new DateOnly(2011, 12, 1); d <= new DateOnly(2016, 6, 30); d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                workingDays.Add(d);
            }
        }

        // index[d]: how many working days fall on or before d (from the start of the list).
        var index = new Dictionary<DateOnly, int>();
        for (int i = 0, n = 0; i < (new DateOnly(2016, 6, 30).DayNumber - new DateOnly(2011, 12, 1).DayNumber) + 1; i++)
        {
            var d = new DateOnly(2011, 12, 1).AddDays(i);
            if (n < workingDays.Count && workingDays[n] == d)
            {
                n++;
            }

            index[d] = n;
        }

        DateOnly After(DateOnly from, int days) => days == 0 ? from : workingDays[index[from] + days - 1];

        var hall = centres[0];
        var windowOf = hall.Windows.Where(w => w.BodyId is not null).ToDictionary(w => w.BodyId!.Value, w => w.Id);
        var township = centres.Where(c => c.Centre.Tier == ServiceTier.Township).ToList();
        var village = centres.Where(c => c.Centre.Tier == ServiceTier.Village).ToList();

        // How often an item is asked for: a few licences and registrations carry most of a hall's work.
        var weights = new Dictionary<int, int>();
        foreach (var item in hall.Items.Concat(elsewhere).Concat(township[0].Items).Concat(village[0].Items))
        {
            var w = rng.Next(1, 8) * rng.Next(1, 8);
            weights[item.Id] = item.Name.EndsWith("（新办）", StringComparison.Ordinal) ? w * 3 : item.Name.EndsWith("（补办）", StringComparison.Ordinal) || item.Name.EndsWith("（注销）", StringComparison.Ordinal) ? Math.Max(1, w / 3) : w;
        }

        var townshipTotal = township[0].Items.Sum(i => weights[i.Id]);
        var villageTotal = village[0].Items.Sum(i => weights[i.Id]);

        // Items not (or no longer) placed in the hall were received at the department's own office, without a centre.
        var inHall = hall.Items.Select(i => i.Id).ToHashSet();
        bool InForce(ServiceItem item, DateOnly on) => !spans.TryGetValue(item.Id, out var e) || (e.Kind == ItemEventKind.Cancelled ? on < e.On : on >= e.On);

        // One transaction: the demo county is loaded whole or not at all, and the rollup is written with its cases.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            // Take SQLite's write lock now, so the keys reserved below stay ours until commit.
            await db.Database.ExecuteSqlRawAsync("UPDATE service_cases SET \"Revision\" = \"Revision\" WHERE 0", ct);
        }

        if (await db.ServiceCases.AnyAsync(ct) || await db.ServiceCaseMonths.AnyAsync(ct))
        {
            throw new InvalidOperationException("the demo's cases go into a database without cases");
        }

        var months = new Dictionary<CaseRollup.Key, CaseStatsRow>();
        var version = calendar.Version;
        var cases = new List<ServiceCase>(10_000);
        var suspensions = new List<CaseSuspension>();
        var sequence = 0;
        int[] season = [7, 6, 10, 9, 9, 9, 8, 8, 9, 8, 9, 8];
        foreach (var (year, total) in CasesPerYear.OrderBy(y => y.Key))
        {
            var days = workingDays.Where(d => d.Year == year).ToList();
            var dayWeights = days.Select(d => season[d.Month - 1] * (d.DayOfWeek == DayOfWeek.Monday ? 12 : 10) * (0.85 + (rng.NextDouble() * 0.3))).ToList();
            var counts = Apportion(dayWeights, total);

            // The township and village centres took in a growing share as they were set up.
            var share = (County: 0.72 - ((year - 2012) * 0.05), Township: 0.2 + ((year - 2012) * 0.03));
            for (var k = 0; k < days.Count; k++)
            {
                var day = days[k];
                var hallPool = hall.Items.Concat(elsewhere).Where(i => InForce(i, day)).ToList();
                var hallTotal = hallPool.Sum(i => weights[i.Id]);
                for (var c = 0; c < counts[k]; c++)
                {
                    var roll = rng.NextDouble();
                    ServiceItem item;
                    int? centreId = null, windowId = null;
                    ServiceTier tier;
                    if (roll < share.County)
                    {
                        item = Draw(hallPool, hallTotal, weights, rng);
                        tier = ServiceTier.County;
                        if (inHall.Contains(item.Id))
                        {
                            centreId = hall.Centre.Id;
                            windowId = windowOf[item.BodyId];
                        }
                    }
                    else
                    {
                        var (centre, items, windows) = roll < share.County + share.Township ? township[rng.Next(township.Count)] : village[rng.Next(village.Count)];
                        item = Draw(items, items == township[0].Items ? townshipTotal : villageTotal, weights, rng);
                        tier = centre.Tier;
                        centreId = centre.Id;
                        windowId = windows[rng.Next(windows.Count)].Id;
                    }

                    sequence++;
                    var person = tier != ServiceTier.County || rng.NextDouble() < 0.62;
                    var received = day.ToDateTime(new TimeOnly(9, 0)).AddMinutes(rng.Next(0, 480));
                    var sc = new ServiceCase
                    {
                        ProvincialNumber = string.Create(CultureInfo.InvariantCulture, $"500238{day:yyyyMMdd}{sequence:D7}"),
                        ItemId = item.Id,
                        CentreId = centreId,
                        WindowId = windowId,
                        BodyId = item.BodyId,
                        Tier = tier,
                        ApplicantType = person ? ApplicantType.Person : ApplicantType.Organisation,
                        ApplicantName = person ? $"{Surnames[rng.Next(Surnames.Length)]}某某" : $"巫溪县{Surnames[rng.Next(Surnames.Length)]}氏{Firms[rng.Next(Firms.Length)]}有限公司",
                        ReceivedAt = new DateTimeOffset(received, TimeSpan.FromHours(8)).ToUniversalTime(),
                        ReceivedOn = day,
                        CalendarVersion = version,
                    };
                    Decide(sc, item, rng, After, index, suspensions);
                    cases.Add(sc);
                    if (cases.Count == 10_000)
                    {
                        await WriteAsync(db, cases, suspensions, months, ct);
                    }
                }
            }
        }

        await WriteAsync(db, cases, suspensions, months, ct);
        await WriteMonthsAsync(db, months, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>受理 or 不予受理, the due dates, 办结 within the promise, and the evaluation when the applicant gave one.</summary>
    private static void Decide(ServiceCase c, ServiceItem item, Random rng, Func<DateOnly, int, DateOnly> after, Dictionary<DateOnly, int> index, List<CaseSuspension> suspensions)
    {
        var day = c.ReceivedOn;
        var evaluated = rng.NextDouble() < 0.2 + ((day.Year - 2012) * 0.12);
        if (rng.NextDouble() < 0.021)
        {
            c.Acceptance = CaseAcceptance.NotAccepted;
            c.AcceptanceOn = day;
            c.RejectionReason = Rejections[rng.Next(Rejections.Length)];
            if (c.RejectionReason.StartsWith("申请材料", StringComparison.Ordinal))
            {
                c.MissingMaterials = "申请人身份证明复印件\n法律、法规规定的其他材料";
                c.MissingNoticeOn = day;
            }
        }
        else
        {
            c.Acceptance = CaseAcceptance.Accepted;
            if (rng.NextDouble() < 0.03)
            {
                // 一次性告知 first; the applicant came back with the materials.
                c.MissingMaterials = "申请书（表）签字";
                c.MissingNoticeOn = day;
                c.AcceptanceOn = after(day, rng.Next(1, 4));
            }
            else
            {
                c.AcceptanceOn = rng.NextDouble() < 0.9 ? day : after(day, 1);
            }

            var promised = item.PromisedDays ?? 1;
            var accepted = c.AcceptanceOn.Value;
            if (item.Type != ServiceItemType.PublicService && rng.NextDouble() < 0.006)
            {
                c.SuspendedDays = rng.Next(3, 11);
                var from = after(accepted, 1);
                var to = after(from, c.SuspendedDays - 1);
                suspensions.Add(new CaseSuspension { Kind = rng.Next(2) == 0 ? SuspensionKind.SiteInspection : SuspensionKind.ExpertReview, From = from, To = to, WorkingDays = c.SuspendedDays, Note = Texts.SuspensionNote });
            }

            c.PromisedDue = after(accepted, promised + c.SuspendedDays);
            c.StatutoryDue = item.StatutoryDays is { } s ? after(accepted, s + c.SuspendedDays) : null;
            var taken = rng.NextDouble() < 0.35 ? promised : rng.Next(0, promised + 1);
            c.FinishedOn = after(accepted, taken + c.SuspendedDays);
            c.WorkingDays = index[c.FinishedOn.Value] - index[accepted] - c.SuspendedDays;
            c.OnTime = c.FinishedOn <= c.PromisedDue;
            var r = rng.NextDouble();
            c.Result = r < 0.985 ? CaseResult.Granted : r < 0.995 ? CaseResult.Refused : CaseResult.Withdrawn;
        }

        if (!evaluated)
        {
            return;
        }

        var decided = c.FinishedOn ?? c.AcceptanceOn!.Value;
        c.EvaluatedOn = decided.AddDays(rng.Next(0, 3));
        var e = rng.NextDouble();
        c.Evaluation = e < 0.78 ? CaseEvaluation.VerySatisfied : e < 0.95 ? CaseEvaluation.Satisfied : e < 0.986 ? CaseEvaluation.FairlySatisfied : e < 0.996 ? CaseEvaluation.Dissatisfied : CaseEvaluation.VeryDissatisfied;
        if (ServiceCase.IsBad(c.Evaluation.Value))
        {
            c.EvaluationReason = BadReasons[rng.Next(BadReasons.Length)];
            if (rng.NextDouble() < 0.9)
            {
                c.RectifiedOn = c.EvaluatedOn.Value.AddDays(rng.Next(1, 6));
                c.Rectification = Texts.Rectification;
            }
        }
    }

    private static ServiceItem Draw(List<ServiceItem> pool, int total, Dictionary<int, int> weights, Random rng)
    {
        var x = rng.Next(total);
        foreach (var item in pool)
        {
            x -= weights[item.Id];
            if (x < 0)
            {
                return item;
            }
        }

        return pool[^1];
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights, exactly (largest remainders).</summary>
    private static List<int> Apportion(List<double> weights, int total)
    {
        var sum = weights.Sum();
        var shares = weights.Select(w => w * total / sum).ToList();
        var counts = shares.Select(s => (int)Math.Floor(s)).ToList();
        foreach (var i in shares.Select((s, i) => (Left: s - Math.Floor(s), i)).OrderByDescending(x => x.Left).ThenBy(x => x.i).Take(total - counts.Sum()).Select(x => x.i))
        {
            counts[i]++;
        }

        return counts;
    }

    /// <summary>One batch in its own transaction, as the import writes: keys reserved, rows copied, the monthly rollup added.</summary>
    /// <summary>
    /// Writes a batch of cases (keys reserved, rows copied) inside the caller's transaction, and adds what they count to
    /// <paramref name="months"/> by the rollup's own definitions (<see cref="CaseRollup.Of"/>).
    /// </summary>
    private static async Task WriteAsync(GongkaiDb db, List<ServiceCase> cases, List<CaseSuspension> suspensions, Dictionary<CaseRollup.Key, CaseStatsRow> months, CancellationToken ct)
    {
        if (cases.Count == 0)
        {
            return;
        }

        var ids = await BulkInsert.ReserveKeysAsync<ServiceCase>(db, cases.Count, ct);
        for (var k = 0; k < cases.Count; k++)
        {
            cases[k].Id = ids[k];
        }

        await BulkInsert.WriteAsync(db, cases, ct);
        var suspended = cases.Where(c => c.SuspendedDays > 0).ToList();
        if (suspended.Count > 0)
        {
            var sids = await BulkInsert.ReserveKeysAsync<CaseSuspension>(db, suspended.Count, ct);
            for (var k = 0; k < suspended.Count; k++)
            {
                suspensions[k].Id = sids[k];
                suspensions[k].CaseId = suspended[k].Id;
            }

            await BulkInsert.WriteAsync(db, suspensions, ct);
        }

        foreach (var c in cases)
        {
            var key = CaseRollup.KeyOf(c);
            months[key] = months.TryGetValue(key, out var had) ? had + CaseRollup.Of(c) : CaseRollup.Of(c);
        }

        Audit(db, nameof(ServiceCase), $"{cases[0].Id}…{cases[^1].Id}", new { count = cases.Count, first = cases[0].ProvincialNumber, last = cases[^1].ProvincialNumber });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        cases.Clear();
        suspensions.Clear();
    }

    /// <summary>
    /// The monthly rollup of the demo's cases in one bulk write. The county had no cases before (checked by the caller), so
    /// its rows are new: adding the cases one upsert at a time (<see cref="CaseRollup.ApplyAsync"/>) would give the same rows
    /// in several times the time, since nearly every village case is a row of its own (centre × item × month).
    /// </summary>
    private static async Task WriteMonthsAsync(GongkaiDb db, Dictionary<CaseRollup.Key, CaseStatsRow> months, CancellationToken ct)
    {
        var rows = months.OrderBy(m => m.Key.Month).ThenBy(m => m.Key.CentreId).ThenBy(m => m.Key.ItemId).Select(m => new ServiceCaseMonth
        {
            Month = m.Key.Month,
            BodyId = m.Key.BodyId,
            CentreId = m.Key.CentreId,
            Tier = m.Key.Tier,
            ItemId = m.Key.ItemId,
            Received = m.Value.Received,
            Accepted = m.Value.Accepted,
            NotAccepted = m.Value.NotAccepted,
            Finished = m.Value.Finished,
            FinishedOnTime = m.Value.FinishedOnTime,
            WorkingDaysSum = m.Value.WorkingDaysSum,
            Evaluated = m.Value.Evaluated,
            Satisfied = m.Value.Satisfied,
            Bad = m.Value.Bad,
            Rectified = m.Value.Rectified,
        }).ToList();
        var ids = await BulkInsert.ReserveKeysAsync<ServiceCaseMonth>(db, rows.Count, ct);
        for (var k = 0; k < rows.Count; k++)
        {
            rows[k].Id = ids[k];
        }

        await BulkInsert.WriteAsync(db, rows, ct);
    }

    private static void Audit(GongkaiDb db, string type, string id, object what) => db.AuditEvents.Add(new Audit.AuditEvent
    {
        At = db.Time.GetUtcNow(),
        ActorId = db.Actor.UserId,
        ActorName = db.Actor.Name,
        EntityType = type,
        EntityId = id,
        Action = "imported",
        Changes = JsonSerializer.Serialize(what, GongkaiDb.JsonOptions),
    });
}

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

    /// <summary>
    /// Item names by department as county lists write them; a trailing * is a licence handled as 新办、变更、延续、注销 and
    /// 补办, each its own item. Departments not listed in <see cref="OnSiteDepartments"/> keep their own halls.
    /// </summary>
    private static readonly (string Body, string[] Names)[] CountyCatalog =
    [
        ("gsj", ["企业名称预先核准", "企业设立登记*", "个体工商户登记*", "农民专业合作社登记*", "广告经营登记*", "企业集团登记", "动产抵押登记", "股权出质登记", "企业注销登记"]),
        ("spyj", ["食品生产许可*", "食品经营许可*", "药品零售企业许可*", "医疗器械经营许可*", "食品小作坊登记*", "保健食品经营备案", "第二类医疗器械经营备案", "药品经营质量管理规范认证初审", "特殊食品销售备案"]),
        ("cjw", ["建筑工程施工许可*", "建筑业企业资质核准*", "房地产开发企业资质核定*", "商品房预售许可*", "城市建筑垃圾处置核准", "燃气经营许可*", "建设工程竣工验收备案", "物业服务企业资质核定", "建设工程质量监督登记", "施工图设计文件审查备案"]),
        ("ghj", ["建设项目选址意见书核发", "建设用地规划许可*", "建设工程规划许可*", "乡村建设规划许可*", "建设工程竣工规划核实", "临时建设工程规划许可"]),
        ("gfj", ["采矿权新立登记", "采矿权延续登记", "采矿权变更登记", "探矿权登记*", "国有土地使用权登记*", "房屋所有权登记*", "临时用地审批", "乡（镇）村公共设施公益事业建设用地审批", "农村村民宅基地审批", "土地复垦方案审查"]),
        ("hbj", ["建设项目环境影响评价文件审批*", "排污许可证核发*", "危险废物经营许可*", "建设项目竣工环境保护验收", "辐射安全许可*", "防治污染设施拆除或闲置审批", "排放污染物申报登记"]),
        ("jtw", ["道路运输经营许可*", "道路运输从业人员从业资格认定", "机动车驾驶员培训许可*", "公路超限运输许可", "占用挖掘公路许可", "水路运输经营许可*", "出租汽车经营许可*", "公路建设项目施工许可", "道路货物运输站（场）经营许可", "港口经营许可"]),
        ("wjw", ["医疗机构设置审批*", "医疗机构执业登记*", "公共场所卫生许可*", "饮用水供水单位卫生许可*", "母婴保健技术服务执业许可*", "医师执业注册*", "护士执业注册*", "放射诊疗许可", "医疗广告审查", "职业病诊断机构批准"]),
        ("rsj", ["劳务派遣经营许可*", "民办职业培训学校设立审批*", "企业实行不定时工作制和综合计算工时工作制审批", "人力资源服务许可*", "特殊工种提前退休审批", "职业技能鉴定机构设立审核"]),
        ("mzj", ["社会团体成立登记*", "民办非企业单位登记*", "养老机构设立许可*", "公益性公墓建设审批", "地名命名更名审批", "社会团体章程核准"]),
        ("nw", ["农药经营许可*", "兽药经营许可*", "动物防疫条件合格证核发*", "农作物种子生产经营许可*", "拖拉机驾驶证核发*", "渔业捕捞许可*", "生鲜乳收购许可", "动物诊疗许可", "兽医师执业注册", "农作物种子检验员考核"]),
        ("lyj", ["林木采伐许可*", "木材运输证核发", "占用征收林地审核", "林木种子生产经营许可*", "野生动物驯养繁殖许可*", "木材经营加工许可*"]),
        ("slj", ["取水许可*", "河道管理范围内建设项目审批", "生产建设项目水土保持方案审批*", "生产建设项目水土保持设施验收", "水利工程建设项目初步设计审批", "河道采砂许可", "水工程建设规划同意书审核"]),
        ("ajj", ["危险化学品经营许可*", "烟花爆竹经营（零售）许可*", "非煤矿山安全生产许可", "建设项目安全设施设计审查", "生产经营单位主要负责人安全资格认定"]),
        ("swj", ["酒类商品批发零售许可*", "成品油零售经营资格审核", "对外贸易经营者备案", "再生资源回收经营者备案", "拍卖企业设立审核", "生猪定点屠宰厂（场）设立审核"]),
        ("whw", ["娱乐场所经营许可*", "互联网上网服务营业场所经营许可*", "出版物零售经营许可*", "营业性演出许可*", "文物保护单位建设控制地带建设工程审批", "卫星电视广播地面接收设施安装许可", "文艺表演团体设立审批"]),
        ("jw", ["民办学校设立审批*", "教师资格认定", "校车使用许可*", "民办培训机构办学许可*", "幼儿园设立审批", "中小学校舍改扩建审批"]),
        ("fgw", ["企业投资项目核准", "企业投资项目备案", "固定资产投资项目节能审查", "粮食收购资格许可*", "政府投资项目建议书审批", "招标方案核准"]),
        ("jxw", ["电力设施保护区内施工作业许可", "工业固定资产投资项目备案", "新型墙体材料企业认定", "电力线路迁改审批"]),
        ("kw", ["科技计划项目立项审核", "高新技术企业认定初审", "实验动物使用许可"]),
        ("mzzj", ["宗教活动场所设立审批", "宗教活动场所登记", "宗教临时活动地点审批", "清真食品准营证核发*"]),
        ("czj", ["代理记账机构设立审批*", "会计从业资格认定", "政府采购代理机构资格审核"]),
        ("gaj", ["剧毒化学品购买许可", "民用爆炸物品购买许可", "烟花爆竹道路运输许可", "大型群众性活动安全许可", "公章刻制业特种行业许可*", "旅馆业特种行业许可*", "典当业特种行业许可", "户口迁移审批", "机动车登记*"]),
        ("sfj", ["基层法律服务工作者执业核准*", "律师事务所设立审核", "司法鉴定机构设立审核"]),
        ("szj", ["城市道路占用挖掘许可*", "户外广告设施设置许可*", "临时占用城市绿地审批", "砍伐迁移城市树木审批", "城镇污水排入排水管网许可*"]),
        ("lvj", ["旅行社设立许可*", "导游证核发", "旅游星级饭店评定初审"]),
        ("wjj", ["收费许可证核发*", "价格认证机构资质审核"]),
    ];

    private static readonly string[] Variants = ["（新办）", "（变更）", "（延续）", "（注销）", "（补办）"];

    /// <summary>公共服务事项 received in every township centre, with the department that handles them.</summary>
    private static readonly (string Body, string Name)[] TownshipCatalog =
    [
        ("mzj", "城乡居民最低生活保障申请受理"), ("mzj", "临时救助申请受理"), ("mzj", "农村五保供养申请受理"), ("mzj", "医疗救助申请受理"),
        ("mzj", "高龄津贴申请受理"), ("mzj", "优抚对象抚恤补助申请受理"), ("mzj", "殡葬补助申请受理"), ("mzj", "老年人优待证办理"),
        ("mzj", "孤儿基本生活费申请受理"), ("mzj", "残疾人两项补贴申请受理"), ("mzj", "低收入家庭认定申请受理"), ("mzj", "结婚登记预约"),
        ("rsj", "城乡居民养老保险参保登记"), ("rsj", "城乡居民养老保险待遇领取"), ("rsj", "就业失业登记"), ("rsj", "失业保险金申领受理"),
        ("rsj", "创业担保贷款申请受理"), ("rsj", "农民工工资投诉受理"), ("rsj", "职业技能培训报名"), ("rsj", "城乡居民养老保险关系转移"),
        ("wjw", "城乡居民合作医疗参保登记"), ("wjw", "新型农村合作医疗费用报销"), ("wjw", "生育服务证办理"), ("wjw", "流动人口婚育证明办理"),
        ("wjw", "计划生育家庭奖励扶助申请受理"), ("wjw", "独生子女父母光荣证办理"), ("wjw", "门诊特殊疾病申请受理"), ("wjw", "计划生育特别扶助申请受理"),
        ("nw", "农业机械购置补贴申请受理"), ("nw", "耕地地力保护补贴申报"), ("nw", "农村土地承包经营权证办理"), ("nw", "农业技术推广咨询服务"),
        ("nw", "动物检疫申报受理"), ("nw", "政策性农业保险投保受理"), ("lyj", "退耕还林补助兑现"), ("lyj", "林权证办理受理"),
        ("lyj", "生态公益林补偿兑现"), ("cjw", "农村危房改造申请受理"), ("cjw", "公共租赁住房申请受理"), ("gfj", "农村建房用地申请受理"),
        ("ghj", "乡村建设规划许可申请受理"), ("sfj", "法律援助申请受理"), ("sfj", "人民调解申请受理"), ("gaj", "居住证申领受理"),
        ("fpb", "扶贫小额信贷申请受理"), ("whw", "农家书屋借阅服务"),
    ];

    /// <summary>便民服务事项 the village centres take in on the applicant's behalf (代办).</summary>
    private static readonly (string Body, string Name)[] VillageCatalog =
    [
        ("mzj", "最低生活保障申请代办"), ("mzj", "临时救助申请代办"), ("mzj", "高龄津贴申请代办"), ("mzj", "残疾人证申办代办"),
        ("mzj", "医疗救助申请代办"), ("mzj", "优抚对象补助申请代办"), ("mzj", "农村五保供养申请代办"), ("mzj", "殡葬补助申请代办"),
        ("mzj", "老年人优待证申办代办"), ("mzj", "孤儿基本生活费申请代办"), ("mzj", "残疾人两项补贴申请代办"), ("rsj", "城乡居民养老保险参保代办"),
        ("rsj", "城乡居民养老保险待遇领取资格认证"), ("rsj", "就业失业登记代办"), ("rsj", "创业担保贷款申请代办"), ("rsj", "农民工工资投诉代办"),
        ("wjw", "城乡居民合作医疗缴费代办"), ("wjw", "新型农村合作医疗报销代办"), ("wjw", "生育服务证申办代办"), ("wjw", "流动人口婚育证明代办"),
        ("wjw", "独生子女父母光荣证代办"), ("wjw", "计划生育奖励扶助申请代办"), ("wjw", "计生药具发放"), ("nw", "农机购置补贴申请代办"),
        ("nw", "耕地地力保护补贴申报代办"), ("nw", "农村土地承包经营权证申办代办"), ("nw", "政策性农业保险投保代办"), ("nw", "能繁母猪保险投保代办"),
        ("nw", "动物防疫登记代办"), ("lyj", "林权证申办代办"), ("lyj", "退耕还林补助申报代办"), ("cjw", "农村危房改造申请代办"),
        ("gfj", "农村建房用地申请代办"), ("sfj", "法律援助申请代办"), ("sfj", "人民调解申请受理"), ("gaj", "户籍证明材料代办"),
        ("gaj", "居住证申领代办"), ("fpb", "扶贫小额信贷申请代办"), ("jw", "家庭经济困难学生资助申请代办"), ("swj", "农村电子商务服务代办"),
        ("zfb", "村（居）民证明开具"), ("zfb", "村级公益事业一事一议申报"), ("whw", "农家书屋借阅登记"), ("jtw", "农村客运招呼站乘车服务咨询"),
    ];

    private static readonly string[] VillageNames =
    [
        "红岩", "长安", "新华", "双河", "白果", "青龙", "金盆", "桃园", "向阳", "石龙", "大坪", "柳坪", "高峰", "鹿坪", "中岭", "团结", "和平", "光明",
        "五星", "龙泉", "凉桥", "黄溪", "水田", "茶园", "杉木", "马坪", "三坝", "兴隆", "梨园", "松树", "大河", "小溪", "天池", "观音", "营盘", "檀木",
        "竹园", "坪坝", "兰家", "庙坝", "银厂", "铜罐", "仙桥", "凤池", "宝坪", "朝阳", "新田", "玉龙", "大湾", "胜利",
    ];

    private static readonly string[] CommunityNames = ["北门", "南门", "东门", "西门", "滨河", "马镇坝", "柏杨", "城北", "城南", "新城", "广场", "柳门", "西溪", "春申"];

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
                LegalBasis = type == ServiceItemType.PublicService ? $"《重庆市{(tier == ServiceTier.Village ? "村（社区）便民服务中心" : "乡镇（街道）公共服务中心")}建设管理办法》及有关法规政策" : "《中华人民共和国行政许可法》及有关法律、法规、规章",
                Conditions = "申请人符合法律、法规规定的条件，申请材料齐全、符合法定形式。",
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
            events.AddRange(cancelled[i].Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Cancelled, On = on, Decision = decision, Note = "按照行政审批制度改革要求予以取消" }));
        }

        for (var i = 0; i < undertaken.Count; i++)
        {
            var (on, decision) = takeRounds[i % takeRounds.Count];
            events.AddRange(undertaken[i].Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Undertaken, On = on, Decision = decision, Note = "承接重庆市人民政府下放的行政审批事项" }));
        }

        foreach (var b in county.Except(undertaken).Where((_, i) => i % 9 == 0))
        {
            events.AddRange(b.Select(item => new ServiceItemEvent { ItemId = item.Id, Kind = ItemEventKind.Adjusted, On = new DateOnly(2014, 12, 26), Decision = "巫溪府发〔2014〕86号", Note = "调整承诺办结时限" }));
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

    private static readonly string[] Rejections =
    [
        "申请材料不齐全，已一次性告知需补正的材料",
        "申请事项不属于本机关职权范围，已告知向有关机关申请",
        "申请人不具备申请资格",
    ];

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
                suspensions.Add(new CaseSuspension { Kind = rng.Next(2) == 0 ? SuspensionKind.SiteInspection : SuspensionKind.ExpertReview, From = from, To = to, WorkingDays = c.SuspendedDays, Note = "依法需要现场勘查或专家评审" });
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
                c.Rectification = "已电话回访申请人，说明情况并督促窗口整改。";
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

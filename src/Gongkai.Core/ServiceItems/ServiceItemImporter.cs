using System.Globalization;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

public sealed record ServiceItemImportReject(long Line, string Reason, string Code, string Name);

public sealed record ServiceItemImportResult(int Added, int Updated, int Unchanged, int Events, IReadOnlyList<ServiceItemImportReject> Rejected);

/// <summary>
/// Brings in a county's existing item list (every county keeps one in a provincial system) and the catalog's
/// history. A row is an item, identified by its code; a row may also carry one event (变更类型, 变更日期,
/// 决定文号). Re-runnable: a known code with the same fields is left alone, a changed one is updated, an event
/// already recorded is not recorded twice; rejected rows and their reasons are returned, nothing is half-written.
/// </summary>
public sealed class ServiceItemImporter(GongkaiDb db)
{
    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["code"] = ["事项编码", "实施编码", "编码", "事项代码"],
        ["national_code"] = ["基本编码", "基本目录编码", "国家基本目录编码"],
        ["name"] = ["事项名称", "名称"],
        ["type"] = ["事项类型", "类型", "权力类型"],
        ["body"] = ["实施主体", "实施主体代码", "单位代码", "实施机关"],
        ["tier"] = ["层级", "行使层级"],
        ["legal_basis"] = ["设定依据", "法律依据"],
        ["conditions"] = ["受理条件", "申请条件"],
        ["materials"] = ["申请材料", "材料"],
        ["procedure"] = ["办理流程", "办理程序", "流程"],
        ["statutory_days"] = ["法定时限", "法定办结时限"],
        ["promised_days"] = ["承诺时限", "承诺办结时限"],
        ["fees"] = ["收费标准", "收费", "收费标准及依据"],
        ["place"] = ["办理地点", "受理地点"],
        ["hours"] = ["办理时间", "受理时间"],
        ["online_url"] = ["网上办理地址", "在线办理地址", "网办地址"],
        ["consult_phone"] = ["咨询电话", "咨询方式"],
        ["complaint_phone"] = ["监督电话", "投诉电话", "监督投诉电话"],
        ["on_site"] = ["是否进驻", "进驻中心", "进驻"],
        ["topics"] = ["主题", "生活事件", "主题（生活事件）", "主题分类"],
        ["event"] = ["变更类型", "动态调整", "调整类型"],
        ["event_on"] = ["变更日期", "调整日期", "生效日期"],
        ["decision"] = ["决定文号", "调整文号", "依据文号"],
        ["to_tier"] = ["下放至", "下放层级"],
        ["note"] = ["备注", "说明"],
    };

    public const string HeaderHelp = "首行列名（英文或中文）：code 事项编码, name 事项名称, type 事项类型, body 实施主体（单位代码或全称）, tier 层级, national_code 基本编码, legal_basis 设定依据, conditions 受理条件, materials 申请材料, procedure 办理流程, statutory_days 法定时限, promised_days 承诺时限, fees 收费标准, place 办理地点, hours 办理时间, online_url 网上办理地址, consult_phone 咨询电话, complaint_phone 监督电话, on_site 是否进驻, topics 主题（生活事件，以“、”分隔）；可带一项变更：event 变更类型（新增/取消/下放/承接/调整）, event_on 变更日期, decision 决定文号, to_tier 下放至, note 备注";

    public static IEnumerable<TableRow> ReadFile(string path) => TableRow.Read(path, Columns, "code", "首行须为列名，至少包括 code（事项编码）");

    public async Task<ServiceItemImportResult> ImportAsync(IEnumerable<TableRow> rows, CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().ToListAsync(ct);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in bodies)
        {
            byKey.TryAdd(b.Code, b.Id);
            byKey.TryAdd(b.Name, b.Id);
        }

        var items = await db.ServiceItems.ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var known = (await db.ServiceItemEvents.AsNoTracking().Select(e => new { e.ItemId, e.Kind, e.On, e.Decision }).ToListAsync(ct))
            .Select(e => (e.ItemId, e.Kind, e.On, e.Decision ?? "")).ToHashSet();
        var rejected = new List<ServiceItemImportReject>();
        var published = new HashSet<ServiceItem>();
        var pendingEvents = new List<(ServiceItem Item, ServiceItemEvent Event)>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (row.Fields is not { } f)
            {
                rejected.Add(new(row.Line, row.Error ?? "无法读取", "", ""));
                continue;
            }

            var code = f.GetValueOrDefault("code", "");
            var name = f.GetValueOrDefault("name", "");
            var problem = Parse(f, items.GetValueOrDefault(code), byKey, out var fields, out var change);
            if (problem is not null)
            {
                rejected.Add(new(row.Line, problem, code, name));
                continue;
            }

            if (!items.TryGetValue(code, out var item))
            {
                // The list comes from the provincial system, where these guides are already public.
                item = new ServiceItem { Code = code, State = Catalog.ItemState.Published };
                fields!(item);
                db.ServiceItems.Add(item);
                items[code] = item;
                published.Add(item);
                added++;
            }
            else
            {
                var before = Snapshot(item);
                fields!(item);
                if (Snapshot(item) == before)
                {
                    unchanged++;
                }
                else
                {
                    // The provincial list is already public: what changed there is published here, as a new version.
                    if (item.PendingJson is null)
                    {
                        item.State = Catalog.ItemState.Published;
                    }

                    published.Add(item);
                    updated++;
                }
            }

            if (change is { } e)
            {
                // The same decision for the same item on the same day is one event, however often the file is run.
                var key = (item.Id, e.Kind, e.On, e.Decision ?? "");
                if (item.Id == 0 ? !pendingEvents.Any(p => p.Item == item && p.Event.Kind == e.Kind && p.Event.On == e.On && p.Event.Decision == e.Decision) : known.Add(key))
                {
                    pendingEvents.Add((item, e));
                }
            }
        }

        foreach (var item in published)
        {
            // Set before the first save, so that adding the versions does not change the item a second time.
            item.PublishedAt ??= db.Time.GetUtcNow();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var numbers = await db.ServiceItemVersions.GroupBy(v => v.ItemId).Select(g => new { g.Key, Number = g.Max(v => v.Number) }).ToDictionaryAsync(v => v.Key, v => v.Number, ct);
        foreach (var item in published)
        {
            db.ServiceItemVersions.Add(ServiceItemWorkflow.NewVersion(db, item, numbers.GetValueOrDefault(item.Id) + 1));
        }

        foreach (var (item, e) in pendingEvents)
        {
            e.ItemId = item.Id;
            db.ServiceItemEvents.Add(e);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ServiceItemImportResult(added, updated, unchanged, pendingEvents.Count, rejected);
    }

    private static (int BodyId, ServiceGuide Guide) Snapshot(ServiceItem i) => (i.BodyId, ServiceGuide.Of(i));

    /// <summary>Checks a row and returns how to apply it to an item (new or existing), or the reason it is refused.</summary>
    private static string? Parse(IReadOnlyDictionary<string, string> f, ServiceItem? existing, Dictionary<string, int> bodies, out Action<ServiceItem>? apply, out ServiceItemEvent? change)
    {
        apply = null;
        change = null;
        if (ServiceItem.CodeProblem(f.GetValueOrDefault("code", "")) is { } bad)
        {
            return bad;
        }

        string? Get(string column) => f.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
        var name = Get("name") ?? existing?.Name;
        if (name is null || name.Length > 200)
        {
            return name is null ? "新事项须填写事项名称" : "事项名称不能超过 200 个字";
        }

        ServiceItemType? type = existing?.Type;
        if (Get("type") is { } t)
        {
            type = ParseType(t);
            if (type is null)
            {
                return $"事项类型“{t}”无法识别，应为：{string.Join("、", Enum.GetValues<ServiceItemType>().Select(ServiceItem.TypeLabel))}";
            }
        }

        if (type is null)
        {
            return "新事项须填写事项类型";
        }

        int? bodyId = existing?.BodyId;
        if (Get("body") is { } b)
        {
            if (!bodies.TryGetValue(b, out var id))
            {
                return $"实施主体“{b}”不是本平台的单位（填单位代码或全称）";
            }

            bodyId = id;
        }

        if (bodyId is null)
        {
            return "新事项须填写实施主体";
        }

        ServiceTier? tier = existing?.Tier ?? ServiceTier.County;
        if (Get("tier") is { } tierText && (tier = ParseTier(tierText)) is null)
        {
            return $"层级“{tierText}”无法识别，应为县级、乡镇（街道）或村（社区）";
        }

        int? statutory = existing?.StatutoryDays, promised = existing?.PromisedDays;
        foreach (var (column, label) in new[] { ("statutory_days", "法定时限"), ("promised_days", "承诺时限") })
        {
            if (Get(column) is not { } text)
            {
                continue;
            }

            if (!TryDays(text, out var days))
            {
                return $"{label}“{text}”应为工作日数（如 20 或 “20个工作日”）";
            }

            if (column == "statutory_days")
            {
                statutory = days;
            }
            else
            {
                promised = days;
            }
        }

        if (statutory is { } s && promised is { } p && p > s)
        {
            return $"承诺时限（{p} 个工作日）不能长于法定时限（{s} 个工作日）";
        }

        bool? onSite = existing?.OnSite ?? false;
        if (Get("on_site") is { } site && (onSite = ParseYesNo(site)) is null)
        {
            return $"是否进驻“{site}”应为“是”或“否”";
        }

        if (Get("online_url") is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
        {
            return $"网上办理地址“{url}”不是 http 或 https 网址";
        }

        if (Get("event") is { } eventText)
        {
            if (ParseEvent(eventText) is not { } kind)
            {
                return $"变更类型“{eventText}”无法识别，应为新增、取消、下放、承接或调整";
            }

            if (Get("event_on") is not { } onText || !TryDate(onText, out var on))
            {
                return "有变更类型时须填写变更日期（如 2015-06-30）";
            }

            ServiceTier? toTier = null;
            if (Get("to_tier") is { } to && (toTier = ParseTier(to)) is null)
            {
                return $"下放至“{to}”无法识别，应为乡镇（街道）或村（社区）";
            }

            change = new ServiceItemEvent { Kind = kind, On = on, Decision = Get("decision"), ToTier = kind == ItemEventKind.Delegated ? toTier : null, Note = Get("note") };
        }

        var values = (Name: name, Type: type.Value, Body: bodyId.Value, Tier: tier!.Value, Statutory: statutory, Promised: promised, OnSite: onSite!.Value);
        apply = item =>
        {
            item.Name = values.Name;
            item.Type = values.Type;
            item.BodyId = values.Body;
            item.Tier = values.Tier;
            item.StatutoryDays = values.Statutory;
            item.PromisedDays = values.Promised;
            item.OnSite = values.OnSite;
            item.NationalCode = Get("national_code") ?? item.NationalCode;
            item.LegalBasis = Get("legal_basis") ?? item.LegalBasis;
            item.Conditions = Get("conditions") ?? item.Conditions;
            item.Materials = Get("materials") ?? item.Materials;
            item.Procedure = Get("procedure") ?? item.Procedure;
            item.Fees = Get("fees") ?? item.Fees;
            item.Place = Get("place") ?? item.Place;
            item.Hours = Get("hours") ?? item.Hours;
            item.OnlineUrl = Get("online_url") ?? item.OnlineUrl;
            item.ConsultPhone = Get("consult_phone") ?? item.ConsultPhone;
            item.ComplaintPhone = Get("complaint_phone") ?? item.ComplaintPhone;
            item.Topics = ServiceTopics.Normalize(Get("topics")) ?? item.Topics;
        };
        return null;
    }

    public static ServiceItemType? ParseType(string text) =>
        Enum.GetValues<ServiceItemType>().Cast<ServiceItemType?>().FirstOrDefault(t =>
            string.Equals(t.ToString(), text, StringComparison.OrdinalIgnoreCase) || ServiceItem.TypeLabel(t!.Value) == text.Trim()
            || (t == ServiceItemType.Licensing && text.Trim() == "行政审批"));

    public static ServiceTier? ParseTier(string text) => text.Trim() switch
    {
        "县级" or "县" or "County" or "county" => ServiceTier.County,
        "乡镇" or "街道" or "乡镇（街道）" or "乡镇(街道)" or "乡级" or "Township" or "township" => ServiceTier.Township,
        "村" or "社区" or "村（社区）" or "村(社区)" or "村级" or "Village" or "village" => ServiceTier.Village,
        _ => null,
    };

    public static ItemEventKind? ParseEvent(string text) =>
        Enum.GetValues<ItemEventKind>().Cast<ItemEventKind?>().FirstOrDefault(k =>
            string.Equals(k.ToString(), text, StringComparison.OrdinalIgnoreCase) || ServiceItem.EventLabel(k!.Value) == text.Trim());

    private static bool? ParseYesNo(string text) => text.Trim() switch
    {
        "是" or "进驻" or "已进驻" or "Y" or "y" or "yes" or "true" or "1" => true,
        "否" or "未进驻" or "N" or "n" or "no" or "false" or "0" => false,
        _ => null,
    };

    private static bool TryDays(string text, out int days)
    {
        // Real guides write a same-day item as 即办 (即办件, 当场办结): no working day is counted.
        if (text.Trim() is "即办" or "即办件" or "当场办结" or "即时办结" or "当日办结" or "立即办结")
        {
            days = 0;
            return true;
        }

        var digits = text.Trim().Replace("个工作日", "", StringComparison.Ordinal).Replace("工作日", "", StringComparison.Ordinal).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is > 0 and <= 1000;
    }

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1990 and <= 2100;
}

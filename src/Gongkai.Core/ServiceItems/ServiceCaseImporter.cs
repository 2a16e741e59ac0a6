using System.Globalization;
using System.Text.Json;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

public sealed record CaseImportReject(long Line, string Reason, string Number);

public sealed record CaseImportResult(long Added, long Updated, long Unchanged, IReadOnlyList<CaseImportReject> Rejected);

/// <summary>
/// Loads 办件 from the provincial platform's export. The 办件编号 is the key: a known number with the same
/// fields is left alone, a changed one is updated in place (audited one by one: an export is the platform's
/// current view of the case, e.g. it was finished or evaluated since); new cases are written in bulk, in
/// batches each in its own transaction, so a million rows load in bounded memory and a failure loses at most
/// one batch. A rejected row is reported with its reason and writes nothing. Suspensions come either as their
/// total of working days (暂停工作日), which most exports carry, or one by one (特别程序: "专家评审 2015-10-08至2015-10-09；
/// 听证 2015-11-02起"), checked as the window's steps would be; a row's list replaces the case's earlier one.
/// </summary>
public sealed class ServiceCaseImporter(GongkaiDb db)
{
    public const int DefaultBatchSize = 2000;

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["number"] = ["办件编号", "申报号", "办件号"],
        ["item"] = ["事项编码", "实施编码"],
        ["centre"] = ["服务中心", "受理中心", "办理中心"],
        ["window"] = ["窗口", "受理窗口"],
        ["applicant_type"] = ["申请人类型", "申请人性质"],
        ["applicant"] = ["申请人", "申请人名称"],
        ["received_at"] = ["收件时间", "申报时间"],
        ["acceptance"] = ["受理结果", "受理情况"],
        ["accepted_on"] = ["受理日期", "受理时间"],
        ["reason"] = ["不予受理理由", "不予受理原因"],
        ["missing"] = ["一次性告知", "补正材料", "缺少材料"],
        ["suspended_days"] = ["暂停工作日", "特别程序工作日"],
        ["suspensions"] = ["特别程序", "特别程序环节", "暂停记录"],
        ["finished_on"] = ["办结日期", "办结时间"],
        ["result"] = ["办结结果", "办理结果"],
        ["evaluation"] = ["评价", "评价结果", "好差评"],
        ["evaluated_on"] = ["评价日期", "评价时间"],
        ["evaluation_reason"] = ["差评原因", "评价原因"],
        ["rectified_on"] = ["整改日期"],
        ["rectification"] = ["整改情况", "整改措施"],
    };

    public const string HeaderHelp = "首行列名（英文或中文）：number 办件编号, item 事项编码, received_at 收件时间（北京时间）, centre 服务中心, window 窗口, applicant_type 申请人类型（个人/法人或其他组织）, applicant 申请人, acceptance 受理结果（受理/不予受理）, accepted_on 受理日期, reason 不予受理理由, missing 一次性告知, suspended_days 暂停工作日, suspensions 特别程序（如“专家评审 2015-10-08至2015-10-09；听证 2015-11-02起”）, finished_on 办结日期, result 办结结果（准予/不予/撤回/终止）, evaluation 评价, evaluated_on 评价日期, evaluation_reason 差评原因, rectified_on 整改日期, rectification 整改情况";

    private const string BadHeader = "首行须为列名，至少包括 number（办件编号）";

    public static IEnumerable<TableRow> ReadFile(string path) => TableRow.Read(path, Columns, "number", BadHeader);

    /// <summary>An export sent as CSV (UTF-8 or GB18030) in a seekable stream, such as an API request's body.</summary>
    public static IEnumerable<TableRow> ReadCsv(Stream stream) => TableRow.Read(TableFile.ReadCsv(stream), Columns, "number", BadHeader);

    /// <summary>An export as a JSON array of objects keyed by the same column names as the CSV's header.</summary>
    public static IEnumerable<TableRow> ReadJson(JsonElement array) => TableRow.ReadJson(array, Columns, "number", "须有 number（办件编号）");

    private sealed record ItemInfo(int Id, int BodyId, ServiceTier Tier, int? PromisedDays, int? StatutoryDays);

    public async Task<CaseImportResult> ImportAsync(IEnumerable<TableRow> rows, int batchSize = DefaultBatchSize, CancellationToken ct = default)
    {
        var items = await db.ServiceItems.AsNoTracking()
            .ToDictionaryAsync(i => i.Code, i => new ItemInfo(i.Id, i.BodyId, i.Tier, i.PromisedDays, i.StatutoryDays), StringComparer.Ordinal, ct);
        var centres = await db.ServiceCentres.AsNoTracking().ToDictionaryAsync(c => c.Name, StringComparer.Ordinal, ct);
        var windows = (await db.CentreWindows.AsNoTracking().ToListAsync(ct)).ToLookup(w => w.CentreId);
        var onSite = (await db.CentreItems.AsNoTracking().Select(x => new { x.CentreId, x.ItemId }).ToListAsync(ct)).Select(x => (x.CentreId, x.ItemId)).ToHashSet();
        var calendar = await new CalendarService(db).LoadAsync(ct);
        var rejected = new List<CaseImportReject>();
        long added = 0, updated = 0, unchanged = 0;
        var batch = new List<(long Line, ServiceCase Case, List<CaseSuspension>? Suspensions)>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);

        async Task FlushAsync()
        {
            var (a, u, n) = await SaveBatchAsync(batch, ct);
            added += a;
            updated += u;
            unchanged += n;
            batch.Clear();
        }

        foreach (var row in rows)
        {
            if (row.Fields is not { } f)
            {
                rejected.Add(new(row.Line, row.Error ?? "无法读取", ""));
                continue;
            }

            var number = f.GetValueOrDefault("number", "");
            var problem = Parse(f, items, centres, windows, onSite, calendar, out var c, out var suspensions);
            if (problem is null && !numbers.Add(number))
            {
                problem = $"办件编号 {number} 在文件中重复出现";
            }

            if (problem is not null)
            {
                rejected.Add(new(row.Line, problem, number));
                continue;
            }

            batch.Add((row.Line, c!, suspensions));
            if (batch.Count >= batchSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        return new CaseImportResult(added, updated, unchanged, rejected);
    }

    private async Task<(long Added, long Updated, long Unchanged)> SaveBatchAsync(List<(long Line, ServiceCase Case, List<CaseSuspension>? Suspensions)> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return (0, 0, 0);
        }

        var keys = batch.Select(b => b.Case.ProvincialNumber!).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            // Take SQLite's write lock now, so the keys reserved below stay ours until commit.
            await db.Database.ExecuteSqlRawAsync("UPDATE service_cases SET \"Revision\" = \"Revision\" WHERE 0", ct);
        }

        var known = await db.ServiceCases.Where(c => keys.Contains(c.ProvincialNumber!)).ToDictionaryAsync(c => c.ProvincialNumber!, StringComparer.Ordinal, ct);
        var knownIds = known.Values.Select(k => k.Id).ToList();
        var held = (await db.CaseSuspensions.Where(x => knownIds.Contains(x.CaseId)).ToListAsync(ct)).ToLookup(x => x.CaseId);
        var fresh = new List<ServiceCase>();
        var freshSuspensions = new List<(ServiceCase Case, CaseSuspension Suspension)>();
        long updated = 0, unchanged = 0;
        foreach (var (_, c, suspensions) in batch)
        {
            if (!known.TryGetValue(c.ProvincialNumber!, out var old))
            {
                fresh.Add(c);
                freshSuspensions.AddRange((suspensions ?? []).Select(x => (c, x)));
                continue;
            }

            var replaced = ReplaceSuspensions(old, held[old.Id].ToList(), suspensions, c.SuspendedDays);

            var entry = db.Entry(old);
            foreach (var p in entry.Properties.Where(p => p.Metadata.Name is not (nameof(ServiceCase.Id) or nameof(ServiceCase.Revision))))
            {
                var value = p.Metadata.PropertyInfo!.GetValue(c);
                if (!Equals(p.CurrentValue, value))
                {
                    p.CurrentValue = value;
                }
            }

            if (entry.State == EntityState.Modified || replaced)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (fresh.Count > 0)
        {
            var ids = await BulkInsert.ReserveKeysAsync<ServiceCase>(db, fresh.Count, ct);
            for (var k = 0; k < fresh.Count; k++)
            {
                fresh[k].Id = ids[k];
            }

            await BulkInsert.WriteAsync(db, fresh, ct);
            if (freshSuspensions.Count > 0)
            {
                var keys2 = await BulkInsert.ReserveKeysAsync<CaseSuspension>(db, freshSuspensions.Count, ct);
                for (var k = 0; k < freshSuspensions.Count; k++)
                {
                    freshSuspensions[k].Suspension.Id = keys2[k];
                    freshSuspensions[k].Suspension.CaseId = freshSuspensions[k].Case.Id;
                }

                await BulkInsert.WriteAsync(db, freshSuspensions.ConvertAll(x => x.Suspension), ct);
            }

            await CaseRollup.ApplyAsync(db, fresh.Select(c => ((ServiceCase?)null, (ServiceCase?)c)), ct);
            db.AuditEvents.Add(new Audit.AuditEvent
            {
                At = db.Time.GetUtcNow(),
                ActorId = db.Actor.UserId,
                ActorName = db.Actor.Name,
                EntityType = nameof(ServiceCase),
                EntityId = $"{fresh[0].Id}…{fresh[^1].Id}",
                Action = "imported",
                Changes = JsonSerializer.Serialize(new { count = fresh.Count, first = fresh[0].ProvincialNumber, last = fresh[^1].ProvincialNumber, suspensions = freshSuspensions.Count }, GongkaiDb.JsonOptions),
            });
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (fresh.Count, updated, unchanged);
    }

    /// <summary>Checks a row as the window's steps would, and builds the case with its due dates, or says why not.</summary>
    private static string? Parse(
        IReadOnlyDictionary<string, string> f, Dictionary<string, ItemInfo> items, Dictionary<string, ServiceCentre> centres, ILookup<int, CentreWindow> windows,
        HashSet<(int, int)> onSite, WorkingCalendar calendar, out ServiceCase? result, out List<CaseSuspension>? suspensions)
    {
        result = null;
        suspensions = null;
        string? Get(string column) => f.TryGetValue(column, out var v) ? v : null;
        var number = Get("number");
        if (number is null || number.Length > 64)
        {
            return "办件编号不能为空，且不超过 64 个字符";
        }

        if (Get("item") is not { } code || !items.TryGetValue(code, out var item))
        {
            return Get("item") is { } unknown ? $"事项编码“{unknown}”不在本县事项目录中" : "须填写事项编码";
        }

        if (Get("received_at") is not { } receivedText || ParseInstant(receivedText) is not { } receivedAt)
        {
            return "收件时间缺失或格式不正确（如 2015-09-29 09:30）";
        }

        var c = new ServiceCase
        {
            ProvincialNumber = number,
            ItemId = item.Id,
            BodyId = item.BodyId,
            Tier = item.Tier,
            ReceivedAt = receivedAt.ToUniversalTime(),
            ReceivedOn = GongkaiDb.LocalDate(receivedAt),
            ApplicantName = Get("applicant") is { Length: <= 200 } name ? name : null,
        };
        if (Get("centre") is { } centreName)
        {
            if (!centres.TryGetValue(centreName, out var centre))
            {
                return $"服务中心“{centreName}”不存在";
            }

            if (!onSite.Contains((centre.Id, item.Id)))
            {
                return $"事项 {code} 未进驻{centre.Name}";
            }

            c.CentreId = centre.Id;
            c.Tier = centre.Tier;
            if (Get("window") is { } windowName)
            {
                c.WindowId = windows[centre.Id].FirstOrDefault(w => w.Name == windowName || w.Number == windowName)?.Id;
                if (c.WindowId is null)
                {
                    return $"{centre.Name}没有窗口“{windowName}”";
                }
            }
        }

        switch (Get("applicant_type"))
        {
            case null or "个人" or "自然人" or "Person":
                c.ApplicantType = ApplicantType.Person;
                break;
            case "法人" or "法人或其他组织" or "企业" or "其他组织" or "Organisation":
                c.ApplicantType = ApplicantType.Organisation;
                break;
            case var other:
                return $"申请人类型“{other}”无法识别，应为：个人、法人或其他组织";
        }

        return Decision(f, c, calendar, item, out suspensions) ?? Finish(f, c, calendar, suspensions) ?? Evaluate(f, c) ?? Done(c, out result);
    }

    private static string? Done(ServiceCase c, out ServiceCase? result)
    {
        result = c;
        return null;
    }

    private static string? Decision(IReadOnlyDictionary<string, string> f, ServiceCase c, WorkingCalendar calendar, ItemInfo item, out List<CaseSuspension>? suspensions)
    {
        suspensions = null;
        var acceptance = f.GetValueOrDefault("acceptance");
        if (acceptance is null && !f.ContainsKey("accepted_on"))
        {
            return f.ContainsKey("finished_on") ? "未受理的办件不能有办结日期" : null;
        }

        c.Acceptance = acceptance switch
        {
            null or "受理" or "已受理" or "Accepted" => CaseAcceptance.Accepted,
            "不予受理" or "NotAccepted" => CaseAcceptance.NotAccepted,
            _ => null,
        };
        if (c.Acceptance is null)
        {
            return $"受理结果“{acceptance}”无法识别，应为：受理、不予受理";
        }

        if (!f.TryGetValue("accepted_on", out var onText) || !ServiceItemImporter.TryDate(onText, out var on))
        {
            return "受理日期缺失或格式不正确（如 2015-09-29）";
        }

        if (on < c.ReceivedOn)
        {
            return $"受理日期不能早于收件日期（{c.ReceivedOn:yyyy-MM-dd}）";
        }

        c.AcceptanceOn = on;
        if (f.TryGetValue("missing", out var missing))
        {
            c.MissingMaterials = string.Join("\n", missing.Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            c.MissingNoticeOn = on;
        }

        if (c.Acceptance == CaseAcceptance.NotAccepted)
        {
            c.RejectionReason = f.GetValueOrDefault("reason");
            return c.RejectionReason is null or { Length: > 1000 } ? "不予受理须写明理由（不超过 1000 字）" : f.ContainsKey("finished_on") ? "不予受理的办件不能有办结日期" : null;
        }

        if (f.TryGetValue("suspended_days", out var days))
        {
            if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 1000)
            {
                return $"暂停工作日“{days}”应为 0 至 1000 的整数";
            }

            c.SuspendedDays = n;
        }

        if (f.TryGetValue("suspensions", out var listText))
        {
            if (Suspensions(listText, c.AcceptanceOn!.Value, calendar, out suspensions) is { } wrong)
            {
                return wrong;
            }

            var sum = suspensions!.Sum(x => x.WorkingDays ?? 0);
            if (f.ContainsKey("suspended_days") && sum != c.SuspendedDays)
            {
                return $"暂停工作日（{c.SuspendedDays}）与所列特别程序的工作日合计（{sum}）不符";
            }

            c.SuspendedDays = sum;
        }

        ServiceCases.Apply(c, calendar, item.PromisedDays, item.StatutoryDays);
        return null;
    }

    /// <summary>Reads "专家评审 2015-10-08至2015-10-09；听证 2015-11-02起" under the rules of <see cref="ServiceCases.SuspendAsync"/>.</summary>
    private static string? Suspensions(string text, DateOnly acceptedOn, WorkingCalendar calendar, out List<CaseSuspension>? list)
    {
        list = [];
        foreach (var part in text.Split(['；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = System.Text.RegularExpressions.Regex.Match(part, @"^(\S+?)\s*(\d{4}-\d{1,2}-\d{1,2})\s*(?:(?:至|到|~|－|—)\s*(\d{4}-\d{1,2}-\d{1,2})|起)$");
            var kind = m.Success ? Enum.GetValues<SuspensionKind>().Cast<SuspensionKind?>().FirstOrDefault(k => ServiceCase.SuspensionLabel(k!.Value) == m.Groups[1].Value || (k == SuspensionKind.Testing && m.Groups[1].Value is "检测" or "检验")) : null;
            if (kind is null || !ServiceItemImporter.TryDate(m.Groups[2].Value, out var from) || (m.Groups[3].Success && !ServiceItemImporter.TryDate(m.Groups[3].Value, out _)))
            {
                list = null;
                return $"特别程序“{part}”无法识别，应写作“专家评审 2015-10-08至2015-10-09”或“听证 2015-11-02起”（种类：听证、检测检验、专家评审、公示、现场勘查、其他特别程序）";
            }

            DateOnly? to = m.Groups[3].Success && ServiceItemImporter.TryDate(m.Groups[3].Value, out var end) ? end : null;
            var previous = list.Count > 0 ? list[^1] : null;
            var problem = from < acceptedOn ? $"特别程序的开始日期不能早于受理日期（{acceptedOn:yyyy-MM-dd}）"
                : to < from ? "特别程序的结束日期不能早于开始日期"
                : previous is { To: null } ? $"{ServiceCase.SuspensionLabel(previous.Kind)}（{previous.From:yyyy-MM-dd}起）尚未结束，须先结束才能开始新的特别程序"
                : previous is not null && from <= previous.To ? $"特别程序不能与已有的{ServiceCase.SuspensionLabel(previous.Kind)}（{previous.From:yyyy-MM-dd}至{previous.To:yyyy-MM-dd}）重叠"
                : null;
            if (problem is not null)
            {
                list = null;
                return problem;
            }

            list.Add(new CaseSuspension { Kind = kind.Value, From = from, To = to, WorkingDays = to is { } t ? calendar.WorkingDaysBetween(from.AddDays(-1), t) : null });
        }

        return null;
    }

    /// <summary>
    /// A row's list of 特别程序 replaces the case's. A row giving only the total keeps the recorded list when the
    /// totals agree, and drops it when they do not (the platform's current view wins). Returns whether anything changed.
    /// </summary>
    private bool ReplaceSuspensions(ServiceCase c, List<CaseSuspension> had, List<CaseSuspension>? listed, int total)
    {
        static (SuspensionKind, DateOnly, DateOnly?) Key(CaseSuspension x) => (x.Kind, x.From, x.To);
        var wanted = listed ?? (had.Sum(x => x.WorkingDays ?? 0) == total && had.All(x => x.To is not null) ? had.OrderBy(x => x.From).ToList() : []);
        if (wanted.Select(Key).SequenceEqual(had.OrderBy(x => x.From).Select(Key)))
        {
            return false;
        }

        db.CaseSuspensions.RemoveRange(had);
        foreach (var x in wanted)
        {
            x.CaseId = c.Id;
            db.CaseSuspensions.Add(x);
        }

        return true;
    }

    private static string? Finish(IReadOnlyDictionary<string, string> f, ServiceCase c, WorkingCalendar calendar, List<CaseSuspension>? suspensions)
    {
        if (!f.TryGetValue("finished_on", out var text))
        {
            return f.ContainsKey("result") ? "有办结结果时须填写办结日期" : null;
        }

        if (!ServiceItemImporter.TryDate(text, out var on))
        {
            return $"办结日期“{text}”格式不正确（如 2015-10-14）";
        }

        if (on < c.AcceptanceOn)
        {
            return $"办结日期不能早于受理日期（{c.AcceptanceOn:yyyy-MM-dd}）";
        }

        c.Result = f.GetValueOrDefault("result") switch
        {
            null or "准予" or "准予许可" or "办结" or "Granted" => CaseResult.Granted,
            "不予" or "不予许可" or "Refused" => CaseResult.Refused,
            "撤回" or "Withdrawn" => CaseResult.Withdrawn,
            "终止" or "Terminated" => CaseResult.Terminated,
            _ => null,
        };
        if (c.Result is null)
        {
            return $"办结结果“{f["result"]}”无法识别，应为：准予、不予、撤回、终止";
        }

        if (suspensions?.FirstOrDefault(x => x.To is null || x.To > on) is { } late)
        {
            return late.To is null ? "特别程序尚未结束，须先结束特别程序再办结" : $"特别程序（{ServiceCase.SuspensionLabel(late.Kind)}）的结束日期不能晚于办结日期";
        }

        c.FinishedOn = on;
        c.WorkingDays = Math.Max(0, calendar.WorkingDaysBetween(c.AcceptanceOn!.Value, on) - c.SuspendedDays);
        c.OnTime = (c.PromisedDue ?? c.StatutoryDue) is not { } due || on <= due;
        return null;
    }

    private static string? Evaluate(IReadOnlyDictionary<string, string> f, ServiceCase c)
    {
        if (!f.TryGetValue("evaluation", out var text))
        {
            return f.ContainsKey("rectified_on") ? "没有评价的办件不能有整改记录" : null;
        }

        if (c.FinishedOn is null && c.Acceptance != CaseAcceptance.NotAccepted)
        {
            return "办件办结或不予受理后才能评价";
        }

        c.Evaluation = Enum.GetValues<CaseEvaluation>().Cast<CaseEvaluation?>().FirstOrDefault(e => ServiceCase.EvaluationLabel(e!.Value) == text || e.ToString() == text);
        if (c.Evaluation is not { } evaluation)
        {
            return $"评价“{text}”无法识别，应为：{string.Join("、", Enum.GetValues<CaseEvaluation>().Select(ServiceCase.EvaluationLabel))}";
        }

        var decided = c.FinishedOn ?? c.AcceptanceOn!.Value;
        c.EvaluatedOn = f.TryGetValue("evaluated_on", out var onText) ? (ServiceItemImporter.TryDate(onText, out var on) ? on : null) : decided;
        if (c.EvaluatedOn is not { } evaluatedOn || evaluatedOn < decided)
        {
            return $"评价日期缺失、格式不正确或早于办结（不予受理）日期（{decided:yyyy-MM-dd}）";
        }

        c.EvaluationReason = f.GetValueOrDefault("evaluation_reason");
        if (ServiceCase.IsBad(evaluation) && c.EvaluationReason is null)
        {
            return $"评价为“{text}”时须填写差评原因";
        }

        if (f.TryGetValue("rectified_on", out var rectText))
        {
            if (!ServiceCase.IsBad(evaluation))
            {
                return "只有“不满意”“非常不满意”的评价需要整改";
            }

            if (!ServiceItemImporter.TryDate(rectText, out var rectOn) || rectOn < evaluatedOn)
            {
                return $"整改日期格式不正确或早于评价日期（{evaluatedOn:yyyy-MM-dd}）";
            }

            c.RectifiedOn = rectOn;
            c.Rectification = f.GetValueOrDefault("rectification");
            if (c.Rectification is null or { Length: > 2000 })
            {
                return "有整改日期时须写明整改情况（不超过 2000 字）";
            }
        }

        return null;
    }

    /// <summary>A time with an offset is taken as given; one without is Beijing time, as the platforms export it and the windows' clocks show it.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyyMMddHHmmss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return local.Year is >= 1990 and <= 2100 ? new DateTimeOffset(local, TimeSpan.FromHours(8)) : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && at.Year is >= 1990 and <= 2100 ? at : null;
    }
}

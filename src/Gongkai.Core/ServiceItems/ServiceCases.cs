using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.ServiceItems;

/// <summary>A refused step of a case, with the reason in words the window staff can act on.</summary>
public sealed class ServiceCaseException(string message) : Exception(message);

/// <summary>What a window records when it receives an application.</summary>
public sealed record CaseRegistration(int ItemId, int? CentreId, int? WindowId, ApplicantType ApplicantType, string? ApplicantName, DateTimeOffset ReceivedAt, string? ProvincialNumber = null);

/// <summary>
/// The life of a 办件: receipt, 受理 or 不予受理 (with the 一次性告知 list), 特别程序 that stop the clock, 办结 and
/// 好差评 with rectification. Every step is checked against what came before and saved through the audited
/// context; <c>revision</c>, when given, is the revision the caller saw (a stale form is refused).
/// </summary>
public sealed class ServiceCases(GongkaiDb db)
{
    public async Task<ServiceCentre> AddCentreAsync(ServiceCentre centre, CancellationToken ct = default)
    {
        centre.Name = centre.Name.Trim();
        if (centre.Name.Length is 0 or > 200)
        {
            throw new ServiceCaseException("服务中心名称不能为空，且不超过 200 个字");
        }

        if (await db.ServiceCentres.AnyAsync(x => x.Name == centre.Name, ct))
        {
            throw new ServiceCaseException($"服务中心“{centre.Name}”已存在");
        }

        if (!await db.Bodies.AnyAsync(b => b.Id == centre.BodyId, ct))
        {
            throw new ServiceCaseException("运行该中心的单位不存在");
        }

        db.ServiceCentres.Add(centre);
        await SaveAsync(ct);
        return centre;
    }

    public async Task<CentreWindow> AddWindowAsync(int centreId, string name, string? number, int? bodyId, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new ServiceCaseException("窗口名称不能为空，且不超过 200 个字");
        }

        if (!await db.ServiceCentres.AnyAsync(x => x.Id == centreId, ct))
        {
            throw new ServiceCaseException("服务中心不存在");
        }

        if (await db.CentreWindows.AnyAsync(w => w.CentreId == centreId && w.Name == name, ct))
        {
            throw new ServiceCaseException($"该中心已有窗口“{name}”");
        }

        if (bodyId is { } b && !await db.Bodies.AnyAsync(x => x.Id == b, ct))
        {
            throw new ServiceCaseException("进驻窗口的单位不存在");
        }

        var w = new CentreWindow { CentreId = centreId, Name = name, Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim(), BodyId = bodyId };
        db.CentreWindows.Add(w);
        await SaveAsync(ct);
        return w;
    }

    /// <summary>Records that an item is handled on site (进驻) in a centre; recording it twice changes nothing.</summary>
    public async Task PlaceItemAsync(int centreId, int itemId, CancellationToken ct = default)
    {
        if (!await db.ServiceCentres.AnyAsync(x => x.Id == centreId, ct) || !await db.ServiceItems.AnyAsync(i => i.Id == itemId, ct))
        {
            throw new ServiceCaseException("服务中心或事项不存在");
        }

        if (!await db.CentreItems.AnyAsync(x => x.CentreId == centreId && x.ItemId == itemId, ct))
        {
            db.CentreItems.Add(new CentreItem { CentreId = centreId, ItemId = itemId });
            await SaveAsync(ct);
        }
    }

    /// <summary>Changes a centre's name, tier, body and contact details; its cases keep the tier they were received at.</summary>
    public async Task<ServiceCentre> UpdateCentreAsync(int centreId, ServiceCentre input, int? revision = null, CancellationToken ct = default)
    {
        var centre = await db.ServiceCentres.SingleOrDefaultAsync(x => x.Id == centreId, ct)
            ?? throw new ServiceCaseException("服务中心不存在");
        if (revision is { } r && r != centre.Revision)
        {
            throw new ServiceCaseException("该服务中心已被他人修改，请刷新后重试");
        }

        var name = input.Name.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new ServiceCaseException("服务中心名称不能为空，且不超过 200 个字");
        }

        if (await db.ServiceCentres.AnyAsync(x => x.Name == name && x.Id != centreId, ct))
        {
            throw new ServiceCaseException($"服务中心“{name}”已存在");
        }

        if (!await db.Bodies.AnyAsync(b => b.Id == input.BodyId, ct))
        {
            throw new ServiceCaseException("运行该中心的单位不存在");
        }

        centre.Name = name;
        centre.Tier = input.Tier;
        centre.BodyId = input.BodyId;
        centre.Address = Optional(input.Address, 500, "地址");
        centre.Phone = Optional(input.Phone, 100, "电话");
        centre.Hours = Optional(input.Hours, 200, "办公时间");
        await SaveAsync(ct);
        return centre;
    }

    public async Task<CentreWindow> UpdateWindowAsync(int windowId, string name, string? number, int? bodyId, CancellationToken ct = default)
    {
        var w = await db.CentreWindows.SingleOrDefaultAsync(x => x.Id == windowId, ct)
            ?? throw new ServiceCaseException("窗口不存在");
        name = name.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new ServiceCaseException("窗口名称不能为空，且不超过 200 个字");
        }

        if (await db.CentreWindows.AnyAsync(x => x.CentreId == w.CentreId && x.Name == name && x.Id != windowId, ct))
        {
            throw new ServiceCaseException($"该中心已有窗口“{name}”");
        }

        if (bodyId is { } b && !await db.Bodies.AnyAsync(x => x.Id == b, ct))
        {
            throw new ServiceCaseException("进驻窗口的单位不存在");
        }

        w.Name = name;
        w.Number = Optional(number, 20, "窗口号");
        w.BodyId = bodyId;
        await SaveAsync(ct);
        return w;
    }

    /// <summary>Takes an item off site (撤出); the cases already received there keep their centre.</summary>
    public async Task RemoveItemAsync(int centreId, int itemId, CancellationToken ct = default)
    {
        var placed = await db.CentreItems.SingleOrDefaultAsync(x => x.CentreId == centreId && x.ItemId == itemId, ct)
            ?? throw new ServiceCaseException("该事项未进驻此服务中心");
        db.CentreItems.Remove(placed);
        await SaveAsync(ct);
    }

    public async Task<ServiceCase> RegisterAsync(CaseRegistration r, CancellationToken ct = default)
    {
        var c = await NewCaseAsync(r, ct);
        db.ServiceCases.Add(c);
        await SaveAsync(ct);
        return c;
    }

    /// <summary>Checks a registration at a window and builds the case without adding it.</summary>
    private async Task<ServiceCase> NewCaseAsync(CaseRegistration r, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == r.ItemId, ct)
            ?? throw new ServiceCaseException("所选政务服务事项不存在");

        // A window takes applications only for a guide the public can read and an item in force that day; imports of
        // past cases (ServiceCaseImporter) may name items cancelled since.
        var isPublic = item.IsPublic();
        var events = (await db.ServiceItemEvents.AsNoTracking().Where(e => e.ItemId == item.Id).Select(e => new { e.Kind, e.On, e.ToTier, e.Id }).ToListAsync(ct))
            .Select(e => (e.Kind, e.On, e.ToTier, e.Id));
        var day = GongkaiDb.LocalDate(r.ReceivedAt);
        if (!isPublic || ItemLedger.StandingOn(item.Tier, events, day) is not { InForce: true })
        {
            throw new ServiceCaseException($"事项“{item.Name}”{(isPublic ? $"在 {day:yyyy-MM-dd} 不在有效状态（已取消或尚未设立）" : "的办事指南尚未公开")}，不能登记收件");
        }

        var tier = item.Tier;
        if (r.CentreId is { } centreId)
        {
            var centre = await db.ServiceCentres.AsNoTracking().SingleOrDefaultAsync(x => x.Id == centreId, ct)
                ?? throw new ServiceCaseException("所选服务中心不存在");
            tier = centre.Tier;
            if (!await db.CentreItems.AnyAsync(x => x.CentreId == centreId && x.ItemId == item.Id, ct))
            {
                throw new ServiceCaseException($"事项“{item.Name}”未进驻{centre.Name}，不能在该中心收件");
            }
        }

        if (r.WindowId is { } windowId && !await db.CentreWindows.AnyAsync(w => w.Id == windowId && w.CentreId == r.CentreId, ct))
        {
            throw new ServiceCaseException("所选窗口不属于该服务中心");
        }

        var number = string.IsNullOrWhiteSpace(r.ProvincialNumber) ? null : r.ProvincialNumber.Trim();
        if (number is { Length: > 64 })
        {
            throw new ServiceCaseException("办件编号不能超过 64 个字符");
        }

        if (number is not null && await db.ServiceCases.AnyAsync(x => x.ProvincialNumber == number, ct))
        {
            throw new ServiceCaseException($"办件编号 {number} 已登记，不能重复登记");
        }

        if (r.ApplicantName is { Length: > 200 })
        {
            throw new ServiceCaseException("申请人名称不能超过 200 个字");
        }

        return new ServiceCase
        {
            ItemId = item.Id,
            CentreId = r.CentreId,
            WindowId = r.WindowId,
            BodyId = item.BodyId,
            Tier = tier,
            ApplicantType = r.ApplicantType,
            ApplicantName = string.IsNullOrWhiteSpace(r.ApplicantName) ? null : r.ApplicantName.Trim(),
            ReceivedAt = r.ReceivedAt.ToUniversalTime(),
            ReceivedOn = GongkaiDb.LocalDate(r.ReceivedAt),
            ProvincialNumber = number,
        };
    }

    /// <summary>一次性告知 before a decision: the materials still missing; the case waits for them and may then be accepted.</summary>
    public async Task<ServiceCase> NotifyMissingAsync(long caseId, DateOnly on, string missing, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        Undecided(c);
        NotBefore(on, c.ReceivedOn, "告知日期不能早于收件日期");
        c.MissingMaterials = MissingList(missing);
        c.MissingNoticeOn = on;
        await SaveAsync(ct);
        return c;
    }

    public async Task<ServiceCase> AcceptAsync(long caseId, DateOnly on, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        Undecided(c);
        NotBefore(on, c.ReceivedOn, "受理日期不能早于收件日期");
        c.Acceptance = CaseAcceptance.Accepted;
        c.AcceptanceOn = on;
        await ComputeDueAsync(c, await new CalendarService(db).LoadAsync(ct), ct);
        await SaveAsync(ct);
        return c;
    }

    /// <summary>不予受理 with the reason; the missing materials, when that is the reason, make the 一次性告知.</summary>
    public async Task<ServiceCase> RejectAsync(long caseId, DateOnly on, string reason, string? missing = null, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        Undecided(c);
        NotBefore(on, c.ReceivedOn, "不予受理日期不能早于收件日期");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            throw new ServiceCaseException("不予受理须写明理由（不超过 1000 字）");
        }

        c.Acceptance = CaseAcceptance.NotAccepted;
        c.AcceptanceOn = on;
        c.RejectionReason = reason.Trim();
        if (!string.IsNullOrWhiteSpace(missing))
        {
            c.MissingMaterials = MissingList(missing);
            c.MissingNoticeOn = on;
        }

        await SaveAsync(ct);
        return c;
    }

    public async Task<CaseSuspension> SuspendAsync(long caseId, SuspensionKind kind, DateOnly from, string? note = null, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        Running(c);
        NotBefore(from, c.AcceptanceOn!.Value, "特别程序的开始日期不能早于受理日期");
        var others = await db.CaseSuspensions.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct);
        if (others.FirstOrDefault(s => s.To is null) is { } open)
        {
            throw new ServiceCaseException($"{ServiceCase.SuspensionLabel(open.Kind)}（{open.From:yyyy-MM-dd}起）尚未结束，须先结束才能开始新的特别程序");
        }

        if (others.FirstOrDefault(s => from <= s.To) is { } overlap)
        {
            throw new ServiceCaseException($"特别程序不能与已有的{ServiceCase.SuspensionLabel(overlap.Kind)}（{overlap.From:yyyy-MM-dd}至{overlap.To:yyyy-MM-dd}）重叠");
        }

        var s = new CaseSuspension { CaseId = caseId, Kind = kind, From = from, Note = Optional(note, 1000, "特别程序说明") };
        db.CaseSuspensions.Add(s);
        // The case itself changes state (its clock stops), so a form opened before must be seen as stale.
        db.Entry(c).Property(x => x.Revision).IsModified = true;
        await SaveAsync(ct);
        return s;
    }

    /// <summary>Ends the open 特别程序 on <paramref name="to"/> (its last day); its working days push both due dates.</summary>
    public async Task<ServiceCase> ResumeAsync(long caseId, DateOnly to, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        var open = await db.CaseSuspensions.SingleOrDefaultAsync(s => s.CaseId == caseId && s.To == null, ct)
            ?? throw new ServiceCaseException("该办件没有进行中的特别程序");
        NotBefore(to, open.From, "特别程序的结束日期不能早于开始日期");
        var calendar = await new CalendarService(db).LoadAsync(ct);
        open.To = to;
        open.WorkingDays = calendar.WorkingDaysBetween(open.From.AddDays(-1), to);
        c.SuspendedDays += open.WorkingDays.Value;
        await ComputeDueAsync(c, calendar, ct);
        await SaveAsync(ct);
        return c;
    }

    public async Task<ServiceCase> FinishAsync(long caseId, DateOnly on, CaseResult result, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        NotBefore(on, c.ReceivedOn, "办结日期不能早于收件日期");
        Running(c);
        NotBefore(on, c.AcceptanceOn!.Value, "办结日期不能早于受理日期");
        if (await db.CaseSuspensions.AnyAsync(s => s.CaseId == caseId && s.To == null, ct))
        {
            throw new ServiceCaseException("特别程序尚未结束，须先结束特别程序再办结");
        }

        var calendar = await new CalendarService(db).LoadAsync(ct);
        c.FinishedOn = on;
        c.Result = result;
        c.WorkingDays = Math.Max(0, calendar.WorkingDaysBetween(c.AcceptanceOn.Value, on) - c.SuspendedDays);
        c.OnTime = (c.PromisedDue ?? c.StatutoryDue) is not { } due || on <= due;
        await SaveAsync(ct);
        return c;
    }

    /// <summary>好差评, once per case, after 办结 or 不予受理; 不满意 and 非常不满意 need the applicant's reason.</summary>
    public async Task<ServiceCase> EvaluateAsync(long caseId, CaseEvaluation evaluation, DateOnly on, string? reason = null, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        if (c.FinishedOn is null && c.Acceptance != CaseAcceptance.NotAccepted)
        {
            throw new ServiceCaseException("办件办结或不予受理后才能评价");
        }

        if (c.Evaluation is not null)
        {
            throw new ServiceCaseException("该办件已评价，不能重复评价");
        }

        NotBefore(on, c.FinishedOn ?? c.AcceptanceOn!.Value, "评价日期不能早于办结（不予受理）日期");
        if (ServiceCase.IsBad(evaluation) && string.IsNullOrWhiteSpace(reason))
        {
            throw new ServiceCaseException($"评价为“{ServiceCase.EvaluationLabel(evaluation)}”时须填写差评原因");
        }

        if (reason is { Length: > 1000 })
        {
            throw new ServiceCaseException("评价原因不能超过 1000 字");
        }

        c.Evaluation = evaluation;
        c.EvaluatedOn = on;
        c.EvaluationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await SaveAsync(ct);
        return c;
    }

    /// <summary>差评整改: what was done about a bad review, once.</summary>
    public async Task<ServiceCase> RectifyAsync(long caseId, DateOnly on, string done, int? revision = null, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, revision, ct);
        if (c.Evaluation is not { } e || !ServiceCase.IsBad(e))
        {
            throw new ServiceCaseException("只有“不满意”“非常不满意”的评价需要整改");
        }

        if (c.RectifiedOn is not null)
        {
            throw new ServiceCaseException("该差评已整改");
        }

        NotBefore(on, c.EvaluatedOn!.Value, "整改日期不能早于评价日期");
        if (string.IsNullOrWhiteSpace(done) || done.Length > 2000)
        {
            throw new ServiceCaseException("须写明整改情况（不超过 2000 字）");
        }

        c.RectifiedOn = on;
        c.Rectification = done.Trim();
        await SaveAsync(ct);
        return c;
    }

    /// <summary>Both due dates from the acceptance date, pushed by the finished suspensions; provisional when a year without a published schedule was counted.</summary>
    internal async Task ComputeDueAsync(ServiceCase c, WorkingCalendar calendar, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().Where(i => i.Id == c.ItemId).Select(i => new { i.PromisedDays, i.StatutoryDays }).SingleAsync(ct);
        Apply(c, calendar, item.PromisedDays, item.StatutoryDays);
    }

    internal static void Apply(ServiceCase c, WorkingCalendar calendar, int? promisedDays, int? statutoryDays)
    {
        var promised = promisedDays is { } p ? calendar.AddWorkingDays(c.AcceptanceOn!.Value, p + c.SuspendedDays) : null;
        var statutory = statutoryDays is { } s ? calendar.AddWorkingDays(c.AcceptanceOn!.Value, s + c.SuspendedDays) : null;
        c.PromisedDue = promised?.Due;
        c.StatutoryDue = statutory?.Due;
        c.DueProvisional = (promised?.Provisional ?? false) || (statutory?.Provisional ?? false);
        c.CalendarVersion = calendar.Version;
    }

    private async Task<ServiceCase> LoadAsync(long caseId, int? revision, CancellationToken ct)
    {
        var c = await db.ServiceCases.SingleOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new ServiceCaseException("办件不存在");
        if (revision is { } r && r != c.Revision)
        {
            throw new ServiceCaseException("该办件已被他人修改，请刷新后重试");
        }

        return c;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ServiceCaseException("该办件已被他人修改，请刷新后重试");
        }
    }

    private static void Undecided(ServiceCase c)
    {
        if (c.Acceptance is { } a)
        {
            throw new ServiceCaseException($"该办件已于 {c.AcceptanceOn:yyyy-MM-dd} 作出{(a == CaseAcceptance.Accepted ? "受理" : "不予受理")}决定，不能再次决定");
        }
    }

    private static void Running(ServiceCase c)
    {
        if (c.Acceptance != CaseAcceptance.Accepted)
        {
            throw new ServiceCaseException(c.Acceptance is null ? "该办件尚未受理" : "该办件已不予受理");
        }

        if (c.FinishedOn is not null)
        {
            throw new ServiceCaseException($"该办件已于 {c.FinishedOn:yyyy-MM-dd} 办结");
        }
    }

    private static void NotBefore(DateOnly date, DateOnly earliest, string message)
    {
        if (date < earliest)
        {
            throw new ServiceCaseException($"{message}（{earliest:yyyy-MM-dd}）");
        }
    }

    private static string? Optional(string? value, int max, string what)
    {
        var v = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return v is { Length: var n } && n > max ? throw new ServiceCaseException($"{what}不能超过 {max} 个字") : v;
    }

    private static string MissingList(string missing)
    {
        var lines = missing.Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join("\n", lines);
        if (lines.Length == 0 || text.Length > 4000)
        {
            throw new ServiceCaseException("一次性告知须列明所缺材料（每行一项，合计不超过 4000 字）");
        }

        return text;
    }
}

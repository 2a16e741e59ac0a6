using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>What the county office enters for a 工作要点 document; the link is a URL or the 索引号 of an item on the platform.</summary>
public sealed record PlanInput(int Year, string? Title, string? DocumentNumber, string? Url, string? CatalogIndexNumber);

public sealed record TaskInput(int PlanId, int Number, string? Text, int LeadBodyId, IReadOnlyList<int> PartnerIds, DateOnly? Deadline);

public sealed record ProgressInput(DateOnly? On, string? Text, bool Done);

/// <summary>A body's key tasks whose deadline falls in a period, as the assessment counts them.</summary>
public sealed record BodyTaskFigures(int BodyId, int Led, int DoneOnTime, int DoneLate, int OverdueOpen);

/// <summary>
/// The year's key tasks (重点工作任务): the county office enters the 工作要点 and the tasks with their lead and
/// co-operating bodies; the bodies report progress, and the lead body's report that a task is done closes it.
/// </summary>
public sealed class KeyTasks(GongkaiDb db)
{
    public async Task<WorkPlan> CreatePlanAsync(int countyId, PlanInput input, CancellationToken ct = default)
    {
        var plan = new WorkPlan { CountyId = countyId };
        await ApplyAsync(plan, input, ct);
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task UpdatePlanAsync(WorkPlan plan, int revision, PlanInput input, CancellationToken ct = default)
    {
        await ApplyAsync(plan, input, ct);
        Concurrency.Expect(db, plan, revision);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(WorkPlan plan, PlanInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        if (input.Year is < 2000 or > 2100)
        {
            problems.Add("年度应在 2000 年至 2100 年之间。");
        }

        Text.Required(input.Title, 300, "文件名称", problems);
        Text.Optional(input.DocumentNumber, 100, "文号", problems);
        Text.Optional(input.Url, 500, "链接", problems);
        Text.Url(input.Url, problems);
        var (itemId, linkProblem) = await Counties.CatalogLinkAsync(db, input.CatalogIndexNumber, ct);
        if (linkProblem is not null)
        {
            problems.Add(linkProblem);
        }

        SupervisionException.ThrowIfAny(problems);
        plan.Year = input.Year;
        plan.Title = input.Title!.Trim();
        plan.DocumentNumber = Text.Blank(input.DocumentNumber);
        plan.Url = Text.Blank(input.Url);
        plan.CatalogItemId = itemId;
    }

    public async Task<KeyTask> CreateTaskAsync(TaskInput input, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PlanId, ct)
            ?? throw new SupervisionException("请选择工作要点文件。");
        var task = new KeyTask { PlanId = plan.Id, CountyId = plan.CountyId };
        var partners = await ApplyAsync(task, input, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.KeyTasks.Add(task);
        await db.SaveChangesAsync(ct);
        db.KeyTaskPartners.AddRange(partners.Select(b => new KeyTaskPartner { TaskId = task.Id, BodyId = b }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return task;
    }

    public async Task UpdateTaskAsync(KeyTask task, int revision, TaskInput input, CancellationToken ct = default)
    {
        var partners = await ApplyAsync(task, input with { PlanId = task.PlanId }, ct);
        Concurrency.Expect(db, task, revision);
        var stored = await db.KeyTaskPartners.Where(p => p.TaskId == task.Id).ToListAsync(ct);
        db.KeyTaskPartners.RemoveRange(stored.Where(p => !partners.Contains(p.BodyId)));
        db.KeyTaskPartners.AddRange(partners.Where(b => stored.All(p => p.BodyId != b)).Select(b => new KeyTaskPartner { TaskId = task.Id, BodyId = b }));
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<int>> ApplyAsync(KeyTask task, TaskInput input, CancellationToken ct)
    {
        var problems = new List<string>();
        if (input.Number is < 1 or > 999)
        {
            problems.Add("任务序号应为 1 至 999。");
        }
        else if (await db.KeyTasks.AnyAsync(t => t.PlanId == input.PlanId && t.Number == input.Number && t.Id != task.Id, ct))
        {
            problems.Add($"该工作要点已有第 {input.Number} 项任务。");
        }

        Text.Required(input.Text, 2000, "任务内容", problems);
        Text.Date(input.Deadline, "完成时限", problems);
        var partners = await Parties.CheckAsync(db, task.CountyId, input.LeadBodyId, input.PartnerIds, "牵头单位", "配合单位", problems, ct);
        SupervisionException.ThrowIfAny(problems);
        task.Number = input.Number;
        task.Text = input.Text!.Trim();
        task.LeadBodyId = input.LeadBodyId;
        task.Deadline = input.Deadline!.Value;
        return partners;
    }

    /// <summary>Whether a body may report on a task: the lead body or a co-operating one.</summary>
    public async Task<bool> IsPartyAsync(KeyTask task, int bodyId, CancellationToken ct = default) =>
        task.LeadBodyId == bodyId || await db.KeyTaskPartners.AnyAsync(p => p.TaskId == task.Id && p.BodyId == bodyId, ct);

    /// <summary>
    /// Records a progress report of <paramref name="bodyId"/>; the caller has checked that the member answers for that
    /// body. Only the lead body's report that the task is done closes it, with the report's date.
    /// </summary>
    public async Task<TaskProgress> ReportAsync(KeyTask task, int bodyId, ProgressInput input, CancellationToken ct = default)
    {
        if (!await IsPartyAsync(task, bodyId, ct))
        {
            throw new SupervisionException("只有牵头单位和配合单位可以报送该任务的进展。");
        }

        if (task.DoneOn is not null)
        {
            throw new SupervisionException($"该任务已于 {task.DoneOn:yyyy-MM-dd} 办结，不再报送进展。");
        }

        var problems = new List<string>();
        Text.Date(input.On, "报送日期", problems);
        Text.Required(input.Text, 2000, "进展情况", problems);
        if (input.On is { } on && on > db.Today())
        {
            problems.Add("报送日期不能晚于今天。");
        }

        if (input.Done && bodyId != task.LeadBodyId)
        {
            problems.Add("只有牵头单位可以报告任务已完成；配合单位请报送本单位承担部分的进展。");
        }

        SupervisionException.ThrowIfAny(problems);
        var progress = new TaskProgress
        {
            TaskId = task.Id,
            BodyId = bodyId,
            On = input.On!.Value,
            Text = input.Text!.Trim(),
            Done = input.Done,
            ReportedBy = db.Actor.Name,
            ReportedAt = db.Time.GetUtcNow(),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.TaskProgress.Add(progress);
        if (input.Done)
        {
            // The task row changes too, so two lead reports at once cannot both close it.
            Concurrency.Expect(db, task, task.Revision);
            task.DoneOn = progress.On;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return progress;
    }

    /// <summary>
    /// For the assessment: per lead body, the tasks whose deadline falls in [<paramref name="from"/>, <paramref name="to"/>],
    /// those done by the deadline, those done after it, and those still open past it on <paramref name="to"/> (or today, if earlier).
    /// </summary>
    public async Task<List<BodyTaskFigures>> AssessmentAsync(int countyId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var asOf = to < db.Today() ? to : db.Today();
        var tasks = await db.KeyTasks.AsNoTracking()
            .Where(t => t.CountyId == countyId && t.Deadline >= from && t.Deadline <= to)
            .Select(t => new { t.LeadBodyId, t.Deadline, t.DoneOn })
            .ToListAsync(ct);
        return [.. tasks.GroupBy(t => t.LeadBodyId).OrderBy(g => g.Key).Select(g => new BodyTaskFigures(
            g.Key,
            g.Count(),
            g.Count(t => t.DoneOn is { } d && d <= asOf && d <= t.Deadline),
            g.Count(t => t.DoneOn is { } d && d <= asOf && d > t.Deadline),
            g.Count(t => (t.DoneOn is null || t.DoneOn > asOf) && t.Deadline < asOf)))];
    }
}

/// <summary>Lead and co-operating bodies: bodies of the register's county, the lead not among its partners.</summary>
internal static class Parties
{
    public static async Task<List<int>> CheckAsync(GongkaiDb db, int countyId, int leadId, IReadOnlyList<int> partnerIds, string leadLabel, string partnerLabel, List<string> problems, CancellationToken ct)
    {
        var roots = await Counties.RootOfAsync(db, ct);
        bool InCounty(int id) => roots.TryGetValue(id, out var root) && root == countyId;
        if (!InCounty(leadId))
        {
            problems.Add($"请选择本县的{leadLabel}。");
        }

        var partners = partnerIds.Where(id => id != leadId).Distinct().ToList();
        if (partners.Any(id => !InCounty(id)))
        {
            problems.Add($"{partnerLabel}须为本县的单位。");
        }

        if (partners.Count > 100)
        {
            problems.Add($"{partnerLabel}最多 100 个。");
        }

        return partners;
    }
}

/// <summary>Optimistic concurrency for the registers' rows: the revision the member saw must still be the stored one.</summary>
internal static class Concurrency
{
    public static void Expect<T>(GongkaiDb db, T entity, int revision)
        where T : class
    {
        var property = db.Entry(entity).Property<int>("Revision");
        property.OriginalValue = revision;
        property.CurrentValue = revision + 1;
    }
}

using System.Globalization;
using System.Text.Json;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>A reviewer's answer to one checklist question; a 是 needs a note saying why the item may still be published.</summary>
public sealed record ChecklistAnswer(string Question, bool? Yes, string? Note);

/// <summary>What a reviewer adds to a review action: a reason per scan hit (by <see cref="ScanHit.Key"/>) and the checklist answers.</summary>
public sealed record ReviewInput(IReadOnlyDictionary<string, string?> Acknowledgements, IReadOnlyList<ChecklistAnswer> Answers)
{
    public static readonly ReviewInput None = new(new Dictionary<string, string?>(), []);
}

/// <summary>A hit as the reviewer sees it, with the acknowledgement of this round when there is one.</summary>
public sealed record HitView(ScanHit Hit, ReviewCheck? Acknowledged);

public sealed partial class CatalogService
{
    /// <summary>Runs the sensitive-data scan over the title, summary, body text and the extracted text of every attachment.</summary>
    public async Task<List<ScanHit>> ScanAsync(CatalogItem item, CancellationToken ct = default)
    {
        var words = (await ReviewSettings.LoadAsync(db, ct)).Words;
        var hits = SensitiveScan.Scan(item.Title, "标题", words);
        hits.AddRange(SensitiveScan.Scan(item.Summary ?? "", "内容概述", words));
        hits.AddRange(SensitiveScan.Scan(TextExtraction.HtmlToText(item.BodyHtml), "正文", words));
        var files = await (
            from a in db.Attachments.AsNoTracking()
            where a.ItemId == item.Id
            join b in db.Blobs.AsNoTracking() on a.Sha256 equals b.Sha256
            orderby a.SortOrder, a.Id
            select new { a.FileName, b.Text }).ToListAsync(ct);
        foreach (var f in files)
        {
            hits.AddRange(SensitiveScan.Scan(f.Text ?? "", $"附件“{f.FileName}”", words));
        }

        return hits;
    }

    /// <summary>The review round an item is in: the number of times it has been submitted.</summary>
    public Task<int> RoundAsync(int itemId, CancellationToken ct = default) =>
        db.ReviewSteps.CountAsync(s => s.ItemId == itemId && s.Action == nameof(ReviewAction.Submit), ct);

    public Task<List<ReviewCheck>> ChecksAsync(int itemId, int round, CancellationToken ct = default) =>
        db.ReviewChecks.AsNoTracking().Where(c => c.ItemId == itemId && c.Round == round).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>The hits of an item, one per key, each with its acknowledgement in the current round.</summary>
    public async Task<List<HitView>> HitsAsync(CatalogItem item, CancellationToken ct = default)
    {
        var checks = await ChecksAsync(item.Id, await RoundAsync(item.Id, ct), ct);
        return [.. (await ScanAsync(item, ct)).DistinctBy(h => h.Key)
            .Select(h => new HitView(h, checks.LastOrDefault(c => c.Kind == CheckKind.Hit && c.Subject == h.Key)))];
    }

    /// <summary>
    /// Review actions that let an item go further need every hit acknowledged: clearing confidentiality,
    /// approving, and a submission that publishes at once because the body has no review stages.
    /// </summary>
    public static bool NeedsAcknowledgement(ReviewAction action, ItemState to) =>
        action is ReviewAction.ClearConfidentiality or ReviewAction.Approve || (action == ReviewAction.Submit && to == ItemState.Published);

    /// <summary>The checklist answers for a publication the platform writes itself (the annual report): nothing to declare.</summary>
    public async Task<ReviewInput> NothingToDeclareAsync(string note, CancellationToken ct = default) =>
        new(new Dictionary<string, string?>(), [.. (await ReviewSettings.LoadAsync(db, ct)).Checklist.Select(q => new ChecklistAnswer(q, false, note))]);

    public static string Describe(ScanHit h) => $"{h.KindLabel}“{h.Masked}”（{h.Where}）";

    /// <summary>A stored hit key (kind|where|masked) as the reviewer reads it.</summary>
    public static string DescribeKey(string key)
    {
        var first = key.IndexOf('|', StringComparison.Ordinal);
        var last = key.LastIndexOf('|');
        return first > 0 && last > first && Enum.TryParse<HitKind>(key[..first], out var kind)
            ? $"{SensitiveScan.Label(kind)}“{key[(last + 1)..]}”（{key[(first + 1)..last]}）"
            : key;
    }

    /// <summary>
    /// Separation of duties (issue 12): the one who submitted the item in this round may not clear either review
    /// stage, and the one who cleared confidentiality may not also approve. Returns why the current actor may not
    /// take <paramref name="action"/>, or null. People are told apart by user id (from the audit row of their
    /// review step), by login name where the step has no id.
    /// </summary>
    public async Task<string?> SeparationProblemAsync(int itemId, ReviewAction action, CancellationToken ct = default)
    {
        // Only signed-in staff have a user id; the platform acting by itself (command line, jobs) has no one to be kept apart from.
        if (action is not (ReviewAction.ClearConfidentiality or ReviewAction.Approve) || db.Actor.UserId is null)
        {
            return null;
        }

        var steps = await db.ReviewSteps.AsNoTracking().Where(s => s.ItemId == itemId).OrderByDescending(s => s.Id).ToListAsync(ct);
        var round = steps.TakeWhile(s => s.Action != nameof(ReviewAction.Submit)).ToList();
        var submit = steps.FirstOrDefault(s => s.Action == nameof(ReviewAction.Submit));
        if (submit is not null && await IsActorAsync(submit, ct))
        {
            return $"您是该信息的提交人（{submit.ActorName}），不能对自己提交的信息“{Workflow.Label(action)}”：须由本单位其他审核人员审核。";
        }

        var cleared = round.FirstOrDefault(s => s.Action == nameof(ReviewAction.ClearConfidentiality));
        if (action == ReviewAction.Approve && cleared is not null && await IsActorAsync(cleared, ct))
        {
            return $"您已在本轮作出“保密审查通过”，保密审查和内容审核须由两个不同的人完成：请由本单位其他审核人员“{Workflow.Label(action)}”。";
        }

        return null;
    }

    private async Task<bool> IsActorAsync(ReviewStep step, CancellationToken ct)
    {
        var key = step.AuditKey;
        var stepActorId = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(ReviewStep) && e.EntityId == key)
            .OrderBy(e => e.Id).Select(e => e.ActorId).FirstOrDefaultAsync(ct);
        return stepActorId is not null
            ? stepActorId == db.Actor.UserId
            : string.Equals(step.ActorName, db.Actor.Name, StringComparison.Ordinal);
    }

    /// <summary>The checks an action adds; refuses the action when a hit is left unacknowledged or a question unanswered.</summary>
    private async Task<List<ReviewCheck>> ReviewChecksForAsync(CatalogItem item, ReviewAction action, ItemState to, int round, ReviewInput review, CancellationToken ct)
    {
        var added = new List<ReviewCheck>();
        if (NeedsAcknowledgement(action, to))
        {
            var done = (await ChecksAsync(item.Id, round, ct)).Where(c => c.Kind == CheckKind.Hit).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
            var missing = new List<ScanHit>();
            foreach (var h in (await ScanAsync(item, ct)).DistinctBy(h => h.Key).Where(h => !done.Contains(h.Key)))
            {
                if (Blank(review.Acknowledgements.GetValueOrDefault(h.Key)) is { } reason)
                {
                    added.Add(new ReviewCheck { Kind = CheckKind.Hit, Subject = h.Key, Answer = "已确认", Note = reason.Length > 2000 ? reason[..2000] : reason });
                }
                else
                {
                    missing.Add(h);
                }
            }

            if (missing.Count > 0)
            {
                throw new CatalogInputException([$"有 {missing.Count} 处敏感信息未确认，不能“{Workflow.Label(action)}”：{string.Join("；", missing.Select(Describe))}。请逐条写明确认理由（如已取得本人同意、属于单位对外公开的号码），或退回修改。"]);
            }
        }

        if (action == ReviewAction.ClearConfidentiality)
        {
            var problems = new List<string>();
            foreach (var q in (await ReviewSettings.LoadAsync(db, ct)).Checklist)
            {
                var a = review.Answers.FirstOrDefault(x => x.Question == q);
                var note = Blank(a?.Note);
                if (a?.Yes is null)
                {
                    problems.Add($"请回答保密审查清单中的“{q}”。");
                }
                else if (a.Yes == true && note is null)
                {
                    problems.Add($"“{q}”答“是”的，须在说明中写明为何仍可公开，否则请退回修改。");
                }
                else
                {
                    added.Add(new ReviewCheck { Kind = CheckKind.Question, Subject = q, Answer = a.Yes == true ? "是" : "否", Note = note is { Length: > 2000 } ? note[..2000] : note });
                }
            }

            Throw(problems);
        }

        foreach (var c in added)
        {
            c.ItemId = item.Id;
            c.Round = round;
            c.Stage = item.State;
            c.ActorName = db.Actor.Name;
            c.At = db.Time.GetUtcNow();
        }

        return added;
    }

    /// <summary>Links the checks of the publishing round to the new version and returns them as archived.</summary>
    private async Task<string> ArchiveChecksAsync(CatalogItem item, int round, List<ReviewCheck> added, CancellationToken ct)
    {
        var earlier = await db.ReviewChecks.Where(c => c.ItemId == item.Id && c.Round == round).OrderBy(c => c.Id).ToListAsync(ct);
        var all = earlier.Concat(added).ToList();
        foreach (var c in all)
        {
            c.VersionNumber = item.PublishedVersion;
        }

        return JsonSerializer.Serialize(
            all.Select(c => new
            {
                stage = CatalogItem.StateLabel(c.Stage),
                kind = c.Kind.ToString(),
                subject = c.Subject,
                answer = c.Answer,
                note = c.Note,
                actor = c.ActorName,
                at = c.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            }),
            Data.GongkaiDb.JsonOptions);
    }
}

using System.Globalization;
using System.Text.Json;
using Ganss.Xss;
using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>What an editor fills in for an item.</summary>
public sealed record ItemInput(
    string Title,
    string? Summary,
    string? DocumentNumber,
    DateOnly WrittenOn,
    string? Publisher,
    string Topic,
    string StatutoryCategory,
    string? KeyArea,
    string? Keywords,
    Validity Validity,
    DateOnly? ValidityChangedOn,
    DisclosureMode Mode,
    string Scope,
    string BodyHtml,
    string? InterpretsRef = null);

/// <summary>Input that cannot be saved; each message names the field, in Chinese.</summary>
public sealed class CatalogInputException(IReadOnlyList<string> problems) : Exception(string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Told when what the public sees changes, so that cached pages can be dropped.</summary>
public interface IPublicChangeListener
{
    Task PublicChangedAsync(int bodyId, CancellationToken ct);
}

/// <summary>Drafting, review and publication of catalog items, with the archive written at publication.</summary>
public sealed partial class CatalogService(GongkaiDb db, CalendarService calendars, IEnumerable<IPublicChangeListener> listeners)
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The county's date now: the working day a publication belongs to (Beijing time).</summary>
    public DateOnly Today() => db.Today();

    /// <summary>
    /// Cleans HTML. Text made only of bare, attribute-free structural tags cannot carry script and is
    /// kept as it is; that skips the full parser for the usual body text and keeps bulk imports fast.
    /// </summary>
    public static string Sanitize(string html) =>
        string.IsNullOrEmpty(html) ? "" : PlainStructure().IsMatch(html) ? html : Sanitizer.Sanitize(html);

    [System.Text.RegularExpressions.GeneratedRegex("^(?:[^<>&]|&(?:amp|lt|gt|quot|nbsp|#[0-9]{1,6});|</?(?:p|br|strong|em|b|i|u|table|thead|tbody|tr|td|th|ul|ol|li|h[2-6]|blockquote)>)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlainStructure();

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        // Layout comes from the portal's stylesheet; inline styles and classes from pasted Word text are dropped.
        s.AllowedAttributes.Remove("style");
        s.AllowedAttributes.Remove("class");
        s.AllowedCssProperties.Clear();
        // Forms inside a published item could post a citizen's input anywhere or pose as the portal's own forms.
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output", "meter", "progress" })
        {
            s.AllowedTags.Remove(tag);
        }

        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("mailto");
        return s;
    }

    public static List<string> Validate(ItemInput input)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            problems.Add("请填写名称。");
        }
        else if (input.Title.Trim().Length > 300)
        {
            problems.Add("名称不能超过 300 个字。");
        }

        if (input.Summary?.Length > 2000)
        {
            problems.Add("内容概述不能超过 2000 个字。");
        }

        if (input.DocumentNumber?.Trim().Length > 100)
        {
            problems.Add("文号不能超过 100 个字。");
        }

        if (input.WrittenOn.Year < 1949 || input.WrittenOn.Year > 2200)
        {
            problems.Add("成文日期不正确。");
        }

        if (!Taxonomy.IsTopic(input.Topic))
        {
            problems.Add("请选择主题分类。");
        }

        if (string.IsNullOrEmpty(input.StatutoryCategory))
        {
            problems.Add("请选择“法定主动公开内容”类别（条例第二十条、第二十一条）；不确定时请展开表单中的“各类别包括哪些信息”。");
        }
        else if (!Taxonomy.IsStatutoryCategory(input.StatutoryCategory))
        {
            problems.Add("法定主动公开内容类别不正确，请重新选择。");
        }

        if (!string.IsNullOrEmpty(input.KeyArea) && !Taxonomy.IsKeyArea(input.KeyArea))
        {
            problems.Add("重点领域不正确。");
        }

        if (input.Validity != Validity.Valid && input.ValidityChangedOn is null)
        {
            problems.Add("失效或废止的信息须填写失效（废止）日期。");
        }

        if (input.Keywords?.Length > 200)
        {
            problems.Add("主题词不能超过 200 个字。");
        }

        if (string.IsNullOrWhiteSpace(input.Scope) || input.Scope.Length > 100)
        {
            problems.Add("请填写公开范围（不超过 100 个字）。");
        }

        if (input.InterpretsRef?.Trim().Length > 100)
        {
            problems.Add("所解读的政策文件（索引号或文号）不能超过 100 个字。");
        }

        if (input.BodyHtml.Length > 2_000_000)
        {
            problems.Add("正文过长（超过 200 万字符），请将长文作为附件上传。");
        }

        return problems;
    }

    public async Task<CatalogItem> CreateAsync(int bodyId, ItemInput input, string? createdBy, CancellationToken ct = default)
    {
        Throw(Validate(input));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateOnceAsync(bodyId, input, createdBy, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another item of the same body and year took that serial first: start again with the next one.
                foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is IndexCounter || e.State == EntityState.Added).ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
    }

    private async Task<CatalogItem> CreateOnceAsync(int bodyId, ItemInput input, string? createdBy, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var body = await db.Bodies.SingleAsync(b => b.Id == bodyId, ct);
        var item = new CatalogItem
        {
            BodyId = bodyId,
            IndexNumber = await AllocateIndexNumberAsync(body, input.WrittenOn.Year, input.WrittenOn.Month, ct),
            CreatedAt = db.Time.GetUtcNow(),
            CreatedBy = createdBy,
            State = ItemState.Draft,
        };
        await ApplyInputAsync(item, body.Name, input, ct);
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return item;
    }

    public async Task UpdateAsync(CatalogItem item, int revision, ItemInput input, CancellationToken ct = default)
    {
        if (item.State is not (ItemState.Draft or ItemState.Returned))
        {
            throw new CatalogInputException(["只有草稿或退回修改的信息可以编辑；已公开的信息请先点“更正”。"]);
        }

        Throw(Validate(input));
        db.Entry(item).Property(i => i.Revision).OriginalValue = revision;
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == item.BodyId, ct);
        await ApplyInputAsync(item, body.Name, input, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyInputAsync(CatalogItem item, string bodyName, ItemInput input, CancellationToken ct)
    {
        item.Title = input.Title.Trim();
        item.Summary = Blank(input.Summary);
        item.DocumentNumber = Blank(input.DocumentNumber);
        item.WrittenOn = input.WrittenOn;
        item.Publisher = Blank(input.Publisher) ?? bodyName;
        item.Topic = input.Topic;
        item.StatutoryCategory = input.StatutoryCategory;
        item.KeyArea = Blank(input.KeyArea);
        item.Keywords = Blank(input.Keywords);
        item.Validity = input.Validity;
        item.ValidityChangedOn = input.Validity == Validity.Valid ? null : input.ValidityChangedOn;
        item.Mode = input.Mode;
        item.Scope = input.Scope.Trim();
        item.BodyHtml = Sanitize(input.BodyHtml);
        item.InterpretsItemId = await ResolvePolicyAsync(item, input.InterpretsRef, ct);
        var due = (await calendars.LoadAsync(ct)).AddWorkingDays(input.WrittenOn, 20);
        item.DueOn = due.Due;
        item.DueProvisional = due.Provisional;
    }

    /// <summary>
    /// The policy item an interpretation names by 索引号 or 文号: it must exist in the same county, not be the item
    /// itself, not be withdrawn, and a 文号 must name one item only.
    /// </summary>
    private async Task<int?> ResolvePolicyAsync(CatalogItem item, string? reference, CancellationToken ct)
    {
        reference = Blank(reference);
        if (reference is null)
        {
            return null;
        }

        var matches = await db.CatalogItems.AsNoTracking().Where(i => i.IndexNumber == reference).Select(i => new { i.Id, i.BodyId, i.State }).ToListAsync(ct);
        if (matches.Count == 0)
        {
            matches = await db.CatalogItems.AsNoTracking().Where(i => i.DocumentNumber == reference).Select(i => new { i.Id, i.BodyId, i.State }).Take(3).ToListAsync(ct);
        }

        if (item.Id != 0)
        {
            if (matches.Any(m => m.Id == item.Id))
            {
                throw new CatalogInputException(["政策解读不能解读其自身，请填写所解读的政策文件的索引号或文号。"]);
            }
        }

        if (matches.Count == 0)
        {
            throw new CatalogInputException([$"没有找到索引号或文号为“{reference}”的政策文件，请核对。"]);
        }

        if (matches.Count > 1)
        {
            throw new CatalogInputException([$"文号“{reference}”对应多条信息，请改填所解读政策文件的索引号。"]);
        }

        var policy = matches[0];
        if (policy.State == ItemState.Withdrawn)
        {
            throw new CatalogInputException(["所解读的政策文件已撤回，不能关联。"]);
        }

        var parents = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToDictionaryAsync(b => b.Id, b => b.ParentId, ct);
        int Root(int id)
        {
            for (var guard = 0; parents.TryGetValue(id, out var parent) && parent is { } p && guard < 100; guard++)
            {
                id = p;
            }

            return id;
        }

        if (Root(policy.BodyId) != Root(item.BodyId))
        {
            throw new CatalogInputException([$"索引号或文号为“{reference}”的信息不属于本县，不能关联。"]);
        }

        return policy.Id;
    }

    /// <summary>How the form shows an interpretation's policy: its 索引号.</summary>
    public Task<string?> PolicyReferenceAsync(int? policyId, CancellationToken ct = default) =>
        policyId is null ? Task.FromResult<string?>(null) : db.CatalogItems.AsNoTracking().Where(i => i.Id == policyId).Select(i => (string?)i.IndexNumber).SingleOrDefaultAsync(ct);

    /// <summary>The next 索引号 of a body and year; a serial, once handed out, is never handed out again.</summary>
    public async Task<string> AllocateIndexNumberAsync(Bodies.Body body, int year, int month, CancellationToken ct)
    {
        // A number can already be taken by an imported item that kept its own 索引号, or by an older pattern: such
        // serials are skipped, so the counter never hands out a number that would fail on the unique index.
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var serial = await IndexNumbers.ReserveAsync(db, body.Id, year, 1, ct);
            await db.SaveChangesAsync(ct);
            var number = IndexNumbers.Format(body.IndexPattern ?? IndexNumbers.DefaultPattern, body, year, month, serial);
            if (!await db.CatalogItems.AnyAsync(i => i.IndexNumber == number, ct))
            {
                return number;
            }
        }

        throw new CatalogInputException(["本单位索引号规则生成的编号均已被占用，请系统管理员检查索引号规则。"]);
    }

    public async Task<Attachment> AttachAsync(CatalogItem item, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (item.State is not (ItemState.Draft or ItemState.Returned))
        {
            throw new FileRejectedException("只有草稿或退回修改的信息可以添加附件。");
        }

        var kind = Files.Check(content, fileName);
        var sha = Archive.Sha256(content);
        await Blobs.AddAsync(db, sha, content, () => Search.TextExtraction.Extract(kind.ContentType, content), ct);

        var order = await db.Attachments.Where(a => a.ItemId == item.Id).Select(a => (int?)a.SortOrder).MaxAsync(ct) ?? 0;
        var attachment = new Attachment
        {
            ItemId = item.Id,
            FileName = Files.SafeName(fileName, kind),
            ContentType = kind.ContentType,
            Size = content.LongLength,
            Sha256 = sha,
            SortOrder = order + 1,
        };
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return attachment;
    }

    public async Task RemoveAttachmentAsync(CatalogItem item, int attachmentId, CancellationToken ct = default)
    {
        if (item.State is not (ItemState.Draft or ItemState.Returned))
        {
            throw new FileRejectedException("只有草稿或退回修改的信息可以删除附件。");
        }

        var a = await db.Attachments.SingleOrDefaultAsync(x => x.Id == attachmentId && x.ItemId == item.Id, ct);
        if (a is not null)
        {
            // The blob stays: an earlier published version may list it, and the archive needs it.
            db.Attachments.Remove(a);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Carries out one review action; the caller has checked the privilege the transition needs. An action
    /// that lets the item go further needs every scan hit acknowledged and, at the confidentiality stage,
    /// the checklist answered (<paramref name="review"/>); both are recorded and archived with the version.
    /// </summary>
    public Task ApplyAsync(CatalogItem item, ReviewAction action, string? comment, int revision, ReviewInput? review = null, CancellationToken ct = default) =>
        ApplyAsync(item, action, comment, revision, review, separateDuties: true, ct);

    /// <summary>
    /// <paramref name="separateDuties"/> is false only for what the platform writes and publishes itself (the annual
    /// report, approved beforehand in its own workflow): there is no submitter whose work a second person checks.
    /// </summary>
    /// <remarks><paramref name="publishedOn"/> backdates a publication the county made before it used the platform (see ReportService.PublishAsOfAsync).</remarks>
    internal async Task ApplyAsync(CatalogItem item, ReviewAction action, string? comment, int revision, ReviewInput? review, bool separateDuties, CancellationToken ct, DateOnly? publishedOn = null)
    {
        var t = Workflow.Find(item.State, action)
            ?? throw new CatalogInputException([$"当前状态（{CatalogItem.StateLabel(item.State)}）下不能“{Workflow.Label(action)}”。"]);
        if (separateDuties && await SeparationProblemAsync(item.Id, action, ct) is { } refused)
        {
            throw new CatalogInputException([refused]);
        }

        comment = Blank(comment);
        if (Workflow.NeedsComment(action) && comment is null)
        {
            throw new CatalogInputException([action == ReviewAction.Return ? "退回修改须写明修改意见。" : "撤回须写明理由。"]);
        }

        if (action == ReviewAction.Correct && comment is null)
        {
            throw new CatalogInputException(["更正须写明更正说明，公开页面将显示该说明。"]);
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == item.BodyId, ct);
        var to = Workflow.Target(t, body.RequiresConfidentialityReview, body.RequiresContentReview);
        var round = await RoundAsync(item.Id, ct) + (action == ReviewAction.Submit ? 1 : 0);
        var checks = await ReviewChecksForAsync(item, action, to, round, review ?? ReviewInput.None, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var archiveLock = to == ItemState.Published || action == ReviewAction.Withdraw ? await ArchiveLock.AcquireAsync(db, ct) : null;
        db.Entry(item).Property(i => i.Revision).OriginalValue = revision;
        var from = item.State;
        item.State = to;
        db.ReviewSteps.Add(new ReviewStep
        {
            ItemId = item.Id,
            Action = action.ToString(),
            FromState = from,
            ToState = to,
            Comment = comment,
            ActorName = db.Actor.Name,
            At = db.Time.GetUtcNow(),
        });
        if (to == ItemState.Published)
        {
            await PublishAsync(item, round, checks, ct, publishedOn);
        }
        else if (action == ReviewAction.Withdraw && item.PublishedVersion > 0)
        {
            await db.CatalogVersions.Where(v => v.ItemId == item.Id && v.State == VersionState.Current).ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VersionState.Withdrawn), ct);
        }

        db.ReviewChecks.AddRange(checks);

        await db.SaveChangesAsync(ct);
        if (to == ItemState.Published)
        {
            await ArchiveHeads.RecordAsync(db, ct);
        }

        await tx.CommitAsync(ct);
        if (to == ItemState.Published || (action == ReviewAction.Withdraw && item.PublishedVersion > 0))
        {
            foreach (var l in listeners)
            {
                await l.PublicChangedAsync(item.BodyId, ct);
            }
        }
    }

    private async Task PublishAsync(CatalogItem item, int round, List<ReviewCheck> checks, CancellationToken ct, DateOnly? publishedOn = null)
    {
        var now = db.Time.GetUtcNow();
        var today = publishedOn ?? Today();
        var files = await db.Attachments.AsNoTracking().Where(a => a.ItemId == item.Id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(ct);
        var correction = item.PublishedVersion > 0
            ? await db.ReviewSteps.Where(s => s.ItemId == item.Id && s.Action == nameof(ReviewAction.Correct)).OrderByDescending(s => s.Id).Select(s => s.Comment).FirstOrDefaultAsync(ct)
            : null;
        await db.CatalogVersions.Where(v => v.ItemId == item.Id && v.State == VersionState.Current).ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VersionState.Superseded), ct);
        item.PublishedVersion++;
        item.FirstPublishedOn ??= today;
        item.PublishedOn = today;
        item.PublishedAt = now;
        var version = VersionOf(item, FilesJson(files), correction);
        version.ReviewChecks = await ArchiveChecksAsync(item, round, checks, ct);
        db.CatalogVersions.Add(version);
        db.ArchiveEntries.Add(Archive.EntryFor(version, await Archive.LastHashAsync(db, ct)));
    }

    /// <summary>The frozen public version of an item as it stands now.</summary>
    public static CatalogVersion VersionOf(CatalogItem item, string filesJson, string? correction) => new()
    {
        ItemId = item.Id,
        BodyId = item.BodyId,
        Number = item.PublishedVersion,
        IndexNumber = item.IndexNumber,
        Title = item.Title,
        Summary = item.Summary,
        DocumentNumber = item.DocumentNumber,
        WrittenOn = item.WrittenOn,
        PublishedOn = item.PublishedOn!.Value,
        PublishedAt = item.PublishedAt!.Value,
        Publisher = item.Publisher,
        Topic = item.Topic,
        StatutoryCategory = item.StatutoryCategory,
        KeyArea = item.KeyArea,
        KeyAreaTop = Taxonomy.TopKeyArea(item.KeyArea),
        Keywords = item.Keywords,
        Validity = item.Validity,
        ValidityChangedOn = item.ValidityChangedOn,
        Mode = item.Mode,
        Scope = item.Scope,
        BodyHtml = item.BodyHtml,
        Files = filesJson,
        CorrectionNote = correction,
        State = VersionState.Current,
        Year = item.PublishedOn!.Value.Year,
    };

    public static string FilesJson(IEnumerable<Attachment> files) => JsonSerializer.Serialize(
        files.Select(a => new VersionFile(a.FileName, a.ContentType, a.Size, a.Sha256)),
        GongkaiDb.JsonOptions);

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new CatalogInputException(problems);
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

}

/// <summary>Serialises appends to the archive chain: a transaction-scoped advisory lock on PostgreSQL, a process-wide one on the single-node SQLite.</summary>
public sealed class ArchiveLock : IAsyncDisposable
{
    private const long PostgresKey = 0x676B617263680001;
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);
    private readonly bool _sqlite;

    private ArchiveLock(bool sqlite) => _sqlite = sqlite;

    public static async Task<ArchiveLock> AcquireAsync(GongkaiDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresKey})", ct);
            return new ArchiveLock(false);
        }

        await SqliteGate.WaitAsync(ct);
        return new ArchiveLock(true);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqlite)
        {
            SqliteGate.Release();
        }

        return ValueTask.CompletedTask;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>Stored as its member name: never rename one.</summary>
public enum ApplicationFileKind
{
    /// <summary>A file given to the applicant with the decision (公开的政府信息).</summary>
    Disclosed,

    /// <summary>The applicant's letter as scanned on arrival (信函申请原件扫描件); staff only.</summary>
    Letter,
}

/// <summary>A file of an application; its bytes are stored once, by hash, in <see cref="Blob"/> like catalog attachments.</summary>
public sealed class ApplicationFile : IAudited
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public ApplicationFileKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A reply published in the register 依申请公开答复选登, with the applicant's consent: the text frozen at
/// publication with personal data removed, so nothing that changes later on the application leaks into it.
/// </summary>
public sealed class PublishedReply : IAudited
{
    public int Id { get; set; }

    public int ApplicationId { get; set; }

    public int BodyId { get; set; }

    public string BodyName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string OutcomeLabel { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public DateOnly PublishedOn { get; set; }

    public string Text { get; set; } = "";

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    internal static void Configure(ModelBuilder builder)
    {
        builder.Entity<ApplicationFile>(e =>
        {
            e.ToTable("application_files");
            e.HasIndex(f => new { f.ApplicationId, f.Kind, f.Id });
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.FileName).HasMaxLength(200);
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.HasOne<Application>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PublishedReply>(e =>
        {
            e.ToTable("published_replies");
            e.HasIndex(r => r.ApplicationId).IsUnique();
            e.HasIndex(r => new { r.PublishedOn, r.Id });
            e.Property(r => r.BodyName).HasMaxLength(200);
            e.Property(r => r.Subject).HasMaxLength(300);
            e.Property(r => r.OutcomeLabel).HasMaxLength(100);
            e.Property(r => r.Text).HasMaxLength(20000);
            e.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>
/// The answer delivered online (issue 18): files attached to a decision, the reply letter and the files
/// downloaded by the applicant with number and query code (the first download after the decision is the
/// electronic delivery), and the public register of replies the applicant agreed to have published.
/// </summary>
public sealed partial class DisclosedFiles(GongkaiDb db, ApplicationService applications)
{
    /// <summary>How electronic delivery is recorded on the Deliver step and on the application (送达方式).</summary>
    public const string OnlineChannel = "电子送达";

    private const string ApplicantActor = "申请人（网上查询）";

    public Task<List<ApplicationFile>> ListAsync(int applicationId, ApplicationFileKind? kind = null, CancellationToken ct = default) =>
        db.Set<ApplicationFile>().AsNoTracking()
            .Where(f => f.ApplicationId == applicationId && (kind == null || f.Kind == kind))
            .OrderBy(f => f.Id).ToListAsync(ct);

    /// <summary>Checks the file by its content as catalog attachments are, and stores it. Throws <see cref="FileRejectedException"/>.</summary>
    public async Task<ApplicationFile> AttachAsync(Application app, ApplicationFileKind kind, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new FileRejectedException("附件类型无效。");
        }

        if (kind == ApplicationFileKind.Disclosed && app.State is not (ApplicationState.InProgress or ApplicationState.Consulting or ApplicationState.AwaitingFee or ApplicationState.Decided))
        {
            throw new FileRejectedException($"当前状态（{Application.StateLabel(app.State)}）不能添加公开的文件：请在作出答复前后、送达之前添加。");
        }

        if (kind == ApplicationFileKind.Disclosed && app.DeliveredOn is not null)
        {
            throw new FileRejectedException("答复已送达，不能再添加公开的文件。");
        }

        var fileKind = Files.Check(content, fileName);
        if (kind == ApplicationFileKind.Letter && fileKind != Files.Pdf && fileKind != Files.Png && fileKind != Files.Jpeg)
        {
            throw new FileRejectedException($"申请信函扫描件“{fileName}”应为 PDF 或 PNG/JPEG 图片。");
        }

        var sha = Archive.Sha256(content);
        await Blobs.AddAsync(db, sha, content, () => Search.TextExtraction.Extract(fileKind.ContentType, content), ct);

        var file = new ApplicationFile
        {
            ApplicationId = app.Id,
            Kind = kind,
            FileName = Files.SafeName(fileName, fileKind),
            ContentType = fileKind.ContentType,
            Size = content.LongLength,
            Sha256 = sha,
            AddedAt = db.Time.GetUtcNow(),
        };
        db.Set<ApplicationFile>().Add(file);
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>Removes a file of this application (never another's); a delivered file stays as the applicant got it.</summary>
    public async Task<bool> RemoveAsync(Application app, int fileId, CancellationToken ct = default)
    {
        var file = await db.Set<ApplicationFile>().SingleOrDefaultAsync(f => f.Id == fileId && f.ApplicationId == app.Id, ct);
        if (file is null)
        {
            return false;
        }

        if (file.Kind == ApplicationFileKind.Disclosed && app.DeliveredOn is not null)
        {
            throw new FileRejectedException("答复已送达，公开的文件不能删除。");
        }

        db.Set<ApplicationFile>().Remove(file);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The bytes of a file of this application, or null when the id belongs to no file of it.</summary>
    public async Task<(ApplicationFile File, byte[] Content)?> ReadAsync(int applicationId, int fileId, ApplicationFileKind? kind = null, CancellationToken ct = default)
    {
        var file = await db.Set<ApplicationFile>().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && f.ApplicationId == applicationId && (kind == null || f.Kind == kind), ct);
        if (file is null)
        {
            return null;
        }

        var content = await Blobs.ReadAsync(db, file.Sha256, ct) ?? throw new BlobMissingException($"文件 {file.Sha256} 不在数据库中。");
        return (file, content);
    }

    /// <summary>The reply letter of a decided application: its paragraphs as the staff page and the DOCX have them.</summary>
    public async Task<IReadOnlyList<DocParagraph>?> LetterAsync(Application app, CancellationToken ct = default)
    {
        if (Outcomes.Find(app.Outcome) is null || app.DecidedOn is null)
        {
            return null;
        }

        var (body, organ, corrected) = await LetterPartsAsync(app, ct);
        return ReplyLetter.Paragraphs(app, body, organ, corrected);
    }

    public async Task<byte[]?> LetterDocxAsync(Application app, CancellationToken ct = default)
    {
        if (Outcomes.Find(app.Outcome) is null || app.DecidedOn is null)
        {
            return null;
        }

        var (body, organ, corrected) = await LetterPartsAsync(app, ct);
        return ReplyLetter.Docx(app, body, organ, corrected);
    }

    private async Task<(Bodies.Body Body, string Organ, bool Corrected)> LetterPartsAsync(Application app, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == app.BodyId, ct);
        var parent = body.ParentId is { } pid ? await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == pid, ct) : null;
        var corrected = await db.ApplicationSteps.AnyAsync(s => s.ApplicationId == app.Id && s.Action == nameof(ApplicationAction.CorrectionReceived), ct);
        return (body, ReplyLetter.ReviewOrgan(parent), corrected);
    }

    /// <summary>Whether the applicant may see the letter and the files: once the decision is made.</summary>
    public static bool Answered(Application app) => app.DecidedOn is not null && app.State is (ApplicationState.Decided or ApplicationState.Closed) && Outcomes.Find(app.Outcome) is not null;

    /// <summary>
    /// The applicant downloaded <paramref name="what"/> with number and code: audited, and the first download after
    /// the decision records the delivery (电子送达) unless it was delivered already. Two downloads at once both
    /// try; the revision lets only one of them record it.
    /// </summary>
    public async Task RecordDownloadAsync(Application found, string what, CancellationToken ct = default)
    {
        db.AuditAction(nameof(Application), found.AuditKey, "applicant-download", new { trackingNumber = found.TrackingNumber, file = what }, ApplicantActor);
        await db.SaveChangesAsync(ct);
        var when = db.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        await DeliverOnlineAsync(found.Id, $"{OnlineChannel}：申请人于{when:yyyy-MM-dd HH:mm}凭申请编号和查询码在网上平台下载{what}。", null, ApplicantActor, ct);
    }

    /// <summary>
    /// Records delivery by 电子送达 today if the application is decided and not yet delivered; returns false when
    /// there is nothing to record (not decided, already delivered, or delivered by someone else meanwhile).
    /// </summary>
    public async Task<bool> DeliverOnlineAsync(int applicationId, string note, string? actorId, string actorName, CancellationToken ct = default)
    {
        var app = await db.Applications.SingleAsync(a => a.Id == applicationId, ct);
        if (app.State != ApplicationState.Decided || app.DeliveredOn is not null)
        {
            return false;
        }

        try
        {
            await applications.ApplyAsync(app, ApplicationAction.Deliver, new ActionInput { On = applications.Today(), Comment = note }, app.Revision, actorId, actorName, ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Publishes a delivered reply whose applicant consented, with personal data removed. Throws <see cref="ApplicationInputException"/>.</summary>
    public async Task<PublishedReply> PublishAsync(int applicationId, CancellationToken ct = default)
    {
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId, ct);
        if (!app.PublishConsent)
        {
            throw new ApplicationInputException(["申请人未同意（或已撤回同意）公开答复，不能选登。"]);
        }

        if (app.DeliveredOn is null || app.State != ApplicationState.Closed)
        {
            throw new ApplicationInputException(["答复送达后才能选登。"]);
        }

        if (await db.Set<PublishedReply>().AnyAsync(r => r.ApplicationId == applicationId, ct))
        {
            throw new ApplicationInputException(["该答复已经选登。"]);
        }

        var paragraphs = await LetterAsync(app, ct) ?? throw new ApplicationInputException(["该申请没有答复告知书，不能选登。"]);
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == app.BodyId, ct);
        // The title, the tracking number, the addressee and the office's contact line are left out: the register shows the answer, not the case.
        var text = string.Join("\n", paragraphs
            .Where(p => p.Style is not (ParagraphStyle.Title or ParagraphStyle.Plain) && !p.Text.StartsWith("申请编号：", StringComparison.Ordinal))
            .Select(p => Redact(p.Text, app)));
        var subject = Redact(ReplyLetter.Requested(app), app);
        var reply = new PublishedReply
        {
            ApplicationId = app.Id,
            BodyId = app.BodyId,
            BodyName = body.Name,
            Subject = subject.Length > 300 ? subject[..300] : subject,
            OutcomeLabel = Outcomes.Find(app.Outcome)!.Label,
            DecidedOn = app.DecidedOn!.Value,
            PublishedOn = applications.Today(),
            Text = text.Length > 20000 ? text[..20000] : text,
        };
        db.Set<PublishedReply>().Add(reply);
        await db.SaveChangesAsync(ct);
        return reply;
    }

    /// <summary>Takes a reply out of the register; returns false when it was not published.</summary>
    public async Task<bool> UnpublishAsync(int applicationId, CancellationToken ct = default)
    {
        var reply = await db.Set<PublishedReply>().SingleOrDefaultAsync(r => r.ApplicationId == applicationId, ct);
        if (reply is null)
        {
            return false;
        }

        db.Set<PublishedReply>().Remove(reply);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The applicant withdraws consent to publication: the reply leaves the register at once.</summary>
    public async Task WithdrawConsentAsync(int applicationId, CancellationToken ct = default)
    {
        var app = await db.Applications.SingleAsync(a => a.Id == applicationId, ct);
        app.PublishConsent = false;
        var reply = await db.Set<PublishedReply>().SingleOrDefaultAsync(r => r.ApplicationId == applicationId, ct);
        if (reply is not null)
        {
            db.Set<PublishedReply>().Remove(reply);
        }

        await db.SaveChangesAsync(ct);
    }

    public Task<bool> IsPublishedAsync(int applicationId, CancellationToken ct = default) =>
        db.Set<PublishedReply>().AnyAsync(r => r.ApplicationId == applicationId, ct);

    /// <summary>One page of the register, newest first, filtered by a keyword in the subject, the text or the body.</summary>
    public async Task<(List<PublishedReply> Rows, int Total)> RegisterAsync(string? keyword, int skip, int take, CancellationToken ct = default)
    {
        var q = db.Set<PublishedReply>().AsNoTracking();
        var k = (keyword ?? "").Trim();
        if (k.Length > 0)
        {
            k = k.Length > 50 ? k[..50] : k;
            q = q.Where(r => r.Subject.Contains(k) || r.Text.Contains(k) || r.BodyName.Contains(k));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>
    /// Removes what identifies the applicant: the name, contact person, phone, e-mail, address and postcode as
    /// recorded, and anything that looks like an ID number, a phone number or an e-mail address.
    /// </summary>
    public static string Redact(string text, Application app)
    {
        foreach (var value in new[] { app.ApplicantName, app.ContactPerson, app.Phone, app.Email, app.Address, app.Postcode, app.IdNumberMasked }
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length >= 2)
            .Select(v => v!.Trim())
            .OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, "＊＊", StringComparison.OrdinalIgnoreCase);
        }

        text = EmailPattern().Replace(text, "＊＊");
        text = IdPattern().Replace(text, "＊＊");
        return PhonePattern().Replace(text, "＊＊");
    }

    [GeneratedRegex(@"[^@\s<>（）()，。；：]+@[^@\s<>（）()，。；：]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?:18|19|20)[0-9]{2}[0-9]{5}[0-9Xx*＊]|(?<![0-9])[0-9]{15}(?![0-9])")]
    private static partial Regex IdPattern();

    // Mobile numbers and landlines with or without area code; dates and amounts are shorter or carry 年月日.
    [GeneratedRegex(@"(?<![0-9])(?:\+?86[- ]?)?(?:1[3-9][0-9]{9}|0[0-9]{2,3}[- ]?[0-9]{7,8}|[0-9]{7,8})(?![0-9])")]
    private static partial Regex PhonePattern();
}

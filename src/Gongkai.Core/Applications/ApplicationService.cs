using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>What an applicant (or staff filling the form for one) submits.</summary>
public sealed record ApplicationInput
{
    public ApplicantType ApplicantType { get; init; }

    public string? Name { get; init; }

    public string? ContactPerson { get; init; }

    public IdDocument IdDocument { get; init; }

    public string? IdNumber { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? Description { get; init; }

    public string? DocumentNumber { get; init; }

    public Delivery Delivery { get; init; }

    /// <summary>Null when the applicant does not know which body holds the information.</summary>
    public int? BodyId { get; init; }

    /// <summary>Consent to publish the reply without personal data in the register of replies.</summary>
    public bool PublishConsent { get; init; }
}

/// <summary>How staff registered an application that did not come through the online form.</summary>
public sealed record Registration(Channel Channel, DateTimeOffset ArrivedAt, DateOnly? ConfirmedOn);

/// <summary>The inputs an action may use; each action reads only its own.</summary>
public sealed record ActionInput
{
    public DateOnly? On { get; init; }

    public string? Comment { get; init; }

    public int? ToBodyId { get; init; }

    public string? OfficerId { get; init; }

    public int? Days { get; init; }

    public string? Outcome { get; init; }

    public string? Reasons { get; init; }

    public string? LegalBasis { get; init; }

    public string? Withheld { get; init; }

    public string? ReferTo { get; init; }

    public FeeMethod FeeMethod { get; init; }

    public int? FeeUnits { get; init; }

    public PauseKind? PauseKind { get; init; }
}

public sealed record Submitted(Application Application, string? Secret, bool Replay);

/// <summary>A submission key already used for a different request.</summary>
public sealed class SubmissionKeyConflictException() : ApplicationInputException(["该提交标识已用于另一份内容不同的申请，请重新填写表单后提交（接口调用请换用新的 Idempotency-Key）。"]);

public class ApplicationInputException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems => problems;
}

/// <summary>Intake, handling and the reply clock of applications for disclosure (rules.md §3).</summary>
public sealed class ApplicationService(GongkaiDb db, CalendarService calendars, IDataProtectionProvider protection)
{
    public const int MaxDescription = 4000;

    /// <summary>Default period given to the applicant for a correction, in working days (a "reasonable period", Art. 30).</summary>
    public const int DefaultCorrectionPeriod = 15;

    public const string ApplicantKeySetting = "applicants.hmac-key";
    private const string SecretAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private IDataProtector IdProtector => protection.CreateProtector("Gongkai.Applications.IdNumber");

    /// <summary>The Data Protection purpose of the stored query code (the outbox decrypts it to send it).</summary>
    public const string SecretPurpose = "Gongkai.Applications.Secret";

    private IDataProtector SecretProtector => protection.CreateProtector(SecretPurpose);

    public DateOnly Today() => db.Today();

    /// <summary>
    /// Stores a new application, or finds the one this form (or the same applicant with the same request to the
    /// same body within a day) already created. Online applications wait for staff to confirm receipt; staff
    /// registrations carry their legal date of receipt at once.
    /// </summary>
    public async Task<Submitted> SubmitAsync(ApplicationInput input, Registration registration, string? submissionKey, string? registeredBy = null, string? registeredByName = null, CancellationToken ct = default)
    {
        submissionKey = SubmissionKeyHash(submissionKey);
        var problems = Validate(input, Today(), out var clean);
        var arrivedOn = GongkaiDb.LocalDate(registration.ArrivedAt);
        if (arrivedOn < RuleSet.FirstDay)
        {
            problems.Add($"到达日期不能早于 {RuleSet.FirstDay:yyyy年M月d日}（《政府信息公开条例》施行之日）。");
        }

        DateOnly? receivedOn = null;
        if (registration.Channel != Channel.Online)
        {
            var (on, problem) = Receipt.LegalDate(registration.Channel, arrivedOn, registration.ConfirmedOn);
            if (problem is not null)
            {
                problems.Add(problem);
            }

            if (on > Today())
            {
                problems.Add("收到申请的日期不能晚于今天。");
            }

            receivedOn = on;
        }

        var rules = RuleSet.For(receivedOn ?? arrivedOn);
        if (rules.IdDocumentRequired && string.IsNullOrEmpty(clean.IdNumber))
        {
            problems.Add("请填写身份证明（证件类型和号码）。");
        }

        int bodyId;
        if (clean.BodyId is { } chosen)
        {
            var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == chosen, ct);
            if (body is null || body.Level == Bodies.BodyLevel.Village)
            {
                problems.Add("请选择受理申请的行政机关。");
            }

            bodyId = chosen;
        }
        else
        {
            // Applicants who cannot tell which body holds the information go to the county government, whose office routes them.
            bodyId = await db.Bodies.AsNoTracking().Where(b => b.ParentId == null).OrderBy(b => b.Id).Select(b => b.Id).FirstOrDefaultAsync(ct);
            if (bodyId == 0)
            {
                // A fresh install before `gongkai setup`: there is no body to receive it yet.
                problems.Add("本平台尚未设立受理机关，暂不能在线提交申请，请通过信函或当面提交。");
            }
        }

        if (problems.Count > 0)
        {
            throw new ApplicationInputException(problems);
        }

        string? applicantKey = string.IsNullOrEmpty(clean.IdNumber) ? null : await ApplicantKeyAsync(clean.IdDocument, clean.IdNumber, ct);
        if (submissionKey is not null && await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.SubmissionKey == submissionKey, ct) is { } replayed)
        {
            return Replay(replayed, clean, bodyId, applicantKey);
        }

        if (applicantKey is not null)
        {
            var since = registration.ArrivedAt.ToUniversalTime().AddDays(-1);
            var description = clean.Description!;
            var same = await db.Applications.AsNoTracking()
                .Where(a => a.ApplicantKey == applicantKey && a.BodyId == bodyId && a.Description == description && a.ArrivedAt >= since)
                .OrderBy(a => a.Id)
                .FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                return new Submitted(same, null, true);
            }
        }

        var secret = NewSecret();
        var now = db.Time.GetUtcNow();
        var app = new Application
        {
            TrackingNumber = await NewTrackingNumberAsync(arrivedOn, ct),
            SecretHash = Hash(secret),
            SecretProtected = SecretProtector.Protect(secret),
            SubmissionKey = submissionKey,
            BodyId = bodyId,
            BodyUnclear = clean.BodyId is null,
            ApplicantType = clean.ApplicantType,
            ApplicantName = clean.Name!,
            ContactPerson = clean.ContactPerson,
            IdDocument = clean.IdDocument,
            IdNumberProtected = string.IsNullOrEmpty(clean.IdNumber) ? null : IdProtector.Protect(clean.IdNumber),
            IdNumberMasked = string.IsNullOrEmpty(clean.IdNumber) ? null : IdNumbers.Mask(clean.IdNumber),
            ApplicantKey = applicantKey,
            Phone = clean.Phone,
            Email = clean.Email,
            Address = clean.Address,
            Postcode = clean.Postcode,
            Description = clean.Description!,
            DocumentNumber = clean.DocumentNumber,
            Delivery = clean.Delivery,
            PublishConsent = clean.PublishConsent,
            Channel = registration.Channel,
            ArrivedAt = registration.ArrivedAt.ToUniversalTime(),
            Rules = rules.Version,
            State = ApplicationState.Received,
            CreatedAt = now,
        };
        var calendar = await calendars.LoadAsync(ct);
        if (receivedOn is { } received)
        {
            Receive(app, received, calendar);
            app.State = ApplicationState.InProgress;
            app.OfficerId = registeredBy;
            app.OfficerName = registeredByName;
            Recompute(app, [], calendar, await ApplicationSettings.LoadAsync(db, ct));
        }

        // The application and its first step are one transaction: a crash between them must not leave an
        // application without its history.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Applications.Add(app);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (submissionKey is not null)
        {
            // The same request posted twice at once: the other one stored it.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var other = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.SubmissionKey == submissionKey, ct);
            if (other is null)
            {
                throw;
            }

            return Replay(other, clean, bodyId, applicantKey);
        }

        var first = new ApplicationStep
        {
            ApplicationId = app.Id,
            At = now,
            On = receivedOn ?? arrivedOn,
            Action = registration.Channel == Channel.Online ? "Submitted" : "Registered",
            FromState = ApplicationState.Received,
            ToState = app.State,
            ActorId = registeredBy,
            ActorName = registeredByName ?? db.Actor.Name,
            ToBodyId = bodyId,
            Comment = registration.Channel == Channel.Online
                ? "申请人通过网上申请平台提交申请。"
                : $"{Application.ChannelLabel(registration.Channel)}，{registration.ArrivedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 到达；{Receipt.Rule(registration.Channel)}。",
            DueOn = app.DueOn,
            CalendarVersion = app.CalendarVersion,
        };
        db.ApplicationSteps.Add(first);
        await AnnounceAsync(app, first, ApplicationWorkflow.Notice.Received, null, "", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Submitted(app, secret, false);
    }

    /// <summary>The application whose tracking number and query code both match, or null: nothing tells which one was wrong.</summary>
    public async Task<Application?> FindForApplicantAsync(string? trackingNumber, string? secret, CancellationToken ct = default)
    {
        var number = (trackingNumber ?? "").Trim();
        var code = (secret ?? "").Trim().ToUpperInvariant();
        if (number.Length is 0 or > 20 || code.Length is 0 or > 20)
        {
            return null;
        }

        var app = await db.Applications.AsNoTracking().Include(a => a.Body).SingleOrDefaultAsync(a => a.TrackingNumber == number, ct);
        var expected = Encoding.ASCII.GetBytes(app?.SecretHash ?? new string('0', 64));
        var given = Encoding.ASCII.GetBytes(Hash(code));
        return CryptographicOperations.FixedTimeEquals(expected, given) && app is not null ? app : null;
    }

    /// <summary>The applicant's correction sent online: the reply clock restarts from today (Art. 30).</summary>
    public async Task<Application> ApplicantCorrectAsync(Application found, string? text, CancellationToken ct = default)
    {
        var clean = CleanText(text);
        if (clean.Length == 0)
        {
            throw new ApplicationInputException(["请填写补正的内容。"]);
        }

        if (clean.Length > MaxDescription)
        {
            throw new ApplicationInputException([$"补正内容不能超过 {MaxDescription} 字，当前 {clean.Length} 字。"]);
        }

        var app = await db.Applications.SingleAsync(a => a.Id == found.Id, ct);
        if (app.State != ApplicationState.AwaitingCorrection)
        {
            throw new ApplicationInputException(["该申请当前不需要补正。"]);
        }

        app.Description = Truncate(app.Description + "\n【补正】" + clean, MaxDescription * 2);
        await ApplyAsync(app, ApplicationAction.CorrectionReceived, new ActionInput { On = Today(), Comment = "申请人通过网上平台提交补正：" + clean }, app.Revision, null, "申请人（网上补正）", ct);
        return app;
    }

    /// <summary>Applies one action of the workflow; the page has checked the privilege. Throws <see cref="ApplicationInputException"/> on bad input.</summary>
    public async Task ApplyAsync(Application app, ApplicationAction action, ActionInput input, int revision, string? actorId, string actorName, CancellationToken ct = default)
    {
        var t = ApplicationWorkflow.Find(app.State, action)
            ?? throw new ApplicationInputException([$"当前状态（{Application.StateLabel(app.State)}）不能{ApplicationWorkflow.Label(action)}。"]);
        db.Entry(app).Property(a => a.Revision).OriginalValue = revision;
        var today = Today();
        var on = input.On ?? today;
        if (on > today)
        {
            throw new ApplicationInputException(["日期不能晚于今天。"]);
        }

        var comment = CleanText(input.Comment);
        var calendar = await calendars.LoadAsync(ct);
        var settings = await ApplicationSettings.LoadAsync(db, ct);
        var rules = RuleSet.Of(app.Rules);
        var pauses = await db.ClockPauses.Where(p => p.ApplicationId == app.Id).OrderBy(p => p.Id).ToListAsync(ct);
        var step = new ApplicationStep
        {
            ApplicationId = app.Id,
            At = db.Time.GetUtcNow(),
            On = on,
            Action = action.ToString(),
            FromState = app.State,
            ToState = t.To,
            ActorId = actorId,
            ActorName = actorName,
            FromBodyId = app.BodyId,
        };
        var act = new Step(app, input, on, comment, calendar, settings, rules, pauses, step, []);
        if (app.ClockStartOn is { } started && on < started && action is not ApplicationAction.Accept and not ApplicationAction.Assign)
        {
            act.Problems.Add($"日期不能早于办理期限的起算日 {started:yyyy-MM-dd}。");
        }

        await (action switch
        {
            ApplicationAction.Accept => AcceptAsync(act, actorId, ct),
            ApplicationAction.Assign => AssignAsync(app, input.OfficerId, act.Problems, ct),
            ApplicationAction.Transfer => TransferAsync(act, ct),
            ApplicationAction.RequestCorrection => Sync(RequestCorrection, act),
            ApplicationAction.CorrectionReceived => Sync(CorrectionReceived, act),
            ApplicationAction.CloseNoCorrection => Sync(CloseNoCorrection, act),
            ApplicationAction.StartConsultation => Sync(StartConsultation, act),
            ApplicationAction.EndConsultation => Sync(EndConsultation, act),
            ApplicationAction.RequestExtension => Sync(RequestExtension, act),
            ApplicationAction.ApproveExtension => Sync(ApproveExtension, act),
            ApplicationAction.NoticeFee => NoticeFeeAsync(act, ct),
            ApplicationAction.FeePaid => Sync(FeePaid, act),
            ApplicationAction.CloseFeeUnpaid => Sync(CloseFeeUnpaid, act),
            ApplicationAction.Decide => Sync(Decide, act),
            ApplicationAction.Deliver => Sync(Deliver, act),
            ApplicationAction.Withdraw => Sync(Withdraw, act),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        });
        var problems = act.Problems;
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new ApplicationInputException(problems);
        }

        app.State = t.To;
        Recompute(app, pauses, calendar, settings);
        step.Comment ??= comment.Length == 0 ? null : comment;
        step.DueOn = app.DueOn;
        step.CalendarVersion = app.CalendarVersion;
        db.ApplicationSteps.Add(step);
        var info = ApplicationWorkflow.Info(action);
        await AnnounceAsync(app, step, info.Notifies, info.ApprovedBy, comment, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The one place where a step tells the applicant (by the action's notice in the workflow table) and alerts
    /// staff: the body's officers of a new online application, the approvers of a request that awaits them.
    /// Written into the outboxes in the step's own transaction; nothing is sent here.
    /// </summary>
    private async Task AnnounceAsync(Application app, ApplicationStep step, ApplicationWorkflow.Notice? notice, ApplicationAction? approvedBy, string comment, CancellationToken ct)
    {
        var bodyName = await db.Bodies.AsNoTracking().Where(b => b.Id == app.BodyId).Select(b => b.Name).SingleAsync(ct);
        if (notice is { } kind)
        {
            var due = kind == ApplicationWorkflow.Notice.CorrectionRequested ? app.CorrectionDueOn : app.DueOn;
            var values = new Dictionary<string, string>
            {
                ["机关"] = bodyName,
                ["编号"] = app.TrackingNumber,
                ["日期"] = $"{step.On:yyyy年M月d日}",
                ["期限"] = due is { } d ? $"{d:yyyy年M月d日}" : "期限届满",
                ["天数"] = (kind == ApplicationWorkflow.Notice.FeeNotice ? RuleSet.FeePaymentDays : app.ExtensionDays).ToString(CultureInfo.InvariantCulture),
                ["金额"] = app.FeeAmount.ToString("0.##", CultureInfo.InvariantCulture),
                ["结果"] = Outcomes.Find(app.Outcome)?.Label ?? "",
                ["说明"] = Truncate(comment, 100),
            };
            await TellApplicantAsync(app, step, kind, values, app.Phone, app.Email, ct);
        }

        if (step.Action == "Submitted")
        {
            await AlertStaffAsync(app, Privilege.HandleApplications, "new", $"【新申请】政府信息公开申请 {app.TrackingNumber} 待确认受理",
                $"{app.ApplicantName}于 {app.ArrivedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 通过网上平台向{bodyName}提交申请。网上申请以双方确认之日为收到申请之日（《政府信息公开条例》第三十一条），请及时确认受理或转交。", ct);
        }

        if (approvedBy is { } approval && ApplicationWorkflow.Find(step.ToState, approval) is { } t)
        {
            await AlertStaffAsync(app, t.Needs, $"{approval}:{step.At.UtcTicks}", $"【待审批】政府信息公开申请 {app.TrackingNumber}：{ApplicationWorkflow.Label(approval)}",
                $"{step.ActorName}{ApplicationWorkflow.Label(Enum.Parse<ApplicationAction>(step.Action))}{(app.RequestedExtensionDays is { } days ? $" {days} 个工作日" : "")}，理由：{comment}。答复期限 {app.DueOn:yyyy-MM-dd}，请在期限内审批（见“待我审批”）。", ct);
        }
    }

    private async Task TellApplicantAsync(Application app, ApplicationStep? step, ApplicationWorkflow.Notice kind, Dictionary<string, string> values, string? phone, string? email, CancellationToken ct)
    {
        var templates = await Notifications.ApplicantTemplates.LoadAsync(db, ct);
        var text = Notifications.ApplicantTemplates.Fill(templates[kind], values);
        var subject = $"政府信息公开申请 {app.TrackingNumber}：{Notifications.ApplicantTemplates.Defaults[kind].Subject}";
        var now = db.Time.GetUtcNow();
        if (Notifications.ApplicantTemplates.Mobile(phone) is { } mobile)
        {
            db.ApplicantMessages.Add(new Notifications.ApplicantMessage { ApplicationId = app.Id, Step = step, Channel = Notifications.MessageChannel.Sms, Notice = kind, To = mobile, Subject = subject, Text = text, CreatedAt = now });
        }

        if (!string.IsNullOrEmpty(email))
        {
            db.ApplicantMessages.Add(new Notifications.ApplicantMessage { ApplicationId = app.Id, Step = step, Channel = Notifications.MessageChannel.Email, Notice = kind, To = email, Subject = subject, Text = text, CreatedAt = now });
        }
    }

    /// <summary>A reminder to each member granted <paramref name="privilege"/> in the application's own body (county-wide roles are not flooded).</summary>
    private async Task AlertStaffAsync(Application app, Privilege privilege, string kind, string subject, string text, CancellationToken ct)
    {
        var roles = Enum.GetValues<StaffRole>().Where(r => Access.Allows(r, privilege)).ToList();
        var staff = await db.RoleGrants.AsNoTracking()
            .Where(g => g.BodyId == app.BodyId && roles.Contains(g.Role))
            .Select(g => new { g.UserId, g.User!.Email })
            .ToListAsync(ct);
        var now = db.Time.GetUtcNow();
        foreach (var s in staff.DistinctBy(s => s.UserId))
        {
            var key = $"application:{app.Id}:{kind}:{s.UserId}";
            if (!await db.Notifications.AnyAsync(n => n.Key == key, ct))
            {
                db.Notifications.Add(new Notifications.Notification
                {
                    Key = key,
                    UserId = s.UserId,
                    BodyId = app.BodyId,
                    Subject = subject,
                    Text = Truncate(text, 2000),
                    Link = $"/staff/applications/{app.Id}",
                    CreatedAt = now,
                    Email = string.IsNullOrWhiteSpace(s.Email) ? null : s.Email,
                });
            }
        }
    }

    /// <summary>
    /// A lost query code: when the number and the phone or e-mail given on the application match, a new code replaces
    /// the old one and goes to that phone or address. The caller shows the same answer whatever happened, so nobody
    /// learns whether a number exists; a few tries a day per application keep it from being used to flood an applicant.
    /// </summary>
    public async Task<bool> ReissueCodeAsync(string? trackingNumber, string? contact, CancellationToken ct = default)
    {
        var number = (trackingNumber ?? "").Trim();
        var given = (contact ?? "").Trim();
        if (number.Length is 0 or > 20 || given.Length is 0 or > 200)
        {
            return false;
        }

        var app = await db.Applications.SingleOrDefaultAsync(a => a.TrackingNumber == number, ct);
        if (app is null)
        {
            return false;
        }

        var byEmail = app.Email is not null && given.Contains('@', StringComparison.Ordinal) && string.Equals(app.Email, given, StringComparison.OrdinalIgnoreCase);
        var givenDigits = Notifications.ApplicantTemplates.Mobile(given);
        var byPhone = givenDigits is not null && Notifications.ApplicantTemplates.Mobile(app.Phone) == givenDigits;
        var since = db.Time.GetUtcNow().AddDays(-1);
        var recent = await db.ApplicantMessages.CountAsync(m => m.ApplicationId == app.Id && m.Notice == ApplicationWorkflow.Notice.CodeReissued && m.CreatedAt >= since, ct);
        var outcome = !byEmail && !byPhone ? "query-code-reissue-refused" : recent >= MaxReissuesPerDay ? "query-code-reissue-limited" : "query-code-reissued";
        db.AuditEvents.Add(new AuditEvent
        {
            At = db.Time.GetUtcNow(),
            ActorId = null,
            ActorName = "申请人（找回查询码）",
            EntityType = nameof(Application),
            EntityId = app.AuditKey,
            Action = outcome,
            Changes = System.Text.Json.JsonSerializer.Serialize(new { trackingNumber = app.TrackingNumber, channel = byEmail ? "email" : byPhone ? "sms" : null }, GongkaiDb.JsonOptions),
        });
        if (outcome != "query-code-reissued")
        {
            await db.SaveChangesAsync(ct);
            return false;
        }

        var secret = NewSecret();
        app.SecretHash = Hash(secret);
        app.SecretProtected = SecretProtector.Protect(secret);
        var bodyName = await db.Bodies.AsNoTracking().Where(b => b.Id == app.BodyId).Select(b => b.Name).SingleAsync(ct);
        await TellApplicantAsync(app, null, ApplicationWorkflow.Notice.CodeReissued, new() { ["机关"] = bodyName, ["编号"] = app.TrackingNumber }, byPhone ? app.Phone : null, byEmail ? app.Email : null, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>New codes one application may be sent in a day.</summary>
    public const int MaxReissuesPerDay = 3;

    /// <summary>What one action works on; each action's method reads what it needs and adds its problems.</summary>
    private sealed record Step(Application App, ActionInput Input, DateOnly On, string Comment, WorkingCalendar Calendar, ApplicationSettings Settings, RuleSet Rules, List<ClockPauseRow> Pauses, ApplicationStep Row, List<string> Problems)
    {
        public ApplicationWorkflow.ActionInfo Info => ApplicationWorkflow.Info(Enum.Parse<ApplicationAction>(Row.Action));

        /// <summary>Adds the action's own "comment required" message when the comment is empty.</summary>
        public void RequireComment() => Require(Comment, Info.CommentRequired!, Problems);
    }

    private static Task Sync(Action<Step> act, Step s)
    {
        act(s);
        return Task.CompletedTask;
    }

    private async Task AcceptAsync(Step s, string? actorId, CancellationToken ct)
    {
        var app = s.App;
        if (app.ReceivedOn is null)
        {
            var (received, problem) = Receipt.LegalDate(app.Channel, GongkaiDb.LocalDate(app.ArrivedAt), s.On);
            if (problem is not null)
            {
                s.Problems.Add(problem);
            }
            else
            {
                Receive(app, received!.Value, s.Calendar);
            }
        }

        await AssignAsync(app, s.Input.OfficerId ?? actorId, s.Problems, ct);
    }

    private async Task TransferAsync(Step s, CancellationToken ct)
    {
        var app = s.App;
        if (s.Input.ToBodyId is not { } to || to == app.BodyId || !await db.Bodies.AnyAsync(b => b.Id == to && b.Level != Bodies.BodyLevel.Village, ct))
        {
            s.Problems.Add("请选择接收转交的另一个行政机关。");
            return;
        }

        s.RequireComment();
        app.BodyId = to;
        app.BodyUnclear = false;
        app.OfficerId = null;
        app.OfficerName = null;
        s.Row.ToBodyId = to;
    }

    private static void RequestCorrection(Step s)
    {
        var (app, on, calendar) = (s.App, s.On, s.Calendar);
        s.RequireComment();
        if (s.Rules.CorrectionNoticeDays is { } limit && app.ReceivedOn is { } r && on > ClockAfter(calendar, r, limit))
        {
            s.Problems.Add($"补正告知应在收到申请之日起 {limit} 个工作日内一次性发出（最迟 {ClockAfter(calendar, r, limit):yyyy-MM-dd}），现已超过，不能再要求补正。");
        }

        var period = s.Input.Days ?? DefaultCorrectionPeriod;
        if (period is < 1 or > 60)
        {
            s.Problems.Add("补正期限应为 1 至 60 个工作日。");
            return;
        }

        app.CorrectionDueOn = ClockAfter(calendar, on, period);
        s.Row.Comment = $"{s.Comment}（补正期限：{period} 个工作日，至 {app.CorrectionDueOn:yyyy-MM-dd}）";
    }

    private static void CorrectionReceived(Step s)
    {
        // The clock restarts from the day the corrected application arrives (Art. 30).
        s.App.ClockStartOn = s.On;
        s.App.ExtensionDays = 0;
        s.App.RequestedExtensionDays = null;
        s.App.CorrectionDueOn = null;
    }

    private static void CloseNoCorrection(Step s)
    {
        if (s.App.CorrectionDueOn is { } by && s.On <= by)
        {
            s.Problems.Add($"补正期限到 {by:yyyy-MM-dd} 才届满，届满后才能按逾期不补正处理。");
        }

        Close(s.App, Outcomes.NoCorrection, s.Settings, s.On, s.Comment);
    }

    private void StartConsultation(Step s)
    {
        s.RequireComment();
        s.Pauses.Add(new ClockPauseRow
        {
            ApplicationId = s.App.Id,
            Kind = s.Input.PauseKind ?? PauseKind.ThirdPartyConsultation,
            From = s.On,
            ExpectedTo = ClockAfter(s.Calendar, s.On, s.Rules.ConsultationDays),
            Note = s.Comment,
        });
        db.ClockPauses.Add(s.Pauses[^1]);
    }

    private static void EndConsultation(Step s)
    {
        var open = s.Pauses.LastOrDefault(p => p.To is null && p.Kind != PauseKind.Fee);
        if (open is null || s.On < open.From)
        {
            s.Problems.Add("没有进行中的征求意见，或结束日期早于发函日期。");
            return;
        }

        // An answer after the period does not stop the clock longer: the body decides itself then (Art. 32).
        open.To = s.On < open.ExpectedTo ? s.On : open.ExpectedTo;
    }

    private static void RequestExtension(Step s)
    {
        var (app, rules) = (s.App, s.Rules);
        s.RequireComment();
        var left = rules.MaxExtensionDays - app.ExtensionDays;
        if (s.Input.Days is not { } days || days < 1 || days > left)
        {
            s.Problems.Add($"延期天数应为 1 至 {left} 个工作日（{rules.Name}规定延长期限最长不超过 {rules.MaxExtensionDays} 个工作日）。");
        }
        else if (app.DueOn is { } due && s.On > due)
        {
            s.Problems.Add($"答复期限 {due:yyyy-MM-dd} 已过，不能再延期。");
        }
        else
        {
            app.RequestedExtensionDays = days;
            app.ExtensionReason = s.Comment;
        }

    }

    private static void ApproveExtension(Step s)
    {
        if (s.App.RequestedExtensionDays is not { } asked)
        {
            s.Problems.Add("没有待批准的延期申请。");
            return;
        }

        s.App.ExtensionDays += asked;
        s.App.RequestedExtensionDays = null;
        s.Row.Comment = $"政府信息公开工作机构负责人同意延期 {asked} 个工作日，并告知申请人。{s.Comment}";
    }

    private static void FeePaid(Step s)
    {
        var fee = s.Pauses.LastOrDefault(p => p.To is null && p.Kind == PauseKind.Fee);
        if (fee is null || s.On < fee.From)
        {
            s.Problems.Add("缴费日期不能早于收费通知日期。");
            return;
        }

        fee.To = s.On;
        s.App.FeePaidOn = s.On;
    }

    private static void CloseFeeUnpaid(Step s)
    {
        var fee = s.Pauses.LastOrDefault(p => p.To is null && p.Kind == PauseKind.Fee);
        if (fee is not null && s.On <= fee.ExpectedTo)
        {
            s.Problems.Add($"缴费期限到 {fee.ExpectedTo:yyyy-MM-dd} 才届满。");
        }

        if (fee is not null)
        {
            fee.To = s.On;
        }

        Close(s.App, Outcomes.FeeUnpaid, s.Settings, s.On, s.Comment);
    }

    private static void Deliver(Step s)
    {
        s.RequireComment();
        if (s.App.DecidedOn is { } decided && s.On < decided)
        {
            s.Problems.Add($"送达日期不能早于答复日期 {decided:yyyy-MM-dd}。");
        }

        s.App.DeliveredOn = s.On;
        s.App.DeliveryNote = s.Comment;
    }

    private static void Withdraw(Step s)
    {
        s.RequireComment();
        foreach (var p in s.Pauses.Where(p => p.To is null))
        {
            p.To = s.On;
        }

        Close(s.App, "other", s.Settings, s.On, "申请人撤回申请。" + s.Comment);
    }

    /// <summary>Explains the due date as the list of counted days, with the calendar and rules versions.</summary>
    public async Task<ClockResult?> ExplainAsync(Application app, CancellationToken ct = default)
    {
        var pauses = await db.ClockPauses.AsNoTracking().Where(p => p.ApplicationId == app.Id).OrderBy(p => p.Id).ToListAsync(ct);
        return Clock(app, pauses, await calendars.LoadAsync(ct), await ApplicationSettings.LoadAsync(db, ct));
    }

    /// <summary>
    /// The open applications whose due date <paramref name="calendar"/> moves, among those due on or after
    /// <paramref name="affectedFrom"/> (a due date before it counted no day the change touches). With
    /// <paramref name="apply"/> the new due dates and calendar version are saved (and audited); otherwise nothing is stored.
    /// </summary>
    public async Task<List<DueDateChange>> RecomputeDueDatesAsync(WorkingCalendar calendar, DateOnly affectedFrom, bool apply, CancellationToken ct = default)
    {
        var query = db.Applications.Include(a => a.Body)
            .Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.Closed && a.State != ApplicationState.AwaitingCorrection)
            .Where(a => a.ClockStartOn != null && (a.DueOn == null || a.DueOn >= affectedFrom));
        var apps = await (apply ? query : query.AsNoTracking()).OrderBy(a => a.Id).ToListAsync(ct);
        var ids = apps.Select(a => a.Id).ToList();
        var pauses = (await db.ClockPauses.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).OrderBy(p => p.Id).ToListAsync(ct))
            .ToLookup(p => p.ApplicationId);
        var settings = await ApplicationSettings.LoadAsync(db, ct);
        var changes = new List<DueDateChange>();
        foreach (var app in apps)
        {
            var (due, provisional) = (app.DueOn, app.DueProvisional);
            Recompute(app, [.. pauses[app.Id]], calendar, settings);
            if (app.DueOn != due || app.DueProvisional != provisional)
            {
                changes.Add(new DueDateChange(app.Id, app.TrackingNumber, app.Body?.Name ?? "", due, provisional, app.DueOn, app.DueProvisional));
            }
        }

        if (apply)
        {
            await db.SaveChangesAsync(ct);
        }

        return changes;
    }

    /// <summary>Decrypts the ID number for the officer handling the case; every call writes an audit row.</summary>
    public async Task<string?> RevealIdNumberAsync(Application app, CancellationToken ct = default)
    {
        if (app.IdNumberProtected is null)
        {
            return null;
        }

        db.AuditAction(nameof(Application), app.AuditKey, "id-number-viewed", new { trackingNumber = app.TrackingNumber });
        await db.SaveChangesAsync(ct);
        return IdProtector.Unprotect(app.IdNumberProtected);
    }

    /// <summary>Art. 44: the requested information becomes a proactive catalog draft of the handling body.</summary>
    public async Task<CatalogItem> MakeCatalogDraftAsync(Application app, CatalogService catalog, string? userId, CancellationToken ct = default)
    {
        if (app.CatalogItemId is { } existing)
        {
            return await db.CatalogItems.SingleAsync(i => i.Id == existing, ct);
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == app.BodyId, ct);
        var title = Truncate(app.Description.Split('\n')[0], 120);
        var item = await catalog.CreateAsync(app.BodyId, new ItemInput(
            title,
            $"根据政府信息公开申请（{app.TrackingNumber}）多次被申请的情况，拟纳入主动公开（《政府信息公开条例》第四十四条）。",
            app.DocumentNumber,
            Today(),
            body.Name,
            "21",
            "a20-15",
            null,
            null,
            Validity.Valid,
            null,
            DisclosureMode.Proactive,
            "面向全社会",
            $"<p>{System.Net.WebUtility.HtmlEncode(title)}</p>"), userId, ct);
        var tracked = await db.Applications.SingleAsync(a => a.Id == app.Id, ct);
        tracked.CatalogItemId = item.Id;
        db.ApplicationSteps.Add(new ApplicationStep
        {
            ApplicationId = app.Id,
            At = db.Time.GetUtcNow(),
            On = Today(),
            Action = "CatalogDraft",
            FromState = tracked.State,
            ToState = tracked.State,
            ActorId = userId,
            ActorName = db.Actor.Name,
            Comment = $"已转为主动公开目录草稿 {item.IndexNumber}。",
        });
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Fee under 国办函〔2020〕109号 for this application, counting the applicant's other per-item notices this month.</summary>
    public async Task<Fees.FeeResult> FeeAsync(Application app, FeeMethod method, int units, DateOnly on, CancellationToken ct = default)
    {
        if (method == FeeMethod.PerPage)
        {
            return Fees.PerPage(units);
        }

        var monthStart = new DateOnly(on.Year, on.Month, 1);
        var earlier = app.ApplicantKey is null ? 0 : await db.Applications.AsNoTracking()
            .Where(a => a.Id != app.Id && a.ApplicantKey == app.ApplicantKey && a.FeeMethod == FeeMethod.PerItem && a.FeeNoticeOn >= monthStart && a.FeeNoticeOn < monthStart.AddMonths(1))
            .SumAsync(a => a.FeeUnits, ct);
        return Fees.PerItem(earlier, units);
    }

    public static string FeeLabel(FeeMethod m) => m switch
    {
        FeeMethod.PerItem => "按件计收，件数",
        FeeMethod.PerPage => "按量计收，页数",
        _ => "不收费",
    };

    private async Task NoticeFeeAsync(Step s, CancellationToken ct)
    {
        var (app, input, on, calendar, pauses, problems) = (s.App, s.Input, s.On, s.Calendar, s.Pauses, s.Problems);
        if (app.Rules != RulesVersion.Rules2019 || app.ReceivedOn < RuleSet.FeesFrom)
        {
            problems.Add("信息处理费只适用于 2021 年 1 月 1 日起收到、适用 2019 年条例的申请（国办函〔2020〕109号）。");
            return;
        }

        if (input.FeeMethod == FeeMethod.None || input.FeeUnits is not { } units || units < 1 || units > 100_000)
        {
            problems.Add("请选择计收方式（按件或按量，二者只能选一）并填写件数或页数。");
            return;
        }

        var fee = await FeeAsync(app, input.FeeMethod, units, on, ct);
        if (fee.Amount == 0)
        {
            problems.Add("按收费标准，本申请在免费范围内，不应收费。");
            return;
        }

        app.FeeMethod = input.FeeMethod;
        app.FeeUnits = units;
        app.FeeAmount = fee.Amount;
        app.FeeNoticeOn = on;
        pauses.Add(new ClockPauseRow { ApplicationId = app.Id, Kind = PauseKind.Fee, From = on, ExpectedTo = ClockAfter(calendar, on, RuleSet.FeePaymentDays), Note = "收费通知" });
        db.ClockPauses.Add(pauses[^1]);
        if (problems.Count == 0)
        {
            s.Row.Comment = $"应缴信息处理费 {app.FeeAmount:0.##} 元（{FeeLabel(app.FeeMethod)} {app.FeeUnits}）；申请人应自收到通知次日起 {RuleSet.FeePaymentDays} 个工作日内缴纳。";
        }
    }

    private static void Decide(Step s)
    {
        var (app, input, settings, on, problems) = (s.App, s.Input, s.Settings, s.On, s.Problems);
        var outcome = Outcomes.Find(input.Outcome);
        if (outcome is null || !Outcomes.Decidable.Contains(outcome))
        {
            problems.Add("请选择一种处理结果。");
            return;
        }

        var reasons = CleanText(input.Reasons);
        var withheld = CleanText(input.Withheld);
        var referTo = CleanText(input.ReferTo);
        if (!outcome.Discloses || outcome.NeedsWithheld)
        {
            Require(reasons, "不予公开、无法提供或不予处理的，应当说明理由。", problems);
        }

        if (outcome.NeedsWithheld)
        {
            Require(withheld, "请写明不予公开的内容（部分公开时为删去或遮盖的部分）及其理由。", problems);
        }

        if (outcome.Code == "not-responsible")
        {
            Require(referTo, "不属于本机关负责公开的，应当告知负责公开的机关名称和联系方式（第三十六条第（五）项）。", problems);
        }

        if (reasons.Length > MaxDescription || withheld.Length > MaxDescription)
        {
            problems.Add($"理由和不予公开内容各不超过 {MaxDescription} 字。");
        }

        app.Outcome = outcome.Code;
        app.ReportRow = settings.RowFor(outcome.Code);
        app.Reasons = reasons.Length == 0 ? null : reasons;
        app.Withheld = withheld.Length == 0 ? null : withheld;
        app.ReferTo = referTo.Length == 0 ? null : referTo;
        var basis = CleanText(input.LegalBasis);
        app.LegalBasis = basis.Length == 0 ? outcome.Basis : Truncate(basis, 500);
        app.DecidedOn = on;
    }

    private static void Close(Application app, string outcome, ApplicationSettings settings, DateOnly on, string reasons)
    {
        app.Outcome = outcome;
        app.ReportRow = settings.RowFor(outcome);
        app.LegalBasis = Outcomes.Find(outcome)!.Basis;
        app.Reasons = reasons.Length == 0 ? null : reasons;
        app.DecidedOn = on;
    }

    private async Task AssignAsync(Application app, string? officerId, List<string> problems, CancellationToken ct)
    {
        if (officerId is null)
        {
            return;
        }

        var officer = await db.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => new { u.Id, u.DisplayName, u.UserName }).SingleOrDefaultAsync(ct);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == officerId).ToListAsync(ct);
        if (officer is null || !Access.Can(grants, Privilege.HandleApplications, app.BodyId))
        {
            problems.Add("所选经办人没有办理本机关依申请公开的权限。");
            return;
        }

        app.OfficerId = officer.Id;
        app.OfficerName = string.IsNullOrWhiteSpace(officer.DisplayName) ? officer.UserName : officer.DisplayName;
    }

    private static void Receive(Application app, DateOnly receivedOn, WorkingCalendar calendar)
    {
        app.ReceivedOn = receivedOn;
        app.Rules = RuleSet.For(receivedOn).Version;
        app.ClockStartOn = receivedOn;
        app.CalendarVersion = calendar.Version;
    }

    /// <summary>Keeps the stored due date (used by the work lists) equal to what the clock says; a decided case keeps the date it was decided against.</summary>
    private static void Recompute(Application app, List<ClockPauseRow> pauses, WorkingCalendar calendar, ApplicationSettings settings)
    {
        if (app.State is ApplicationState.Decided or ApplicationState.Closed)
        {
            return;
        }

        var result = app.State is ApplicationState.AwaitingCorrection ? null : Clock(app, pauses, calendar, settings);
        app.DueOn = result?.Due;
        app.DueProvisional = result?.Provisional ?? false;
        app.CalendarVersion = result?.CalendarVersion ?? app.CalendarVersion;
    }

    /// <summary>The reply deadline from the last clock start, with the pauses after it (the fee period only when the setting says so).</summary>
    public static ClockResult? Clock(Application app, IEnumerable<ClockPauseRow> pauses, WorkingCalendar calendar, ApplicationSettings settings)
    {
        if (app.ClockStartOn is not { } start)
        {
            return null;
        }

        var rules = RuleSet.Of(app.Rules);
        var counted = pauses
            .Where(p => p.From >= start && (p.Kind != PauseKind.Fee || settings.FeeStopsClock))
            .Select(p => new ClockPause(p.From, p.To ?? p.ExpectedTo, PauseLabel(p.Kind), p.To is null))
            .ToList();
        return ApplicationClock.Compute(calendar, rules, start, rules.ReplyDays + app.ExtensionDays, counted, settings.CountFromNextDay);
    }

    public static string PauseLabel(PauseKind k) => k switch
    {
        PauseKind.ThirdPartyConsultation => "征求第三方意见，不计入办理期限",
        PauseKind.BodyConsultation => "征求其他机关意见，不计入办理期限",
        PauseKind.Fee => "收费通知至缴费期间，不计入办理期限",
        _ => k.ToString(),
    };

    private static DateOnly ClockAfter(WorkingCalendar calendar, DateOnly from, int days) => ApplicationClock.After(calendar, from, days);

    private static List<string> Validate(ApplicationInput input, DateOnly today, out ApplicationInput clean)
    {
        var problems = new List<string>();
        var name = CleanLine(input.Name);
        var contactPerson = CleanLine(input.ContactPerson);
        var phone = CleanLine(input.Phone);
        var email = CleanLine(input.Email);
        var address = CleanLine(input.Address);
        var postcode = CleanLine(input.Postcode);
        var description = CleanText(input.Description);
        var documentNumber = CleanLine(input.DocumentNumber);
        var idNumber = IdNumbers.Normalize(input.IdNumber);

        if (!Enum.IsDefined(input.ApplicantType) || !Enum.IsDefined(input.IdDocument) || !Enum.IsDefined(input.Delivery))
        {
            problems.Add("申请人类型、证件类型或获取方式的选项无效，请重新选择。");
        }

        if (name.Length == 0)
        {
            problems.Add(input.ApplicantType == ApplicantType.Person ? "请填写申请人姓名。" : "请填写法人或其他组织的名称。");
        }

        CheckLine(name, "申请人姓名或名称", 100, problems);
        CheckLine(contactPerson, "联系人", 50, problems);
        CheckLine(address, "通讯地址", 200, problems);
        CheckLine(documentNumber, "文号", 100, problems);
        if (input.ApplicantType != ApplicantType.Person && contactPerson.Length == 0)
        {
            problems.Add("法人或其他组织申请的，请填写联系人姓名。");
        }

        if (idNumber.Length > 0 || input.IdNumber is not null)
        {
            if (IdNumbers.Problem(input.IdDocument, idNumber, today) is { } idProblem)
            {
                problems.Add(idProblem);
            }
            else if (input.ApplicantType == ApplicantType.Person && input.IdDocument == IdDocument.CreditCode)
            {
                problems.Add("自然人请填写个人身份证件（如居民身份证）。");
            }
        }

        // A letter with only a postal address is a valid application: the reply goes by post.
        if (phone.Length == 0 && email.Length == 0 && address.Length == 0)
        {
            problems.Add("请至少填写联系电话、电子邮箱或通讯地址中的一项，以便联系和送达。");
        }

        if (phone.Length > 0 && (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')')))
        {
            problems.Add("联系电话只能包含数字和“-”，不超过 20 位。");
        }

        if (email.Length > 0 && (email.Length > 200 || !System.Text.RegularExpressions.Regex.IsMatch(email, @"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")))
        {
            problems.Add("电子邮箱格式不正确。");
        }

        if (postcode.Length > 0 && (postcode.Length != 6 || !postcode.All(char.IsAsciiDigit)))
        {
            problems.Add("邮政编码应为 6 位数字。");
        }

        if (input.Delivery == Delivery.PaperByPost && address.Length == 0)
        {
            problems.Add("选择邮寄纸质文本的，请填写通讯地址。");
        }

        if (input.Delivery == Delivery.Email && email.Length == 0)
        {
            problems.Add("选择电子邮件获取的，请填写电子邮箱。");
        }

        if (description.Length == 0)
        {
            problems.Add("请描述所需政府信息（名称、文号或其他便于查询的特征）。");
        }
        else if (description.Length > MaxDescription)
        {
            problems.Add($"所需信息的描述不能超过 {MaxDescription} 字，当前 {description.Length} 字；内容较多的，请分别申请或写明文号等特征。");
        }

        clean = input with
        {
            Name = name,
            ContactPerson = Null(contactPerson),
            Phone = Null(phone),
            Email = Null(email),
            Address = Null(address),
            Postcode = Null(postcode),
            Description = description,
            DocumentNumber = Null(documentNumber),
            IdNumber = idNumber,
        };
        return problems;
    }

    private static void CheckLine(string value, string label, int max, List<string> problems)
    {
        if (value.Length > max)
        {
            problems.Add($"{label}不能超过 {max} 个字。");
        }
        else if (value.Any(c => c is '<' or '>'))
        {
            problems.Add($"{label}不能包含尖括号等标记符号。");
        }
        else if (value.Any(char.IsSurrogate) || value.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol))
        {
            problems.Add($"{label}含有表情符号等无法登记的字符，请删除后再提交。");
        }
    }

    private static void Require(string value, string message, List<string> problems)
    {
        if (value.Length == 0)
        {
            problems.Add(message);
        }
    }

    /// <summary>Multi-line text as typed, without control characters; markup is kept as text and encoded wherever shown.</summary>
    private static string CleanText(string? s) =>
        new string((s ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray()).Trim();

    private static string CleanLine(string? s) => new string((s ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string NewSecret() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = SecretAlphabet[RandomNumberGenerator.GetInt32(SecretAlphabet.Length)];
        }
    });

    private string? UnprotectSecret(Application app)
    {
        try
        {
            return app.SecretProtected is null ? null : SecretProtector.Unprotect(app.SecretProtected);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>申请编号: the date of arrival and a random serial, so numbers reveal nothing about volumes.</summary>
    /// <summary>
    /// Date of arrival and six random digits: a million numbers a day, so that even a day with 100,000
    /// applications finds a free one within a few tries. The tries are bounded all the same.
    /// </summary>
    private async Task<string> NewTrackingNumberAsync(DateOnly arrivedOn, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 32; attempt++)
        {
            var number = $"{arrivedOn:yyyyMMdd}{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
            if (!await db.Applications.AnyAsync(a => a.TrackingNumber == number, ct))
            {
                return number;
            }
        }

        throw new ApplicationInputException(["今日申请编号已用尽，请稍后再试。"]);
    }

    /// <summary>The longest key a client may give; a longer one is refused rather than cut, so two keys never collide.</summary>
    public const int MaxSubmissionKey = 200;

    /// <summary>Room for the channel and client that callers put in front of the key.</summary>
    private const int MaxScopedSubmissionKey = MaxSubmissionKey + 200;

    /// <summary>
    /// Keys are stored as a hash of the whole key, whatever its length. Callers put the channel and the client
    /// in front of the key they were given (form, API client address, staff member), so that nobody can present
    /// another channel's or another client's key.
    /// </summary>
    private static string? SubmissionKeyHash(string? key)
    {
        key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        if (key is { Length: > MaxScopedSubmissionKey })
        {
            throw new ApplicationInputException([$"重复提交标识（Idempotency-Key）过长：最多 {MaxSubmissionKey} 个字符。"]);
        }

        return key is null ? null : Hash(key);
    }

    /// <summary>
    /// A second request with a stored key: the same request gets the same receipt, code included (it comes from
    /// the same client with the same applicant's details); a different request with that key is refused and
    /// learns nothing of the first.
    /// </summary>
    private Submitted Replay(Application stored, ApplicationInput clean, int bodyId, string? applicantKey)
    {
        var same = stored.BodyId == bodyId && stored.ApplicantKey == applicantKey && stored.ApplicantType == clean.ApplicantType
            && stored.ApplicantName == clean.Name && stored.ContactPerson == clean.ContactPerson && stored.IdDocument == clean.IdDocument
            && stored.Phone == clean.Phone && stored.Email == clean.Email && stored.Address == clean.Address && stored.Postcode == clean.Postcode
            && stored.Description == clean.Description && stored.DocumentNumber == clean.DocumentNumber && stored.Delivery == clean.Delivery;
        if (!same)
        {
            throw new SubmissionKeyConflictException();
        }

        return new Submitted(stored, UnprotectSecret(stored), true);
    }

    /// <summary>A keyed hash of the ID number; the key is random per county and kept encrypted in the settings.</summary>
    private async Task<string> ApplicantKeyAsync(IdDocument document, string normalized, CancellationToken ct)
    {
        var protector = protection.CreateProtector("Gongkai.Applications.ApplicantKey");
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == ApplicantKeySetting, ct);
        if (row is null)
        {
            try
            {
                db.Settings.Add(new Setting { Key = ApplicantKeySetting, Value = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }

            row = await db.Settings.AsNoTracking().SingleAsync(s => s.Key == ApplicantKeySetting, ct);
        }

        var key = Convert.FromBase64String(protector.Unprotect(row.Value));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{document}:{normalized}")));
    }

    /// <summary>The query code, for the registration receipt posted to an applicant who wrote by letter; null when it cannot be recovered.</summary>
    public string? ReceiptSecret(Application app) => UnprotectSecret(app);
}

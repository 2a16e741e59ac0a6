using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Applications;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Notifications;
using Gongkai.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Data;

/// <summary>
/// The one database context. Two subclasses exist only so that each provider keeps its own migrations;
/// services take <see cref="GongkaiDb"/>. Saving writes the audit rows of every audited change in the
/// same transaction as the change.
/// </summary>
public abstract class GongkaiDb : IdentityUserContext<StaffUser>, IDataProtectionKeyContext
{
    /// <summary>
    /// JSON written to the database (audit changes, manifests, file lists) keeps Chinese readable rather
    /// than escaped; pages HTML-encode it when they show it.
    /// </summary>
    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly HashSet<string> SecretProperties =
        [nameof(StaffUser.PasswordHash), nameof(StaffUser.SecurityStamp), nameof(StaffUser.ConcurrencyStamp),
            nameof(Application.SecretHash), nameof(Application.SecretProtected), nameof(Application.IdNumberProtected), nameof(Application.ApplicantKey)];

    private readonly TimeProvider _time;
    private readonly AuditActor _actor;

    protected GongkaiDb(DbContextOptions options, TimeProvider time, AuditActor actor, FileStoreSetting files)
        : base(options)
    {
        _time = time;
        _actor = actor;
        FileStore = files.Store;
    }

    /// <summary>Where new file contents go when not into the database (<see cref="Catalog.Blobs"/>).</summary>
    public Catalog.FileStore? FileStore { get; }

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();

    public DbSet<ItemChannel> ItemChannels => Set<ItemChannel>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Blob> Blobs => Set<Blob>();

    public DbSet<CatalogVersion> CatalogVersions => Set<CatalogVersion>();

    public DbSet<ReviewStep> ReviewSteps => Set<ReviewStep>();

    public DbSet<ReviewCheck> ReviewChecks => Set<ReviewCheck>();

    public DbSet<IndexCounter> IndexCounters => Set<IndexCounter>();

    public DbSet<ArchiveEntry> ArchiveEntries => Set<ArchiveEntry>();

    public DbSet<ArchiveHead> ArchiveHeads => Set<ArchiveHead>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ApplicantMessage> ApplicantMessages => Set<ApplicantMessage>();

    public DbSet<Search.SearchOutboxRow> SearchOutbox => Set<Search.SearchOutboxRow>();

    public DbSet<Search.SearchGeneration> SearchGenerations => Set<Search.SearchGeneration>();

    public DbSet<Search.SearchNodeStatus> SearchNodes => Set<Search.SearchNodeStatus>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    public DbSet<ClockPauseRow> ClockPauses => Set<ClockPauseRow>();

    public DbSet<DisclosureCase> DisclosureCases => Set<DisclosureCase>();

    public DbSet<ServiceItems.ServiceItem> ServiceItems => Set<ServiceItems.ServiceItem>();

    public DbSet<ServiceItems.ServiceItemEvent> ServiceItemEvents => Set<ServiceItems.ServiceItemEvent>();

    public DbSet<ServiceItems.ServiceCentre> ServiceCentres => Set<ServiceItems.ServiceCentre>();

    public DbSet<ServiceItems.CentreWindow> CentreWindows => Set<ServiceItems.CentreWindow>();

    public DbSet<ServiceItems.CentreItem> CentreItems => Set<ServiceItems.CentreItem>();

    public DbSet<ServiceItems.ServiceCase> ServiceCases => Set<ServiceItems.ServiceCase>();

    public DbSet<ServiceItems.CaseSuspension> CaseSuspensions => Set<ServiceItems.CaseSuspension>();

    public DbSet<ServiceItems.ServiceItemVersion> ServiceItemVersions => Set<ServiceItems.ServiceItemVersion>();

    public DbSet<ServiceItems.ServiceCaseMonth> ServiceCaseMonths => Set<ServiceItems.ServiceCaseMonth>();

    public DbSet<Reports.ReportFigure> ReportFigures => Set<Reports.ReportFigure>();

    public DbSet<Reports.AnnualReport> AnnualReports => Set<Reports.AnnualReport>();

    public DbSet<Supervision.WorkPlan> WorkPlans => Set<Supervision.WorkPlan>();

    public DbSet<Supervision.KeyTask> KeyTasks => Set<Supervision.KeyTask>();

    public DbSet<Supervision.KeyTaskPartner> KeyTaskPartners => Set<Supervision.KeyTaskPartner>();

    public DbSet<Supervision.TaskProgress> TaskProgress => Set<Supervision.TaskProgress>();

    public DbSet<Supervision.Meeting> Meetings => Set<Supervision.Meeting>();

    public DbSet<Supervision.MeetingAttendance> MeetingAttendance => Set<Supervision.MeetingAttendance>();

    public DbSet<Supervision.MeetingMaterial> MeetingMaterials => Set<Supervision.MeetingMaterial>();

    public DbSet<Supervision.Suggestion> Suggestions => Set<Supervision.Suggestion>();

    public DbSet<Supervision.SuggestionPartner> SuggestionPartners => Set<Supervision.SuggestionPartner>();

    public DbSet<Websites.Website> Websites => Set<Websites.Website>();

    public DbSet<Websites.WebsiteColumn> WebsiteColumns => Set<Websites.WebsiteColumn>();

    public DbSet<Websites.WebsiteProbe> WebsiteProbes => Set<Websites.WebsiteProbe>();

    public DbSet<Websites.WebsiteCheckRun> WebsiteCheckRuns => Set<Websites.WebsiteCheckRun>();

    public DbSet<Websites.WebsiteFinding> WebsiteFindings => Set<Websites.WebsiteFinding>();

    public DbSet<Websites.WebsiteCensus> WebsiteCensuses => Set<Websites.WebsiteCensus>();

    public DbSet<Assessment.AssessmentScheme> AssessmentSchemes => Set<Assessment.AssessmentScheme>();

    public DbSet<Assessment.Indicator> Indicators => Set<Assessment.Indicator>();

    public DbSet<Assessment.AssessmentPeriod> AssessmentPeriods => Set<Assessment.AssessmentPeriod>();

    public DbSet<Assessment.SpotCheckItem> SpotCheckItems => Set<Assessment.SpotCheckItem>();

    public DbSet<Assessment.IndicatorScore> IndicatorScores => Set<Assessment.IndicatorScore>();

    public DbSet<Assessment.RankingRow> RankingRows => Set<Assessment.RankingRow>();

    /// <summary>Keys that sign cookies and form tokens, shared by every node of one database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public AuditActor Actor => _actor;

    /// <summary>
    /// An audit row for an action that changes no audited record (a file downloaded, a receipt printed, an ID number
    /// read), as the acting person, written with the next save.
    /// </summary>
    public void AuditAction(string entityType, string entityId, string action, object details, string? actorName = null) =>
        AuditEvents.Add(new AuditEvent
        {
            At = _time.GetUtcNow(),
            ActorId = actorName is null ? _actor.UserId : null,
            ActorName = actorName ?? _actor.Name,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = System.Text.Json.JsonSerializer.Serialize(details, JsonOptions),
        });

    /// <summary>
    /// For bulk loads: records created in one save are logged as one event per record type (how many,
    /// which ids) instead of one event per record. Changes and deletions are still logged one by one.
    /// </summary>
    public bool SummarizeAudit { get; set; }

    public TimeProvider Time => _time;

    /// <summary>The county's date now: legal dates (receipt, publication, deadlines) are Beijing dates.</summary>
    public DateOnly Today() => LocalDate(_time.GetUtcNow());

    public static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<StaffUser>(e =>
        {
            e.ToTable("staff_users");
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.HasOne(u => u.Body).WithMany().HasForeignKey(u => u.BodyId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("staff_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("staff_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("staff_user_tokens");

        builder.Entity<Body>(e =>
        {
            e.ToTable("bodies");
            e.HasIndex(b => b.Code).IsUnique();
            e.Property(b => b.Code).HasMaxLength(40);
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.ShortName).HasMaxLength(100);
            e.Property(b => b.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(b => b.Level).HasConversion<string>().HasMaxLength(40);
            e.Property(b => b.OrganizationCode).HasMaxLength(9);
            e.Property(b => b.CreditCode).HasMaxLength(18);
            e.Property(b => b.Revision).IsConcurrencyToken();
            e.HasOne(b => b.Parent).WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<RoleGrant>(e =>
        {
            e.ToTable("role_grants");
            e.Property(g => g.Role).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(g => new { g.UserId, g.BodyId, g.Role }).IsUnique();
            e.HasOne(g => g.User).WithMany(u => u.Grants).HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(g => g.Body).WithMany().HasForeignKey(g => g.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AuditEvent>(e =>
        {
            e.ToTable("audit_events");
            e.Property(a => a.EntityType).HasMaxLength(60);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.ActorName).HasMaxLength(200);
            e.HasIndex(a => new { a.EntityType, a.EntityId, a.Id });
            e.HasIndex(a => a.At);
        });

        builder.Entity<CalendarEntry>(e =>
        {
            e.ToTable("calendar_entries");
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Reason).HasMaxLength(500);
            e.HasIndex(c => new { c.Kind, c.Date, c.ScheduleYear }).IsUnique();
        });

        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        builder.Entity<CatalogItem>(e =>
        {
            e.ToTable("catalog_items");
            e.HasIndex(i => i.IndexNumber).IsUnique();
            e.HasIndex(i => i.ImportKey).IsUnique();
            e.HasIndex(i => new { i.BodyId, i.State, i.Id });
            e.HasIndex(i => new { i.PublishedVersion, i.DueOn });
            // The annual report counts items by first publication, and normative documents by category.
            e.HasIndex(i => new { i.FirstPublishedOn, i.BodyId });
            e.HasIndex(i => new { i.StatutoryCategory, i.BodyId, i.FirstPublishedOn });
            e.Property(i => i.IndexNumber).HasMaxLength(60);
            e.Property(i => i.Title).HasMaxLength(300);
            e.Property(i => i.DocumentNumber).HasMaxLength(100);
            e.Property(i => i.Publisher).HasMaxLength(200);
            e.Property(i => i.Topic).HasMaxLength(10);
            e.Property(i => i.StatutoryCategory).HasMaxLength(20);
            e.Property(i => i.KeyArea).HasMaxLength(20);
            e.Property(i => i.Keywords).HasMaxLength(200);
            e.Property(i => i.Scope).HasMaxLength(100);
            e.Property(i => i.ImportKey).HasMaxLength(100);
            e.Property(i => i.State).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Validity).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Mode).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasOne(i => i.Body).WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(i => i.InterpretsItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(i => i.InterpretsItemId);
        });

        builder.Entity<ItemChannel>(e =>
        {
            e.ToTable("item_channels");
            e.HasIndex(c => new { c.ItemId, c.PublishedOn });
            // The annual report counts a body's channel rows by year.
            e.HasIndex(c => new { c.BodyId, c.PublishedOn });
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Note).HasMaxLength(200);
            e.HasOne<CatalogItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.Sha256).HasMaxLength(64);
        });

        builder.Entity<Blob>(e =>
        {
            e.ToTable("blobs");
            e.HasKey(b => b.Sha256);
            e.Property(b => b.InFiles).HasDefaultValue(false);
            e.Property(b => b.Sha256).HasMaxLength(64);
        });

        builder.Entity<CatalogVersion>(e =>
        {
            e.ToTable("catalog_versions");
            e.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            // The portal lists current versions newest first, whole county or filtered by one column.
            e.HasIndex(v => new { v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.BodyId, v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.StatutoryCategory, v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.KeyAreaTop, v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.KeyArea, v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.Year, v.State, v.PublishedOn, v.Id });
            e.HasIndex(v => new { v.Topic, v.State, v.PublishedOn, v.Id });
            e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.IndexNumber).HasMaxLength(60);
            e.Property(v => v.Title).HasMaxLength(300);
            e.Property(v => v.DocumentNumber).HasMaxLength(100);
            e.Property(v => v.Publisher).HasMaxLength(200);
            e.Property(v => v.Topic).HasMaxLength(10);
            e.Property(v => v.StatutoryCategory).HasMaxLength(20);
            e.Property(v => v.KeyArea).HasMaxLength(20);
            e.Property(v => v.KeyAreaTop).HasMaxLength(20);
            e.Property(v => v.Keywords).HasMaxLength(200);
            e.Property(v => v.Scope).HasMaxLength(100);
            e.Property(v => v.Validity).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Mode).HasConversion<string>().HasMaxLength(20);
            e.HasOne(v => v.Item).WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ReviewStep>(e =>
        {
            e.ToTable("review_steps");
            e.HasIndex(r => new { r.ItemId, r.Id });
            e.Property(r => r.Action).HasMaxLength(40);
            e.Property(r => r.FromState).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.ToState).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.ActorName).HasMaxLength(200);
            e.Property(r => r.Comment).HasMaxLength(2000);
        });

        builder.Entity<ReviewCheck>(e =>
        {
            e.ToTable("review_checks");
            e.HasIndex(r => new { r.ItemId, r.Round, r.Id });
            e.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Subject).HasMaxLength(500);
            e.Property(r => r.Answer).HasMaxLength(20);
            e.Property(r => r.Note).HasMaxLength(2000);
            e.Property(r => r.ActorName).HasMaxLength(200);
        });

        builder.Entity<IndexCounter>(e =>
        {
            e.ToTable("index_counters");
            e.HasKey(c => new { c.BodyId, c.Year });
            e.Property(c => c.Revision).IsConcurrencyToken();
        });

        builder.Entity<ArchiveEntry>(e =>
        {
            e.ToTable("archive_entries");
            // Two entries chained to the same predecessor would fork the chain: the database refuses it.
            e.HasIndex(a => a.PrevHash).IsUnique();
            e.HasIndex(a => new { a.BodyId, a.Year, a.Id });
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasOne(a => a.Version).WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ArchiveHead>(e =>
        {
            e.ToTable("archive_heads");
            e.HasKey(h => h.Date);
            e.Property(h => h.Hash).HasMaxLength(64);
        });

        builder.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasIndex(n => n.Key).IsUnique();
            e.HasIndex(n => new { n.UserId, n.ReadAt, n.Id });
            e.HasIndex(n => new { n.EmailSentAt, n.Id });
            e.Property(n => n.Key).HasMaxLength(200);
            e.Property(n => n.Subject).HasMaxLength(300);
            e.Property(n => n.Email).HasMaxLength(256);
        });

        builder.Entity<ApplicantMessage>(e =>
        {
            e.ToTable("applicant_messages");
            e.HasIndex(m => new { m.StepId, m.Channel }).IsUnique();
            e.HasIndex(m => new { m.SentAt, m.Id });
            e.HasIndex(m => new { m.ApplicationId, m.Notice, m.CreatedAt });
            e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(m => m.Notice).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.To).HasMaxLength(200);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.Text).HasMaxLength(2000);
            e.Property(m => m.Error).HasMaxLength(500);
            e.Property(m => m.Attempts).IsConcurrencyToken();
            e.HasOne<Applications.Application>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Step).WithMany().HasForeignKey(m => m.StepId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Search.SearchOutboxRow>(e =>
        {
            e.ToTable("search_outbox");
            e.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<Search.SearchGeneration>(e =>
        {
            e.ToTable("search_generation");
            e.Property(g => g.Id).ValueGeneratedNever();
            e.Property(g => g.RequestedBy).HasMaxLength(200);
            e.HasData(new Search.SearchGeneration { Id = 1, Generation = 1 });
        });

        builder.Entity<Search.SearchNodeStatus>(e =>
        {
            e.ToTable("search_nodes");
            e.HasKey(n => n.Node);
            e.Property(n => n.Node).HasMaxLength(200);
            e.Property(n => n.Phase).HasMaxLength(40);
        });

        builder.Entity<Setting>(e =>
        {
            e.ToTable("settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });

        builder.Entity<Application>(e =>
        {
            e.ToTable("applications");
            e.HasIndex(a => a.TrackingNumber).IsUnique();
            e.HasIndex(a => a.SubmissionKey).IsUnique();
            e.HasIndex(a => new { a.BodyId, a.State, a.DueOn, a.Id });
            e.HasIndex(a => new { a.OfficerId, a.State, a.DueOn, a.Id });
            e.HasIndex(a => new { a.State, a.DueOn, a.Id });
            e.HasIndex(a => new { a.ApplicantKey, a.ArrivedAt });
            e.HasIndex(a => new { a.BodyId, a.ReceivedOn });
            e.HasIndex(a => new { a.ReceivedOn, a.DecidedOn });
            e.HasIndex(a => new { a.DecidedOn, a.BodyId });
            e.Property(a => a.TrackingNumber).HasMaxLength(20);
            e.Property(a => a.SecretHash).HasMaxLength(64);
            e.Property(a => a.SecretProtected).HasMaxLength(400);
            e.Property(a => a.SubmissionKey).HasMaxLength(64);
            e.Property(a => a.OfficerId).HasMaxLength(450);
            e.Property(a => a.OfficerName).HasMaxLength(200);
            e.Property(a => a.ApplicantName).HasMaxLength(100);
            e.Property(a => a.ContactPerson).HasMaxLength(50);
            e.Property(a => a.IdNumberProtected).HasMaxLength(400);
            e.Property(a => a.IdNumberMasked).HasMaxLength(40);
            e.Property(a => a.ApplicantKey).HasMaxLength(64);
            e.Property(a => a.Phone).HasMaxLength(20);
            e.Property(a => a.Email).HasMaxLength(200);
            e.Property(a => a.Address).HasMaxLength(200);
            e.Property(a => a.Postcode).HasMaxLength(6);
            e.Property(a => a.DocumentNumber).HasMaxLength(100);
            e.Property(a => a.CalendarVersion).HasMaxLength(60);
            e.Property(a => a.Outcome).HasMaxLength(40);
            e.Property(a => a.ReportRow).HasMaxLength(10);
            e.Property(a => a.LegalBasis).HasMaxLength(500);
            e.Property(a => a.ReferTo).HasMaxLength(4000);
            e.Property(a => a.FeeAmount).HasPrecision(12, 2);
            e.Property(a => a.ApplicantType).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.IdDocument).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Delivery).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Rules).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.State).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.FeeMethod).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Revision).IsConcurrencyToken();
            e.HasOne(a => a.Body).WithMany().HasForeignKey(a => a.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ApplicationStep>(e =>
        {
            e.ToTable("application_steps");
            e.HasIndex(s => new { s.ApplicationId, s.Id });
            e.Property(s => s.Action).HasMaxLength(40);
            e.Property(s => s.FromState).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.ToState).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.ActorId).HasMaxLength(450);
            e.Property(s => s.ActorName).HasMaxLength(200);
            e.Property(s => s.CalendarVersion).HasMaxLength(60);
            e.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ClockPauseRow>(e =>
        {
            e.ToTable("application_pauses");
            e.HasIndex(p => new { p.ApplicationId, p.Id });
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(p => p.Note).HasMaxLength(4000);
            e.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DisclosureCase>(e =>
        {
            e.ToTable("disclosure_cases");
            e.HasIndex(c => new { c.BodyId, c.FiledOn, c.Id });
            e.HasIndex(c => new { c.FiledOn, c.Id });
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Result).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.CaseNumber).HasMaxLength(100);
            e.Property(c => c.Organ).HasMaxLength(200);
            e.Property(c => c.Claimant).HasMaxLength(200);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.HasOne(c => c.Body).WithMany().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Body>().WithMany().HasForeignKey(c => c.CoDefendantBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.ServiceItem>(e =>
        {
            e.ToTable("service_items");
            e.HasIndex(i => i.Code).IsUnique();
            e.HasIndex(i => new { i.BodyId, i.Id });
            e.Property(i => i.Code).HasMaxLength(60);
            e.Property(i => i.NationalCode).HasMaxLength(60);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Tier).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.OnlineUrl).HasMaxLength(500);
            e.Property(i => i.Place).HasMaxLength(500);
            e.Property(i => i.Hours).HasMaxLength(200);
            e.Property(i => i.ConsultPhone).HasMaxLength(100);
            e.Property(i => i.ComplaintPhone).HasMaxLength(100);
            e.Property(i => i.Topics).HasMaxLength(500);
            e.Property(i => i.State).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.SubmittedBy).HasMaxLength(100);
            e.Property(i => i.ReviewComment).HasMaxLength(2000);
            e.HasIndex(i => new { i.State, i.BodyId });
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasOne(i => i.Body).WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.ServiceItemEvent>(e =>
        {
            e.ToTable("service_item_events");
            e.HasIndex(x => new { x.ItemId, x.On, x.Id });
            e.HasIndex(x => new { x.On, x.Id });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ToTier).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Decision).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.ServiceCentre>(e =>
        {
            e.ToTable("service_centres");
            e.HasIndex(c => c.Name).IsUnique();
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Tier).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Address).HasMaxLength(500);
            e.Property(c => c.Phone).HasMaxLength(100);
            e.Property(c => c.Hours).HasMaxLength(200);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.HasOne(c => c.Body).WithMany().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.CentreWindow>(e =>
        {
            e.ToTable("centre_windows");
            e.HasIndex(w => new { w.CentreId, w.Name }).IsUnique();
            e.Property(w => w.Name).HasMaxLength(200);
            e.Property(w => w.Number).HasMaxLength(20);
            e.HasOne<ServiceItems.ServiceCentre>().WithMany().HasForeignKey(w => w.CentreId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Body>().WithMany().HasForeignKey(w => w.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.CentreItem>(e =>
        {
            e.ToTable("centre_items");
            e.HasKey(x => new { x.CentreId, x.ItemId });
            e.HasIndex(x => x.ItemId);
            e.HasOne<ServiceItems.ServiceCentre>().WithMany().HasForeignKey(x => x.CentreId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ServiceItems.ServiceItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceItems.ServiceCase>(e =>
        {
            e.ToTable("service_cases");
            // Several cases without a number are allowed: both providers let NULLs repeat in a unique index.
            e.HasIndex(c => c.ProvincialNumber).IsUnique();
            // Serves the statistics of a period: a range on the receipt date, the grouping keys all read from the index.
            e.HasIndex(c => new { c.ReceivedOn, c.BodyId, c.CentreId, c.Tier, c.ItemId });
            e.HasIndex(c => new { c.ItemId, c.Id });
            e.Property(c => c.ProvincialNumber).HasMaxLength(64);
            e.Property(c => c.Tier).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ApplicantType).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ApplicantName).HasMaxLength(200);
            e.Property(c => c.Acceptance).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.MissingMaterials).HasMaxLength(4000);
            e.Property(c => c.RejectionReason).HasMaxLength(1000);
            e.Property(c => c.CalendarVersion).HasMaxLength(60);
            e.Property(c => c.Result).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Evaluation).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.EvaluationReason).HasMaxLength(1000);
            e.Property(c => c.Rectification).HasMaxLength(2000);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.HasOne<ServiceItems.ServiceItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ServiceItems.ServiceCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ServiceItems.CentreWindow>().WithMany().HasForeignKey(c => c.WindowId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Body>().WithMany().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ServiceItems.CaseSuspension>(e =>
        {
            e.ToTable("case_suspensions");
            e.HasIndex(s => new { s.CaseId, s.From });
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Note).HasMaxLength(1000);
            e.HasOne<ServiceItems.ServiceCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceItems.ServiceItemVersion>(e =>
        {
            e.ToTable("service_item_versions");
            e.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            e.Property(v => v.PublishedBy).HasMaxLength(100);
            e.HasOne<ServiceItems.ServiceItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ServiceItems.ServiceCaseMonth>(e =>
        {
            e.ToTable("service_case_months");
            e.HasIndex(m => new { m.Month, m.BodyId, m.CentreId, m.Tier, m.ItemId }).IsUnique();
            e.Property(m => m.Tier).HasConversion<string>().HasMaxLength(20);
        });

        Assessment.AssessmentModelConfig.Configure(builder);

        builder.Entity<Reports.ReportFigure>(e =>
        {
            e.ToTable("report_figures");
            e.HasIndex(f => new { f.BodyId, f.Year, f.Key }).IsUnique();
            e.HasIndex(f => new { f.Year, f.Key });
            e.Property(f => f.Key).HasMaxLength(200);
            e.Property(f => f.Value).HasPrecision(18, 4);
            e.Property(f => f.EnteredBy).HasMaxLength(200);
            e.Property(f => f.Revision).IsConcurrencyToken();
            e.HasOne<Body>().WithMany().HasForeignKey(f => f.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Reports.AnnualReport>(e =>
        {
            e.ToTable("annual_reports");
            e.HasIndex(r => new { r.BodyId, r.Year, r.CountyWide }).IsUnique();
            e.HasIndex(r => new { r.State, r.Year });
            e.Property(r => r.Layout).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ApprovedBy).HasMaxLength(200);
            e.Property(r => r.SourceFileName).HasMaxLength(200);
            e.Property(r => r.SourceSha256).HasMaxLength(64);
            e.Property(r => r.Revision).IsConcurrencyToken();
            e.HasOne(r => r.Body).WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<CalendarYear>(e =>
        {
            e.ToTable("calendar_years");
            e.HasKey(y => y.Year);
            e.Property(y => y.Year).ValueGeneratedNever();
        });

        Supervision.SupervisionModel.Configure(builder);
        ConfigureWebsites(builder);
        PublishedReply.Configure(builder);
    }

    private static void ConfigureWebsites(ModelBuilder builder)
    {
        builder.Entity<Websites.Website>(e =>
        {
            e.ToTable("websites");
            e.HasIndex(w => w.Code).IsUnique();
            e.HasIndex(w => new { w.BodyId, w.Id });
            e.HasIndex(w => new { w.Active, w.Id });
            e.Property(w => w.Code).HasMaxLength(40);
            e.Property(w => w.Name).HasMaxLength(200);
            e.Property(w => w.Address).HasMaxLength(500);
            e.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.Revision).IsConcurrencyToken();
            e.HasOne(w => w.Body).WithMany().HasForeignKey(w => w.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Websites.WebsiteColumn>(e =>
        {
            e.ToTable("website_columns");
            e.HasIndex(c => new { c.WebsiteId, c.Id });
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.Url).HasMaxLength(500);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Websites.Website>().WithMany().HasForeignKey(c => c.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Websites.WebsiteProbe>(e =>
        {
            e.ToTable("website_probes");
            e.HasIndex(p => new { p.WebsiteId, p.At });
            e.Property(p => p.Error).HasMaxLength(500);
            e.HasOne<Websites.Website>().WithMany().HasForeignKey(p => p.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Websites.WebsiteCheckRun>(e =>
        {
            e.ToTable("website_check_runs");
            e.HasIndex(r => new { r.WebsiteId, r.StartedAt });
            e.Property(r => r.Trigger).HasMaxLength(200);
            e.Property(r => r.Error).HasMaxLength(1000);
            e.HasOne<Websites.Website>().WithMany().HasForeignKey(r => r.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Websites.WebsiteFinding>(e =>
        {
            e.ToTable("website_findings");
            e.HasIndex(f => new { f.WebsiteId, f.State, f.Kind, f.Key });
            e.HasIndex(f => new { f.BodyId, f.State });
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(f => f.State).HasConversion<string>().HasMaxLength(10);
            e.Property(f => f.Key).HasMaxLength(500);
            e.Property(f => f.Summary).HasMaxLength(500);
            e.Property(f => f.EvidenceUrl).HasMaxLength(500);
            e.Property(f => f.EvidenceFoundOn).HasMaxLength(500);
            e.Property(f => f.Detail).HasMaxLength(2000);
            e.Property(f => f.EnteredBy).HasMaxLength(200);
            e.Property(f => f.Rectification).HasMaxLength(2000);
            e.Property(f => f.RectifiedBy).HasMaxLength(200);
            e.Property(f => f.Revision).IsConcurrencyToken();
            e.HasOne<Websites.Website>().WithMany().HasForeignKey(f => f.WebsiteId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Body>().WithMany().HasForeignKey(f => f.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Websites.WebsiteCensus>(e =>
        {
            e.ToTable("website_census");
            e.HasIndex(c => new { c.WebsiteId, c.Year }).IsUnique();
            e.HasIndex(c => new { c.Year, c.Result });
            e.Property(c => c.Result).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Note).HasMaxLength(1000);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.HasOne<Websites.Website>().WithMany().HasForeignKey(c => c.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        // One scan of the tracked entities is enough; the lookups below would each rescan them.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveTrackedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveTrackedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        // Through the entry, so the tracker sees the bump although change detection is off here.
        foreach (var entry in ChangeTracker.Entries<Body>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(b => b.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<CatalogItem>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Application>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<DisclosureCase>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<ServiceItems.ServiceItem>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<ServiceItems.ServiceCentre>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<ServiceItems.ServiceCase>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Reports.AnnualReport>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Reports.ReportFigure>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Setting>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Websites.Website>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Websites.WebsiteFinding>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        foreach (var entry in ChangeTracker.Entries<Websites.WebsiteCensus>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(i => i.Revision).CurrentValue++;
        }

        var pending = ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(PendingChange.Capture)
            .Where(p => p is not null)
            .Cast<PendingChange>()
            .ToList();
        var searchTouched = Search.SearchOutbox.Touched(ChangeTracker);
        // Captured before saving, when the tracker still holds each case as it was.
        var cases = Gongkai.ServiceItems.CaseRollup.Changes(ChangeTracker);
        if (pending.Count == 0 && searchTouched.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (cases.Count > 0)
            {
                await Gongkai.ServiceItems.CaseRollup.ApplyAsync(this, cases, cancellationToken);
            }

            var at = _time.GetUtcNow();
            if (searchTouched.Count > 0)
            {
                await Search.SearchOutbox.LockAsync(this, cancellationToken);
                Search.SearchOutbox.Add(this, Search.SearchOutbox.ItemIds(searchTouched), at);
                Search.SearchOutbox.Add(this, Search.SearchOutbox.GuideIds(searchTouched), at, Search.SearchSource.Guide);
            }

            foreach (var change in pending.Where(p => !(SummarizeAudit && p.IsCreation)))
            {
                AuditEvents.Add(change.ToEvent(at, _actor));
            }

            if (SummarizeAudit)
            {
                foreach (var group in pending.Where(p => p.IsCreation).GroupBy(p => p.EntityType))
                {
                    var keys = group.Select(p => p.Key).ToList();
                    AuditEvents.Add(new AuditEvent
                    {
                        At = at,
                        ActorId = _actor.UserId,
                        ActorName = _actor.Name,
                        EntityType = group.Key,
                        EntityId = $"{keys[0]}…{keys[^1]}",
                        Action = "imported",
                        Changes = JsonSerializer.Serialize(new { count = keys.Count, first = keys[0], last = keys[^1] }, JsonOptions),
                    });
                }
            }

            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>A change seen before saving; added rows are completed after saving, when their keys exist.</summary>
    private sealed class PendingChange
    {
        private readonly EntityEntry _entry;
        private readonly string _action;
        private readonly Dictionary<string, object?[]> _changes = [];
        private readonly string? _key;

        private PendingChange(EntityEntry entry, string action, string? key)
        {
            _entry = entry;
            _action = action;
            _key = key;
        }

        public bool IsCreation => _action == "created";

        public string EntityType => _entry.Metadata.ClrType.Name;

        public string Key => _key ?? ((IAudited)_entry.Entity).AuditKey;

        public static PendingChange? Capture(EntityEntry entry)
        {
            var audited = (IAudited)entry.Entity;
            var change = entry.State switch
            {
                EntityState.Added => new PendingChange(entry, "created", null),
                EntityState.Deleted => new PendingChange(entry, "deleted", audited.AuditKey),
                _ => new PendingChange(entry, "updated", audited.AuditKey),
            };
            foreach (var p in entry.Properties)
            {
                var name = p.Metadata.Name;
                if (SecretProperties.Contains(name))
                {
                    if (entry.State == EntityState.Modified && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && name == nameof(StaffUser.PasswordHash))
                    {
                        change._changes["PasswordHash"] = ["（已隐藏）", "（已更改）"];
                    }

                    continue;
                }

                switch (entry.State)
                {
                    case EntityState.Deleted:
                        change._changes[name] = [p.OriginalValue, null];
                        break;
                    case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                        change._changes[name] = [p.OriginalValue, p.CurrentValue];
                        break;
                }
            }

            // A modification that only touched secrets or nothing at all is still a state change worth a row
            // only when something visible changed.
            return entry.State == EntityState.Modified && change._changes.Count == 0 ? null : change;
        }

        public AuditEvent ToEvent(DateTimeOffset at, AuditActor actor)
        {
            if (_action == "created")
            {
                foreach (var p in _entry.Properties.Where(p => !SecretProperties.Contains(p.Metadata.Name)))
                {
                    _changes[p.Metadata.Name] = [null, p.CurrentValue];
                }
            }

            var json = JsonSerializer.Serialize(
                _changes.ToDictionary(c => c.Key, c => new Dictionary<string, object?> { ["before"] = Plain(c.Value[0]), ["after"] = Plain(c.Value[1]) }),
                JsonOptions);
            return new AuditEvent
            {
                At = at,
                ActorId = actor.UserId,
                ActorName = actor.Name,
                EntityType = _entry.Metadata.ClrType.Name,
                EntityId = _key ?? ((IAudited)_entry.Entity).AuditKey,
                Action = _action,
                Changes = json,
            };
        }

        private static object? Plain(object? value) => value switch
        {
            null => null,
            Enum e => e.ToString(),
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}

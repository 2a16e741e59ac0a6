using System.Globalization;
using Gongkai.Audit;
using Gongkai.Bodies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>A 工作要点 document of the city (or province) from which a county takes its key tasks of the year.</summary>
public sealed class WorkPlan : IAudited
{
    public int Id { get; set; }

    /// <summary>The county root body the register belongs to.</summary>
    public int CountyId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    /// <summary>文号, e.g. 渝府办发〔2015〕108号.</summary>
    public string? DocumentNumber { get; set; }

    public string? Url { get; set; }

    /// <summary>The catalog item holding the document on this platform, when there is one.</summary>
    public int? CatalogItemId { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One 重点工作任务 of the year, led by one body with others co-operating.</summary>
public sealed class KeyTask : IAudited
{
    public int Id { get; set; }

    public int CountyId { get; set; }

    public int PlanId { get; set; }

    public WorkPlan? Plan { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public int LeadBodyId { get; set; }

    public Body? LeadBody { get; set; }

    public DateOnly Deadline { get; set; }

    /// <summary>The date of the lead body's report that the task is done; null while open.</summary>
    public DateOnly? DoneOn { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsOverdue(DateOnly today) => DoneOn is null && Deadline < today;
}

/// <summary>A co-operating body (配合单位) of a key task.</summary>
public sealed class KeyTaskPartner : IAudited
{
    public int TaskId { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public string AuditKey => $"{TaskId}:{BodyId}";
}

/// <summary>A progress report (进展情况) on a key task by the lead or a co-operating body; never edited.</summary>
public sealed class TaskProgress : IAudited
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public DateOnly On { get; set; }

    public string Text { get; set; } = "";

    public bool Done { get; set; }

    public string ReportedBy { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Stored as its member name; never rename one.</summary>
public enum MeetingKind
{
    WorkMeeting,
    Training,
    Other,
}

/// <summary>A work meeting or training session held or organised for the county's disclosure work.</summary>
public sealed class Meeting : IAudited
{
    public int Id { get; set; }

    public int CountyId { get; set; }

    public DateOnly On { get; set; }

    public MeetingKind Kind { get; set; }

    public string Topic { get; set; } = "";

    public int OrganiserBodyId { get; set; }

    public Body? Organiser { get; set; }

    public string? Place { get; set; }

    public string? Notes { get; set; }

    /// <summary>A catalog item with the materials (e.g. the published notice), instead of or besides uploaded files.</summary>
    public int? CatalogItemId { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(MeetingKind kind) => kind switch
    {
        MeetingKind.WorkMeeting => "工作会议",
        MeetingKind.Training => "培训",
        _ => "其他",
    };
}

/// <summary>A body invited to a meeting, whether it attended, and who came.</summary>
public sealed class MeetingAttendance : IAudited
{
    public int MeetingId { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public bool Attended { get; set; }

    /// <summary>Names of the people who came, separated by "、".</summary>
    public string? People { get; set; }

    public int Count { get; set; }

    public string AuditKey => $"{MeetingId}:{BodyId}";
}

/// <summary>A file of a meeting; the bytes are a <see cref="Catalog.Blob"/>, checked by content like catalog attachments.</summary>
public sealed class MeetingMaterial : IAudited
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Stored as its member name; never rename one.</summary>
public enum SuggestionKind
{
    /// <summary>人大代表建议.</summary>
    DeputySuggestion,

    /// <summary>政协委员提案.</summary>
    MemberProposal,
}

/// <summary>The level of the congress or conference the suggestion comes from.</summary>
public enum CongressLevel
{
    National,
    Provincial,
    City,
    County,
}

/// <summary>办理结果 of a reply.</summary>
public enum ReplyResult
{
    Solved,
    BeingSolved,
    Planned,
    ForReference,
}

public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

public enum ReplyPublication
{
    Full,
    Summary,
    NotPublished,
}

/// <summary>A 人大代表建议 or 政协委员提案 assigned to a body of the county for handling (承办).</summary>
public sealed class Suggestion : IAudited
{
    public int Id { get; set; }

    public int CountyId { get; set; }

    public SuggestionKind Kind { get; set; }

    public CongressLevel Level { get; set; }

    /// <summary>e.g. 县十七届人大五次会议.</summary>
    public string Session { get; set; } = "";

    /// <summary>The number given by the congress, e.g. 第0123号 is stored as 0123.</summary>
    public string Number { get; set; } = "";

    /// <summary>The deputy or member (领衔人).</summary>
    public string Author { get; set; } = "";

    public string Subject { get; set; } = "";

    public int LeadBodyId { get; set; }

    public Body? LeadBody { get; set; }

    public DateOnly AssignedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public string? ReplyText { get; set; }

    public ReplyResult? Result { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public ReplyPublication? Publication { get; set; }

    /// <summary>What is published when <see cref="Publication"/> is <see cref="ReplyPublication.Summary"/>.</summary>
    public string? PublishedSummary { get; set; }

    public string? NotPublishedReason { get; set; }

    /// <summary>The catalog item that publishes the reply (in the key area 建议提案办理).</summary>
    public int? CatalogItemId { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsOverdue(DateOnly today) => RepliedOn is null && DueOn < today;

    public string Title => $"{Session}第{Number}号{KindLabel(Kind)}";

    public static string KindLabel(SuggestionKind kind) => kind == SuggestionKind.DeputySuggestion ? "建议" : "提案";

    public static string KindName(SuggestionKind kind) => kind == SuggestionKind.DeputySuggestion ? "人大代表建议" : "政协委员提案";

    public static string LevelLabel(CongressLevel level) => level switch
    {
        CongressLevel.National => "全国",
        CongressLevel.Provincial => "省",
        CongressLevel.City => "市",
        _ => "县",
    };

    public static string ResultLabel(ReplyResult r) => r switch
    {
        ReplyResult.Solved => "已解决",
        ReplyResult.BeingSolved => "正在解决",
        ReplyResult.Planned => "列入计划",
        _ => "留作参考",
    };

    public static string SatisfactionLabel(Satisfaction s) => s switch
    {
        Supervision.Satisfaction.Satisfied => "满意",
        Supervision.Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    public static string PublicationLabel(ReplyPublication p) => p switch
    {
        ReplyPublication.Full => "全文公开",
        ReplyPublication.Summary => "摘要公开",
        _ => "不公开",
    };

    /// <summary>The key area of the published reply (Taxonomy).</summary>
    public static string KeyArea(SuggestionKind kind) => kind == SuggestionKind.DeputySuggestion ? "jyta-rd" : "jyta-zx";
}

/// <summary>A co-operating body (协办单位) of a suggestion or proposal.</summary>
public sealed class SuggestionPartner : IAudited
{
    public int SuggestionId { get; set; }

    public int BodyId { get; set; }

    public Body? Body { get; set; }

    public string AuditKey => $"{SuggestionId}:{BodyId}";
}

/// <summary>Input or a step that cannot be carried out; the message is Chinese and shown as it is.</summary>
public sealed class SupervisionException(IReadOnlyList<string> problems) : Exception(string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public SupervisionException(string problem)
        : this([problem])
    {
    }

    internal static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new SupervisionException(problems);
        }
    }
}

/// <summary>The tables of the supervision registers; called from <see cref="Data.GongkaiDb"/>'s model building.</summary>
public static class SupervisionModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<WorkPlan>(e =>
        {
            e.ToTable("work_plans");
            e.HasIndex(p => new { p.CountyId, p.Year });
            e.Property(p => p.Title).HasMaxLength(300);
            e.Property(p => p.DocumentNumber).HasMaxLength(100);
            e.Property(p => p.Url).HasMaxLength(500);
            e.Property(p => p.Revision).IsConcurrencyToken();
            e.HasOne<Body>().WithMany().HasForeignKey(p => p.CountyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Catalog.CatalogItem>().WithMany().HasForeignKey(p => p.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<KeyTask>(e =>
        {
            e.ToTable("key_tasks");
            e.HasIndex(t => new { t.PlanId, t.Number }).IsUnique();
            e.HasIndex(t => new { t.CountyId, t.Deadline });
            e.HasIndex(t => new { t.LeadBodyId, t.Deadline });
            e.HasIndex(t => new { t.DoneOn, t.Deadline });
            e.Property(t => t.Text).HasMaxLength(2000);
            e.Property(t => t.Revision).IsConcurrencyToken();
            e.HasOne(t => t.Plan).WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(t => t.LeadBody).WithMany().HasForeignKey(t => t.LeadBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Body>().WithMany().HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<KeyTaskPartner>(e =>
        {
            e.ToTable("key_task_partners");
            e.HasKey(p => new { p.TaskId, p.BodyId });
            e.HasIndex(p => p.BodyId);
            e.HasOne<KeyTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Body).WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<TaskProgress>(e =>
        {
            e.ToTable("task_progress");
            e.HasIndex(p => new { p.TaskId, p.Id });
            e.Property(p => p.Text).HasMaxLength(2000);
            e.Property(p => p.ReportedBy).HasMaxLength(200);
            e.HasOne<KeyTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Body).WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.HasIndex(m => new { m.CountyId, m.On });
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Topic).HasMaxLength(300);
            e.Property(m => m.Place).HasMaxLength(200);
            e.Property(m => m.Notes).HasMaxLength(2000);
            e.Property(m => m.Revision).IsConcurrencyToken();
            e.HasOne(m => m.Organiser).WithMany().HasForeignKey(m => m.OrganiserBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Body>().WithMany().HasForeignKey(m => m.CountyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Catalog.CatalogItem>().WithMany().HasForeignKey(m => m.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MeetingAttendance>(e =>
        {
            e.ToTable("meeting_attendance");
            e.HasKey(a => new { a.MeetingId, a.BodyId });
            e.HasIndex(a => a.BodyId);
            e.Property(a => a.People).HasMaxLength(500);
            e.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Body).WithMany().HasForeignKey(a => a.BodyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MeetingMaterial>(e =>
        {
            e.ToTable("meeting_materials");
            e.HasIndex(m => m.MeetingId);
            e.Property(m => m.FileName).HasMaxLength(200);
            e.Property(m => m.ContentType).HasMaxLength(100);
            e.Property(m => m.Sha256).HasMaxLength(64);
            e.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Catalog.Blob>().WithMany().HasForeignKey(m => m.Sha256).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Suggestion>(e =>
        {
            e.ToTable("suggestions");
            e.HasIndex(s => new { s.CountyId, s.Kind, s.Level, s.Session, s.Number }).IsUnique();
            e.HasIndex(s => new { s.CountyId, s.AssignedOn });
            e.HasIndex(s => new { s.RepliedOn, s.DueOn });
            e.HasIndex(s => s.CatalogItemId);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Result).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Satisfaction).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Publication).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Session).HasMaxLength(100);
            e.Property(s => s.Number).HasMaxLength(20);
            e.Property(s => s.Author).HasMaxLength(200);
            e.Property(s => s.Subject).HasMaxLength(300);
            e.Property(s => s.ReplyText).HasMaxLength(20000);
            e.Property(s => s.PublishedSummary).HasMaxLength(2000);
            e.Property(s => s.NotPublishedReason).HasMaxLength(500);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.HasOne(s => s.LeadBody).WithMany().HasForeignKey(s => s.LeadBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Body>().WithMany().HasForeignKey(s => s.CountyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Catalog.CatalogItem>().WithMany().HasForeignKey(s => s.CatalogItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SuggestionPartner>(e =>
        {
            e.ToTable("suggestion_partners");
            e.HasKey(p => new { p.SuggestionId, p.BodyId });
            e.HasIndex(p => p.BodyId);
            e.HasOne<Suggestion>().WithMany().HasForeignKey(p => p.SuggestionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Body).WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

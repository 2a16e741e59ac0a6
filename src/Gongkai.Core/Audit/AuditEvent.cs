namespace Gongkai.Audit;

/// <summary>One row of the append-only audit log: who changed which record, when, and what changed.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string Action { get; set; } = "";

    /// <summary>JSON object: property → { "before": …, "after": … }.</summary>
    public string Changes { get; set; } = "{}";
}

/// <summary>A record whose every change is written to the audit log.</summary>
public interface IAudited
{
    /// <summary>The identifier written to the log; read after saving, so generated keys are known.</summary>
    string AuditKey { get; }
}

/// <summary>Who is acting in this unit of work (the signed-in staff member, or the command line).</summary>
public sealed class AuditActor
{
    public string? UserId { get; set; }

    public string Name { get; set; } = "系统";
}

using System.Globalization;
using Gongkai.Audit;

namespace Gongkai.Notifications;

/// <summary>
/// A reminder to one staff member, shown in the back office and, when the member has an e-mail address
/// and SMTP is configured, sent by the outbox. <see cref="Key"/> is unique, so a reminder is never
/// created twice however often or on however many nodes the scanner runs.
/// </summary>
public sealed class Notification : IAudited
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string UserId { get; set; } = "";

    public int? BodyId { get; set; }

    public string Subject { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public string? Email { get; set; }

    public DateTimeOffset? EmailSentAt { get; set; }

    public int EmailAttempts { get; set; }

    public string? EmailError { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);
}

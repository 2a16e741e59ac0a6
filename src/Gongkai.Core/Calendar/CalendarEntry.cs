using Gongkai.Audit;

namespace Gongkai.Calendar;

/// <summary>Stored as its member name: never rename one.</summary>
public enum CalendarEntryKind
{
    /// <summary>A day of an official schedule imported after release (a later year, or a corrected one).</summary>
    Official,

    /// <summary>A local override entered by an administrator (e.g. a county-level decision).</summary>
    Local,
}

public sealed class CalendarEntry : IAudited
{
    public int Id { get; set; }

    public CalendarEntryKind Kind { get; set; }

    /// <summary>For official days: the schedule (notice) year the day belongs to.</summary>
    public int? ScheduleYear { get; set; }

    public DateOnly Date { get; set; }

    public bool IsOffDay { get; set; }

    public string Name { get; set; } = "";

    public string? Reason { get; set; }

    public string AuditKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An official schedule year imported into the database, replacing any built-in data for that year.</summary>
public sealed class CalendarYear : IAudited
{
    public int Year { get; set; }

    public string Papers { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }

    public string AuditKey => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

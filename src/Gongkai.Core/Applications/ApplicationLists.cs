namespace Gongkai.Applications;

/// <summary>The work lists staff keep: the same filters for the back office and the staff API.</summary>
public static class ApplicationLists
{
    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        ("mine", "我经办的"), ("open", "本单位在办"), ("received", "待确认受理"), ("soon", "3个工作日内到期"), ("overdue", "已超期"), ("closed", "已办结"),
    ];

    public static bool IsKnown(string? list) => All.Any(l => l.Key == list);

    /// <param name="warnUntil">The last date counted as "due soon": today plus the scanner's warning period.</param>
    public static IQueryable<Application> Filter(IQueryable<Application> query, string list, string? userId, DateOnly today, DateOnly warnUntil)
    {
        var open = query.Where(a => a.State != ApplicationState.Closed);
        var running = open.Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.AwaitingCorrection && a.DueOn != null);
        return list switch
        {
            "mine" => open.Where(a => a.OfficerId == userId),
            "received" => query.Where(a => a.State == ApplicationState.Received),
            "soon" => running.Where(a => a.DueOn >= today && a.DueOn <= warnUntil),
            "overdue" => running.Where(a => a.DueOn < today),
            "closed" => query.Where(a => a.State == ApplicationState.Closed),
            _ => open,
        };
    }

    /// <summary>Closed cases newest first; open ones by due date, the most urgent first.</summary>
    public static IQueryable<Application> Order(IQueryable<Application> query, string list) => list == "closed"
        ? query.OrderByDescending(a => a.Id)
        : query.OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Id);
}

using Gongkai.ServiceItems;

namespace Gongkai.Web.Areas.Staff.Pages.ServiceCases;

/// <summary>The states a 办件 passes through, as the desk filters and shows them.</summary>
public static class CaseLists
{
    public static readonly IReadOnlyList<(string Key, string Label)> Statuses =
    [
        ("undecided", "待受理"),
        ("running", "办理中"),
        ("suspended", "特别程序中"),
        ("finished", "已办结"),
        ("rejected", "不予受理"),
        ("unevaluated", "待评价"),
        ("bad", "差评待整改"),
    ];

    public static IQueryable<ServiceCase> Filter(IQueryable<ServiceCase> q, IQueryable<CaseSuspension> suspensions, string? status) => status switch
    {
        "undecided" => q.Where(c => c.Acceptance == null),
        "running" => q.Where(c => c.Acceptance == CaseAcceptance.Accepted && c.FinishedOn == null),
        "suspended" => q.Where(c => c.FinishedOn == null && suspensions.Any(s => s.CaseId == c.Id && s.To == null)),
        "finished" => q.Where(c => c.FinishedOn != null),
        "rejected" => q.Where(c => c.Acceptance == CaseAcceptance.NotAccepted),
        "unevaluated" => q.Where(c => (c.FinishedOn != null || c.Acceptance == CaseAcceptance.NotAccepted) && c.Evaluation == null),
        "bad" => q.Where(c => (c.Evaluation == CaseEvaluation.Dissatisfied || c.Evaluation == CaseEvaluation.VeryDissatisfied) && c.RectifiedOn == null),
        _ => q,
    };

    /// <summary>Every filter of the desk's list at once, as the page and the API apply them.</summary>
    public static IQueryable<ServiceCase> Filter(
        IQueryable<ServiceCase> q, IQueryable<CaseSuspension> suspensions, string? status, int? item, int? window, DateOnly? from, DateOnly? to, bool overdue, DateOnly today)
    {
        q = Filter(q, suspensions, status);
        if (item is { } i)
        {
            q = q.Where(c => c.ItemId == i);
        }

        if (window is { } w)
        {
            q = q.Where(c => c.WindowId == w);
        }

        if (from is { } f)
        {
            q = q.Where(c => c.ReceivedOn >= f);
        }

        if (to is { } t)
        {
            q = q.Where(c => c.ReceivedOn <= t);
        }

        return overdue ? Overdue(q, today) : q;
    }

    /// <summary>Newest first: the order of the desk's list and of its pages.</summary>
    public static IOrderedQueryable<ServiceCase> Order(IQueryable<ServiceCase> q) => q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id);

    /// <summary>Overdue: still running past its due date (the promised one, else the statutory one), or finished late.</summary>
    public static IQueryable<ServiceCase> Overdue(IQueryable<ServiceCase> q, DateOnly today) =>
        q.Where(c => c.OnTime == false
            || (c.Acceptance == CaseAcceptance.Accepted && c.FinishedOn == null && (c.PromisedDue ?? c.StatutoryDue) < today));

    public static string Status(ServiceCase c, bool suspended) =>
        c.Acceptance switch
        {
            null => "待受理",
            CaseAcceptance.NotAccepted => "不予受理",
            _ when c.FinishedOn is not null => "已办结（" + ServiceCase.ResultLabel(c.Result!.Value) + (c.OnTime == false ? "，超期" : "") + "）",
            _ when suspended => "特别程序中",
            _ => "办理中",
        };

    public static bool IsLate(ServiceCase c, DateOnly today) =>
        c.OnTime == false || (c.Acceptance == CaseAcceptance.Accepted && c.FinishedOn is null && (c.PromisedDue ?? c.StatutoryDue) < today);

    public static string Number(ServiceCase c) => c.ProvincialNumber ?? $"本地-{c.Id}";
}

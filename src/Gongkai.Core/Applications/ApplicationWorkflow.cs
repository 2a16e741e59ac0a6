using Gongkai.Staff;

namespace Gongkai.Applications;

/// <summary>Stored as its member name in application steps: never rename one.</summary>
public enum ApplicationAction
{
    Accept,
    Assign,
    Transfer,
    RequestCorrection,
    CorrectionReceived,
    CloseNoCorrection,
    StartConsultation,
    EndConsultation,
    RequestExtension,
    ApproveExtension,
    NoticeFee,
    FeePaid,
    CloseFeeUnpaid,
    Decide,
    Deliver,
    Withdraw,
}

/// <summary>Handling of an application as an explicit table: from-state, action, to-state and the privilege it takes.</summary>
public static class ApplicationWorkflow
{
    public sealed record Transition(ApplicationState From, ApplicationAction Action, ApplicationState To, Privilege Needs);

    private const Privilege Handle = Privilege.HandleApplications;

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ApplicationState.Received, ApplicationAction.Accept, ApplicationState.InProgress, Handle),
        new(ApplicationState.Received, ApplicationAction.Transfer, ApplicationState.Received, Handle),
        new(ApplicationState.InProgress, ApplicationAction.Assign, ApplicationState.InProgress, Handle),
        new(ApplicationState.InProgress, ApplicationAction.Transfer, ApplicationState.Received, Handle),
        new(ApplicationState.InProgress, ApplicationAction.RequestCorrection, ApplicationState.AwaitingCorrection, Handle),
        new(ApplicationState.AwaitingCorrection, ApplicationAction.CorrectionReceived, ApplicationState.InProgress, Handle),
        new(ApplicationState.AwaitingCorrection, ApplicationAction.CloseNoCorrection, ApplicationState.Closed, Handle),
        new(ApplicationState.InProgress, ApplicationAction.StartConsultation, ApplicationState.Consulting, Handle),
        new(ApplicationState.Consulting, ApplicationAction.EndConsultation, ApplicationState.InProgress, Handle),
        new(ApplicationState.InProgress, ApplicationAction.RequestExtension, ApplicationState.InProgress, Handle),
        new(ApplicationState.Consulting, ApplicationAction.RequestExtension, ApplicationState.Consulting, Handle),
        new(ApplicationState.InProgress, ApplicationAction.ApproveExtension, ApplicationState.InProgress, Privilege.ApproveExtension),
        new(ApplicationState.Consulting, ApplicationAction.ApproveExtension, ApplicationState.Consulting, Privilege.ApproveExtension),
        new(ApplicationState.InProgress, ApplicationAction.NoticeFee, ApplicationState.AwaitingFee, Handle),
        new(ApplicationState.AwaitingFee, ApplicationAction.FeePaid, ApplicationState.InProgress, Handle),
        new(ApplicationState.AwaitingFee, ApplicationAction.CloseFeeUnpaid, ApplicationState.Closed, Handle),
        new(ApplicationState.InProgress, ApplicationAction.Decide, ApplicationState.Decided, Handle),
        new(ApplicationState.Decided, ApplicationAction.Deliver, ApplicationState.Closed, Handle),
        new(ApplicationState.Received, ApplicationAction.Withdraw, ApplicationState.Closed, Handle),
        new(ApplicationState.InProgress, ApplicationAction.Withdraw, ApplicationState.Closed, Handle),
        new(ApplicationState.AwaitingCorrection, ApplicationAction.Withdraw, ApplicationState.Closed, Handle),
        new(ApplicationState.Consulting, ApplicationAction.Withdraw, ApplicationState.Closed, Handle),
        new(ApplicationState.AwaitingFee, ApplicationAction.Withdraw, ApplicationState.Closed, Handle),
    ];

    public static IEnumerable<Transition> From(ApplicationState state) => Table.Where(t => t.From == state);

    public static Transition? Find(ApplicationState state, ApplicationAction action) =>
        Table.FirstOrDefault(t => t.From == state && t.Action == action);

    public static string Label(ApplicationAction a) => a switch
    {
        ApplicationAction.Accept => "确认收到并受理",
        ApplicationAction.Assign => "指定经办人",
        ApplicationAction.Transfer => "转交其他机关办理",
        ApplicationAction.RequestCorrection => "发出补正告知",
        ApplicationAction.CorrectionReceived => "收到补正材料",
        ApplicationAction.CloseNoCorrection => "逾期未补正，不再处理",
        ApplicationAction.StartConsultation => "发出征求意见函",
        ApplicationAction.EndConsultation => "征求意见结束",
        ApplicationAction.RequestExtension => "申请延期答复",
        ApplicationAction.ApproveExtension => "批准延期答复",
        ApplicationAction.NoticeFee => "发出收费通知",
        ApplicationAction.FeePaid => "已缴纳信息处理费",
        ApplicationAction.CloseFeeUnpaid => "逾期未缴费，不再处理",
        ApplicationAction.Decide => "作出答复决定",
        ApplicationAction.Deliver => "登记送达",
        ApplicationAction.Withdraw => "申请人撤回申请",
        _ => a.ToString(),
    };
}

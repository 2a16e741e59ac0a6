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

    /// <summary>
    /// What the applicant is told after a step (by e-mail and SMS). Stored as its member name in the applicant
    /// message outbox and used as the template key: never rename one.
    /// </summary>
    public enum Notice
    {
        Received,
        CorrectionRequested,
        Extended,
        ConsultationStarted,
        FeeNotice,
        Decided,

        /// <summary>Not a step: a new query code sent at the applicant's request from the status page.</summary>
        CodeReissued,
    }

    /// <summary>
    /// The facts of one action that the service, the case page and the notices share: its label, the date field's
    /// label (null: the action takes no date), the comment field's label (null: none) and, when the comment is
    /// required, the message shown without it; the notice it sends the applicant; and the action that must approve it.
    /// </summary>
    public sealed record ActionInfo(
        ApplicationAction Action,
        string Label,
        string? DateLabel,
        string? CommentLabel = null,
        string? CommentRequired = null,
        Notice? Notifies = null,
        ApplicationAction? ApprovedBy = null);

    private const string Dated = "日期";
    private const string Note = "说明";

    public static readonly IReadOnlyDictionary<ApplicationAction, ActionInfo> Actions = new ActionInfo[]
    {
        new(ApplicationAction.Accept, "确认收到并受理", "确认收到申请的日期"),
        new(ApplicationAction.Assign, "指定经办人", null),
        new(ApplicationAction.Transfer, "转交其他机关办理", Dated, "转交理由", "请写明转交理由（如：该信息由哪个机关制作或保存）。"),
        new(ApplicationAction.RequestCorrection, "发出补正告知", "补正告知发出日期", "需要补正的事项（一次性告知）", "请一次性写明需要补正的事项。", Notice.CorrectionRequested),
        new(ApplicationAction.CorrectionReceived, "收到补正材料", "收到补正材料的日期"),
        new(ApplicationAction.CloseNoCorrection, "逾期未补正，不再处理", Dated, Note),
        new(ApplicationAction.StartConsultation, "发出征求意见函", "征求意见函发出日期", "征求意见的对象和事项", "请写明征求意见的对象（第三方或其他机关）和事项。", Notice.ConsultationStarted),
        new(ApplicationAction.EndConsultation, "征求意见结束", "收到意见（或期满）的日期", Note),
        new(ApplicationAction.RequestExtension, "申请延期答复", Dated, "延期理由", "请写明需要延期答复的理由。", ApprovedBy: ApplicationAction.ApproveExtension),
        new(ApplicationAction.ApproveExtension, "批准延期答复", Dated, Note, Notifies: Notice.Extended),
        new(ApplicationAction.NoticeFee, "发出收费通知", "收费通知送达日期", Notifies: Notice.FeeNotice),
        new(ApplicationAction.FeePaid, "已缴纳信息处理费", "缴费日期"),
        new(ApplicationAction.CloseFeeUnpaid, "逾期未缴费，不再处理", Dated, Note),
        new(ApplicationAction.Decide, "作出答复决定", "答复日期", Notifies: Notice.Decided),
        new(ApplicationAction.Deliver, "登记送达", "送达日期", "送达方式和情况", "请写明送达方式和情况（如：EMS 单号、电子邮件地址、当面领取人）。"),
        new(ApplicationAction.Withdraw, "申请人撤回申请", Dated, "撤回方式", "请写明申请人撤回申请的方式（如书面撤回申请书）。"),
    }.ToDictionary(a => a.Action);

    public static ActionInfo Info(ApplicationAction a) => Actions[a];

    public static string Label(ApplicationAction a) => Actions.TryGetValue(a, out var info) ? info.Label : a.ToString();
}

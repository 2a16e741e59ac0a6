using Gongkai.ServiceItems;

namespace Gongkai.Web.CaseDesk;

/// <summary>The steps of a 办件 a window can take; each form of the desk (and each step of the API) posts one.</summary>
public enum CaseStep
{
    Notify,
    Accept,
    Reject,
    Suspend,
    Resume,
    Finish,
    Evaluate,
    Rectify,
}

/// <summary>What a step posts; each step reads only its own fields.</summary>
public sealed class StepForm
{
    public DateOnly? On { get; set; }

    public string? Missing { get; set; }

    public string? Reason { get; set; }

    public SuspensionKind? Kind { get; set; }

    public string? Note { get; set; }

    public CaseResult? Result { get; set; }

    public CaseEvaluation? Evaluation { get; set; }

    public string? Done { get; set; }
}

/// <summary>
/// Which steps follow from a case as it stands and how each is taken, for the desk page and the API alike, so that
/// the two cannot offer or check different things. Who may take them is <see cref="CaseAccess"/>'s to say.
/// </summary>
public static class CaseSteps
{
    public static string Label(CaseStep s) => s switch
    {
        CaseStep.Notify => "一次性告知",
        CaseStep.Accept => "受理",
        CaseStep.Reject => "不予受理",
        CaseStep.Suspend => "开始特别程序",
        CaseStep.Resume => "结束特别程序",
        CaseStep.Finish => "办结",
        CaseStep.Evaluate => "记录好差评",
        CaseStep.Rectify => "差评整改",
        _ => s.ToString(),
    };

    /// <summary>The steps that follow from the case, in the order a window meets them; <paramref name="suspended"/> when a 特别程序 is open.</summary>
    public static List<CaseStep> Next(ServiceCase c, bool suspended) => c switch
    {
        { Acceptance: null } => [CaseStep.Notify, CaseStep.Accept, CaseStep.Reject],
        { Acceptance: CaseAcceptance.Accepted, FinishedOn: null } => suspended ? [CaseStep.Resume] : [CaseStep.Suspend, CaseStep.Finish],
        { Evaluation: null } => [CaseStep.Evaluate],
        { Evaluation: { } e, RectifiedOn: null } when ServiceCase.IsBad(e) => [CaseStep.Rectify],
        _ => [],
    };

    /// <summary>A window records what it has received: a time ahead of the clock (beyond five minutes of drift) is a slip of the keyboard.</summary>
    public static string? ReceivedAtProblem(DateTimeOffset at, TimeProvider time) => at > time.GetUtcNow().AddMinutes(5) ? "收件时间不能晚于当前时间" : null;

    /// <summary>Takes one step through the core (which checks it against the case and audits it); a refusal is a <see cref="ServiceCaseException"/> in Chinese.</summary>
    public static async Task TakeAsync(ServiceCases cases, long id, CaseStep step, StepForm form, int? revision, CancellationToken ct = default)
    {
        var on = form.On ?? throw new ServiceCaseException("请填写日期");
        switch (step)
        {
            case CaseStep.Notify:
                await cases.NotifyMissingAsync(id, on, form.Missing ?? "", revision, ct);
                break;
            case CaseStep.Accept:
                await cases.AcceptAsync(id, on, revision, ct);
                break;
            case CaseStep.Reject:
                await cases.RejectAsync(id, on, form.Reason ?? "", form.Missing, revision, ct);
                break;
            case CaseStep.Suspend:
                await cases.SuspendAsync(id, form.Kind ?? throw new ServiceCaseException("请选择特别程序的种类"), on, form.Note, revision, ct);
                break;
            case CaseStep.Resume:
                await cases.ResumeAsync(id, on, revision, ct);
                break;
            case CaseStep.Finish:
                await cases.FinishAsync(id, on, form.Result ?? throw new ServiceCaseException("请选择办结结果"), revision, ct);
                break;
            case CaseStep.Evaluate:
                await cases.EvaluateAsync(id, form.Evaluation ?? throw new ServiceCaseException("请选择评价等级"), on, form.Reason, revision, ct);
                break;
            case CaseStep.Rectify:
                await cases.RectifyAsync(id, on, form.Done ?? "", revision, ct);
                break;
            default:
                throw new ServiceCaseException("未知的办理步骤");
        }
    }
}

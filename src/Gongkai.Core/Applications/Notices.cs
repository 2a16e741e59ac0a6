using Gongkai.Bodies;
using Gongkai.Documents;

namespace Gongkai.Applications;

/// <summary>
/// The notices sent to an applicant while a case runs (补正告知书, 延期答复告知书, 收费通知书), written from the
/// step that recorded them, in the same form as the reply letter.
/// </summary>
public static class Notices
{
    /// <summary>The step actions that send a notice, with the notice's title and file name.</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, string File)> Kinds = new Dictionary<string, (string, string)>
    {
        [nameof(ApplicationAction.RequestCorrection)] = ("政府信息公开申请补正告知书", "补正告知书"),
        [nameof(ApplicationAction.ApproveExtension)] = ("政府信息公开申请延期答复告知书", "延期答复告知书"),
        [nameof(ApplicationAction.NoticeFee)] = ("政府信息公开信息处理费收费通知书", "收费通知书"),
    };

    public static IReadOnlyList<DocParagraph> Paragraphs(ApplicationStep step, Application app, Body body)
    {
        var you = ReplyLetter.You(app);
        var list = ReplyLetter.Opening(Kinds[step.Action].Title, app);
        list.Add(new($"本机关于{ReplyLetter.Received(app)}收到{you}提出的政府信息公开申请，申请获取“{ReplyLetter.Requested(app)}”。"));
        switch (step.Action)
        {
            case nameof(ApplicationAction.RequestCorrection):
                list.Add(new($"经审查，{you}的申请内容不明确，根据《中华人民共和国政府信息公开条例》第三十条的规定，请{you}对下列内容作出补正："));
                list.Add(new(ReplyLetter.Sentence(step.Comment ?? "")));
                list.Add(new("补正材料可以书面提交本机关，也可以在本平台“办理进度查询”中凭申请编号和查询码在线提交。答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。"));
                break;
            case nameof(ApplicationAction.ApproveExtension):
                list.Add(new($"因{(string.IsNullOrWhiteSpace(app.ExtensionReason) ? "情况复杂" : app.ExtensionReason.Trim().TrimStart('因').TrimEnd('。', '，', '；', '.'))}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{app.ExtensionDays}个工作日，本机关将于{(step.DueOn is { } due ? ReplyLetter.ChineseDate(due) : "延长后的期限届满")}前作出答复。"));
                break;
            case nameof(ApplicationAction.NoticeFee):
                var fee = app.FeeMethod == FeeMethod.PerItem ? $"按件计收，计{app.FeeUnits}件（按同一申请人当月累计件数分段累进计算）" : $"按量计收，计{app.FeeUnits}页（分段累进计算）";
                list.Add(new($"{you}申请公开政府信息的数量、频次明显超过合理范围。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关{fee}，应收取信息处理费{app.FeeAmount:0.##}元。"));
                list.Add(new($"请{you}自收到本通知次日起{RuleSet.FeePaymentDays}个工作日内缴纳。缴费期间不计入答复期限。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。"));
                break;
        }

        list.Add(new("特此告知。"));
        list.Add(new(body.Name, ParagraphStyle.Right));
        list.Add(new(ReplyLetter.ChineseDate(step.On), ParagraphStyle.Right));
        if (body.Telephone is not null)
        {
            list.Add(new($"联系电话：{body.Telephone}", ParagraphStyle.Plain));
        }

        return ReplyLetter.Tidy(list);
    }
}

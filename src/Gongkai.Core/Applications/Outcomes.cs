namespace Gongkai.Applications;

/// <summary>One legal outcome of an application (rules.md §3): stable code, label, legal basis and the wording of the reply.</summary>
public sealed record OutcomeKind(string Code, string Label, string Basis, string DefaultRow, bool Discloses, bool NeedsWithheld, string ReplyText);

/// <summary>A row of the annual report's table 三 (results of handling).</summary>
public sealed record ReportRow(string Code, string Label);

/// <summary>
/// Every outcome an application can close with, and the annual-report row each counts in by default. The mapping
/// is a setting (<see cref="ApplicationSettings.OutcomeRows"/>) because three of the rows are open points.
/// </summary>
public static class Outcomes
{
    public static readonly IReadOnlyList<ReportRow> Rows =
    [
        new("1", "（一）予以公开"),
        new("2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        new("3.1", "（三）不予公开 1.属于国家秘密"),
        new("3.2", "（三）不予公开 2.其他法律行政法规禁止公开"),
        new("3.3", "（三）不予公开 3.危及“三安全一稳定”"),
        new("3.4", "（三）不予公开 4.保护第三方合法权益"),
        new("3.5", "（三）不予公开 5.属于三类内部事务信息"),
        new("3.6", "（三）不予公开 6.属于四类过程性信息"),
        new("3.7", "（三）不予公开 7.属于行政执法案卷"),
        new("3.8", "（三）不予公开 8.属于行政查询事项"),
        new("4.1", "（四）无法提供 1.本机关不掌握相关政府信息"),
        new("4.2", "（四）无法提供 2.没有现成信息需要另行制作"),
        new("4.3", "（四）无法提供 3.补正后申请内容仍不明确"),
        new("5.1", "（五）不予处理 1.信访举报投诉类申请"),
        new("5.2", "（五）不予处理 2.重复申请"),
        new("5.3", "（五）不予处理 3.要求提供公开出版物"),
        new("5.4", "（五）不予处理 4.无正当理由大量反复申请"),
        new("5.5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
        new("6.1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        new("6.2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        new("6.3", "（六）其他处理 3.其他"),
    ];

    public const string NoCorrection = "no-correction";
    public const string FeeUnpaid = "fee-unpaid";
    public const string Partial = "partial";

    public static readonly IReadOnlyList<OutcomeKind> All =
    [
        new("disclose", "予以公开", "《政府信息公开条例》第三十六条第（二）项", "1", true, false,
            "经审查，你（单位）申请获取的政府信息属于公开范围，本机关予以公开，现按你（单位）要求的形式提供。"),
        new("already-public", "已主动公开，告知获取方式", "《政府信息公开条例》第三十六条第（一）项", "1", true, false,
            "经审查，你（单位）申请获取的政府信息已经主动公开，现告知获取该政府信息的方式和途径。"),
        new(Partial, "部分公开", "《政府信息公开条例》第三十七条", "2", true, true,
            "经审查，你（单位）申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向你（单位）提供可以公开的部分，并说明不予公开部分的理由。"),
        new("state-secret", "不予公开：属于国家秘密", "《政府信息公开条例》第十四条", "3.1", false, true,
            "经审查，你（单位）申请获取的政府信息依法确定为国家秘密，根据《政府信息公开条例》第十四条，本机关不予公开。"),
        new("other-law", "不予公开：其他法律行政法规禁止公开", "《政府信息公开条例》第十四条", "3.2", false, true,
            "经审查，你（单位）申请获取的政府信息属于法律、行政法规禁止公开的政府信息，根据《政府信息公开条例》第十四条，本机关不予公开。"),
        new("three-securities", "不予公开：危及“三安全一稳定”", "《政府信息公开条例》第十四条", "3.3", false, true,
            "经审查，你（单位）申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，根据《政府信息公开条例》第十四条，本机关不予公开。"),
        new("third-party", "不予公开：保护第三方合法权益", "《政府信息公开条例》第十五条", "3.4", false, true,
            "经审查，你（单位）申请获取的政府信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，根据《政府信息公开条例》第十五条，本机关不予公开。"),
        new("internal-affairs", "不予公开：属于三类内部事务信息", "《政府信息公开条例》第十六条第一款", "3.5", false, true,
            "经审查，你（单位）申请获取的政府信息属于行政机关的内部事务信息，根据《政府信息公开条例》第十六条第一款，本机关不予公开。"),
        new("process-info", "不予公开：属于四类过程性信息", "《政府信息公开条例》第十六条第二款", "3.6", false, true,
            "经审查，你（单位）申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息，根据《政府信息公开条例》第十六条第二款，本机关不予公开。"),
        new("enforcement-file", "不予公开：属于行政执法案卷", "《政府信息公开条例》第十六条第二款", "3.7", false, true,
            "经审查，你（单位）申请获取的政府信息属于行政执法案卷信息，根据《政府信息公开条例》第十六条第二款，本机关不予公开。"),
        new("inquiry", "不予公开：属于行政查询事项", "相关法律、行政法规关于查询的规定", "3.8", false, true,
            "经审查，你（单位）申请获取的信息属于行政查询事项，应当依照有关规定办理查询，本机关不作为政府信息公开申请提供。"),
        new("not-held", "无法提供：本机关不掌握相关政府信息", "《政府信息公开条例》第三十六条第（四）项", "4.1", false, false,
            "经检索查找，本机关未制作、获取你（单位）申请的政府信息，该政府信息不存在，特此告知。"),
        new("needs-making", "无法提供：没有现成信息需要另行制作", "《政府信息公开条例》第三十八条", "4.2", false, false,
            "经审查，你（单位）申请获取的信息需要本机关对现有政府信息进行加工、分析后才能形成，根据《政府信息公开条例》第三十八条，本机关一般不予提供。"),
        new("unclear", "无法提供：补正后申请内容仍不明确", "《政府信息公开条例》第三十条", "4.3", false, false,
            "经补正后，你（单位）申请公开的政府信息内容仍不明确，本机关无法确定所需信息，特此告知。"),
        new("petition", "不予处理：信访举报投诉类申请", "《政府信息公开条例》第三十九条第一款", "5.1", false, false,
            "你（单位）以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关告知你（单位）不作为政府信息公开申请处理，可以通过相应渠道提出。"),
        new("repeat", "不予处理：重复申请", "《政府信息公开条例》第三十六条第（六）项", "5.2", false, false,
            "你（单位）此前已就同一政府信息提出申请，本机关已依法答复，你（单位）重复申请公开相同政府信息，本机关不予重复处理。"),
        new("publication", "不予处理：要求提供公开出版物", "《政府信息公开条例》第三十九条第二款", "5.3", false, false,
            "你（单位）要求提供的是政府公报、报刊、书籍等公开出版物，本机关告知获取的途径。"),
        new("mass-requests", "不予处理：无正当理由大量反复申请", "《政府信息公开条例》第三十五条", "5.4", false, false,
            "你（单位）申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，理由不合理，本机关不予处理。"),
        new("confirm-reissue", "不予处理：要求确认或重新出具已获取信息", "《政府信息公开条例》第三十六条", "5.5", false, false,
            "你（单位）要求本机关确认或者重新出具已经获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。"),
        new(NoCorrection, "其他处理：逾期不补正，不再处理", "《政府信息公开条例》第三十条", "6.1", false, false,
            "本机关已通知你（单位）补正申请，你（单位）无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。"),
        new(FeeUnpaid, "其他处理：逾期未缴纳信息处理费，不再处理", "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", "6.2", false, false,
            "本机关已向你（单位）发出收费通知，你（单位）逾期未缴纳信息处理费，本机关不再处理该政府信息公开申请。"),
        new("not-responsible", "其他处理：不属于本机关负责公开", "《政府信息公开条例》第三十六条第（五）项", "6.3", false, false,
            "经审查，你（单位）申请获取的政府信息不属于本机关负责公开，请向下列机关申请。"),
        new("special-law", "其他处理：按专门法律法规办理", "《政府信息公开条例》第三十六条第（七）项", "6.3", false, false,
            "你（单位）申请获取的信息，有关法律、行政法规对信息的获取有特别规定，请按照相关规定办理。"),
        new("other", "其他处理：其他", "《政府信息公开条例》", "6.3", false, false,
            "根据《政府信息公开条例》的规定，本机关对你（单位）的申请作如下处理。"),
    ];

    private static readonly Dictionary<string, OutcomeKind> ByCode = All.ToDictionary(o => o.Code, StringComparer.Ordinal);

    public static OutcomeKind? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var o) ? o : null;

    public static string RowLabel(string? code) => Rows.FirstOrDefault(r => r.Code == code)?.Label ?? "—";

    /// <summary>Outcomes an officer chooses when deciding; the two "no longer processed" ones close a case by their own actions.</summary>
    public static IEnumerable<OutcomeKind> Decidable => All.Where(o => o.Code is not NoCorrection and not FeeUnpaid);
}

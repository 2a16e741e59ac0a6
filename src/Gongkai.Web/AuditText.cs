using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Gongkai.Applications;
using Gongkai.Assessment;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Reports;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Gongkai.Supervision;
using Gongkai.Websites;

namespace Gongkai.Web;

/// <summary>
/// The audit log as people read it: record types and fields by their Chinese names, states and channels in the words
/// the pages use, dates as dates. The stored row stays the machine's JSON; only its display is translated.
/// </summary>
public static class AuditText
{
    public sealed record Change(string Field, string? Before, string? After);

    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Body"] = "单位",
        ["StaffUser"] = "账号",
        ["RoleGrant"] = "角色授权",
        ["CalendarEntry"] = "工作日历",
        ["CalendarYear"] = "节假日安排",
        ["CatalogItem"] = "公开事项",
        ["Attachment"] = "附件",
        ["ReviewCheck"] = "保密审查记录",
        ["ReviewStep"] = "审核环节",
        ["Application"] = "依申请公开",
        ["DisclosureCase"] = "行政复议和诉讼",
        ["AnnualReport"] = "年度报告",
        ["ReportFigure"] = "年报填报数据",
        ["Notification"] = "通知",
        ["Setting"] = "系统设置",
        ["ServiceItem"] = "政务服务事项",
        ["ServiceItemEvent"] = "事项变更",
        ["ServiceCentre"] = "政务服务中心",
        ["CentreWindow"] = "服务窗口",
        ["CentreItem"] = "进驻事项",
        ["ServiceCase"] = "政务服务办件",
        ["CaseSuspension"] = "办件暂停",
        ["Website"] = "政府网站",
        ["WebsiteColumn"] = "网站栏目",
        ["WebsiteFinding"] = "网站检查问题",
        ["WebsiteCensus"] = "网站普查",
        ["WorkPlan"] = "工作要点",
        ["KeyTask"] = "重点任务",
        ["KeyTaskPartner"] = "任务协办单位",
        ["TaskProgress"] = "任务进展",
        ["Meeting"] = "会议",
        ["MeetingAttendance"] = "会议出席",
        ["MeetingMaterial"] = "会议材料",
        ["Suggestion"] = "建议提案",
        ["SuggestionPartner"] = "建议提案会办单位",
        ["AssessmentScheme"] = "考核方案",
        ["Indicator"] = "考核指标",
        ["AssessmentPeriod"] = "考核期",
        ["SpotCheckItem"] = "抽查事项",
        ["IndicatorScore"] = "指标得分",
        ["RankingRow"] = "考核排名",
        ["Login"] = "登录",
        ["SearchIndex"] = "检索索引",
        ["DataProtectionKeyRing"] = "加密密钥",
        ["ApplicationFile"] = "申请文件",
        ["PublishedReply"] = "答复选登",
        ["ItemChannel"] = "其他发布渠道",
        ["ApplicantMessage"] = "给申请人的通知",
        ["Blob"] = "文件存储",
    };

    public static string Action(string action) => action switch
    {
        "created" => "新建",
        "updated" => "修改",
        "deleted" => "删除",
        "imported" => "批量导入",
        "login-failed" => "登录失败",
        "login-throttled" => "登录受限（尝试次数过多）",
        "reindex-requested" => "申请重建检索索引",
        "id-number-viewed" => "查看证件号码",
        "key-ring-sealed" => "封存加密密钥",
        "master-key-rotated" => "更换主密钥",
        "applicant-download" => "申请人下载答复或文件",
        "receipt-printed" => "打印登记回执",
        "query-code-reissued" => "重新生成查询码",
        "query-code-reissue-refused" => "找回查询码未通过核对",
        "query-code-reissue-limited" => "找回查询码次数已达上限",
        "moved-to-files" => "文件移至文件目录",
        "moved-to-database" => "文件移回数据库",
        _ => "其他操作",
    };

    public static string Type(string entityType) => Types.GetValueOrDefault(entityType, "其他记录");

    /// <summary>The changes of one row, field by field, in Chinese; values too long to read in a list are shortened.</summary>
    public static List<Change> Changes(AuditEvent e)
    {
        var list = new List<Change>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(e.Changes);
        }
        catch (JsonException)
        {
            return list;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return list;
            }

            var entity = EntityClrType(e.EntityType);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (Hidden.Contains(p.Name))
                {
                    continue;
                }

                var type = entity?.GetProperty(p.Name)?.PropertyType;
                // Rows the platform writes itself (imports, sign-ins, keys) hold plain values, not before/after pairs.
                var pair = p.Value.ValueKind == JsonValueKind.Object && (p.Value.TryGetProperty("before", out _) || p.Value.TryGetProperty("after", out _));
                var before = pair && p.Value.TryGetProperty("before", out var b) ? Value(b, type) : null;
                var after = pair ? p.Value.TryGetProperty("after", out var a) ? Value(a, type) : null : Value(p.Value, type);
                list.Add(new(Field(p.Name), before, after));
            }
        }

        return list;
    }

    public static string Field(string name) => Fields.GetValueOrDefault(name) ?? (name.EndsWith("Id", StringComparison.Ordinal) && Fields.TryGetValue(name[..^2], out var f) ? f + "编号" : "其他字段");

    /// <summary>Internal bookkeeping a reader of the log has no use for: the concurrency counters and stamps.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "Revision", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "SecurityStamp" };

    private static string? Value(JsonElement v, Type? type)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return "是";
            case JsonValueKind.False:
                return "否";
            case JsonValueKind.Number:
                return v.GetRawText();
            case JsonValueKind.String:
                var s = v.GetString() ?? "";
                var enumType = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
                if (enumType is { IsEnum: true } && Enum.TryParse(enumType, s, out var value))
                {
                    return EnumLabel((Enum)value!);
                }

                if (DateTimeOffset.TryParseExact(s, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                {
                    return Format.BeijingTime(at);
                }

                return s.Length > 200 ? s[..200] + "……" : s;
            default:
                // Lists and objects kept in a column (JSON text fields) are summarised, not shown as code.
                return v.ValueKind == JsonValueKind.Array ? $"{v.GetArrayLength()} 项" : "（结构化数据）";
        }
    }

    private static readonly Dictionary<string, Type> EntityTypes = typeof(IAudited).Assembly.GetTypes()
        .Where(t => typeof(IAudited).IsAssignableFrom(t) && !t.IsInterface)
        .GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static Type? EntityClrType(string name) => EntityTypes.GetValueOrDefault(name);

    public static IEnumerable<Type> AuditedTypes => EntityTypes.Values;

    private static readonly Dictionary<Type, Func<Enum, string>> EnumLabels = new()
    {
        [typeof(StaffRole)] = e => Access.Label((StaffRole)e),
        [typeof(ServiceItemType)] = e => ServiceItem.TypeLabel((ServiceItemType)e),
        [typeof(ServiceTier)] = e => ServiceItem.TierLabel((ServiceTier)e),
        [typeof(ItemEventKind)] = e => ServiceItem.EventLabel((ItemEventKind)e),
        [typeof(Gongkai.ServiceItems.ApplicantType)] = e => ServiceCase.ApplicantLabel((Gongkai.ServiceItems.ApplicantType)e),
        [typeof(Gongkai.ServiceItems.CaseResult)] = e => ServiceCase.ResultLabel((Gongkai.ServiceItems.CaseResult)e),
        [typeof(CaseEvaluation)] = e => ServiceCase.EvaluationLabel((CaseEvaluation)e),
        [typeof(SuspensionKind)] = e => ServiceCase.SuspensionLabel((SuspensionKind)e),
        [typeof(WebsiteKind)] = e => Website.KindLabel((WebsiteKind)e),
        [typeof(ColumnKind)] = e => WebsiteColumn.KindLabel((ColumnKind)e),
        [typeof(FindingKind)] = e => WebsiteFinding.KindLabel((FindingKind)e),
        [typeof(CensusResult)] = e => WebsiteCensus.ResultLabel((CensusResult)e),
        [typeof(ReportState)] = e => AnnualReport.StateLabel((ReportState)e),
        [typeof(ReportLayout)] = e => ReportData.LayoutLabel((ReportLayout)e),
        [typeof(HitKind)] = e => SensitiveScan.Label((HitKind)e),
        [typeof(ItemState)] = e => CatalogItem.StateLabel((ItemState)e),
        [typeof(Validity)] = e => CatalogItem.ValidityLabel((Validity)e),
        [typeof(DisclosureMode)] = e => CatalogItem.ModeLabel((DisclosureMode)e),
        [typeof(ReviewAction)] = e => Workflow.Label((ReviewAction)e),
        [typeof(BodyKind)] = e => Body.KindLabel((BodyKind)e),
        [typeof(BodyLevel)] = e => Body.LevelLabel((BodyLevel)e),
        [typeof(ApplicationState)] = e => Application.StateLabel((ApplicationState)e),
        [typeof(Gongkai.Applications.ApplicantType)] = e => Application.ApplicantTypeLabel((Gongkai.Applications.ApplicantType)e),
        [typeof(IdDocument)] = e => Application.IdDocumentLabel((IdDocument)e),
        [typeof(Channel)] = e => Application.ChannelLabel((Channel)e),
        [typeof(Delivery)] = e => Application.DeliveryLabel((Delivery)e),
        [typeof(ApplicationAction)] = e => ApplicationWorkflow.Label((ApplicationAction)e),
        [typeof(FeeMethod)] = e => ApplicationService.FeeLabel((FeeMethod)e),
        [typeof(PauseKind)] = e => ApplicationService.PauseLabel((PauseKind)e),
        [typeof(CaseKind)] = e => DisclosureCase.KindLabel((CaseKind)e),
        [typeof(Gongkai.Applications.CaseResult)] = e => DisclosureCase.ResultLabel((Gongkai.Applications.CaseResult)e),
        [typeof(MeetingKind)] = e => Meeting.KindLabel((MeetingKind)e),
        [typeof(SuggestionKind)] = e => Suggestion.KindLabel((SuggestionKind)e),
        [typeof(CongressLevel)] = e => Suggestion.LevelLabel((CongressLevel)e),
        [typeof(ReplyResult)] = e => Suggestion.ResultLabel((ReplyResult)e),
        [typeof(Satisfaction)] = e => Suggestion.SatisfactionLabel((Satisfaction)e),
        [typeof(ReplyPublication)] = e => Suggestion.PublicationLabel((ReplyPublication)e),
        [typeof(PeriodKind)] = e => AssessmentPeriod.KindLabel((PeriodKind)e),
        [typeof(RankGroup)] = e => AssessmentService.GroupLabel((RankGroup)e),
        [typeof(Standing)] = e => AssessmentService.StandingLabel((Standing)e),
        [typeof(ScoringRule)] = e => AssessmentService.RuleLabel((ScoringRule)e),
        [typeof(ScoringMethod)] = e => AssessmentService.MethodLabel((ScoringMethod)e),
        [typeof(CalendarEntryKind)] = e => (CalendarEntryKind)e switch { CalendarEntryKind.Official => "国务院办公厅通知的安排", _ => "本地安排" },
        [typeof(DayRule)] = e => (DayRule)e switch
        {
            DayRule.Weekday => "工作日",
            DayRule.Weekend => "周末",
            DayRule.OfficialRestDay => "法定节假日（国务院安排）",
            DayRule.OfficialWorkingDay => "调休上班（国务院安排）",
            DayRule.LocalRestDay => "本地休息日",
            DayRule.LocalWorkingDay => "本地调休上班",
            DayRule.StatutoryRestDay => "法定节假日",
            _ => "调休上班",
        },
        [typeof(VersionState)] = e => (VersionState)e switch { VersionState.Current => "现行版本", VersionState.Superseded => "已被更正", _ => "已撤回" },
        [typeof(CheckKind)] = e => (CheckKind)e switch { CheckKind.Hit => "敏感词提示", _ => "审查问题" },
        [typeof(FindingState)] = e => (FindingState)e switch { FindingState.Open => "未整改", _ => "已整改" },
        [typeof(PeriodState)] = e => (PeriodState)e switch { PeriodState.Open => "进行中", _ => "已发布" },
        [typeof(CaseAcceptance)] = e => (CaseAcceptance)e switch { CaseAcceptance.Accepted => "受理", _ => "不予受理" },
        [typeof(RulesVersion)] = e => (RulesVersion)e switch { RulesVersion.Rules2007 => "2007年条例", _ => "2019年条例" },
        [typeof(ApplicationFileKind)] = e => (ApplicationFileKind)e switch { ApplicationFileKind.Disclosed => "公开的文件", _ => "申请信函扫描件" },
        [typeof(PublicationChannel)] = e => ItemChannel.Label((PublicationChannel)e),
        [typeof(Gongkai.Notifications.MessageChannel)] = e => (Gongkai.Notifications.MessageChannel)e switch { Gongkai.Notifications.MessageChannel.Sms => "短信", _ => "电子邮件" },
        [typeof(ApplicationWorkflow.Notice)] = e => Gongkai.Notifications.ApplicantTemplates.Defaults[(ApplicationWorkflow.Notice)e].Subject,
    };

    public static IEnumerable<Type> LabelledEnums => EnumLabels.Keys;

    public static string EnumLabel(Enum value) => EnumLabels.TryGetValue(value.GetType(), out var label) ? label(value) : "（未知取值）";

    public static bool HasField(string name) => Fields.ContainsKey(name) || Hidden.Contains(name);

    private static readonly Dictionary<string, string> Fields = Parse("""
        Id=编号 BodyId=单位编号 Body=单位 Kind=类别 Name=名称 ItemId=事项编号 Year=年度 State=状态 Note=备注
        CatalogItemId=公开事项编号 WebsiteId=网站编号 Number=编号 DocumentNumber=文号 At=时间 Title=标题 Tier=层级 Text=内容
        Summary=内容概述 Result=结果 PublishedAt=发布时间 On=日期 Key=键 DueOn=期限 CreatedAt=创建时间 CountyId=县编号
        CentreId=服务中心编号 Address=地址 Value=取值 Topic=主题分类 To=至 Subject=事由 SortOrder=排序 Size=大小 Sha256=文件校验值
        PublishedOn=发布日期 PeriodId=考核期编号 From=自 EnteredBy=填报人 Email=电子邮箱 DueProvisional=期限待定 Code=代码
        CalendarVersion=日历版本 ApplicationId=申请编号 ActorName=操作人 WrittenOn=成文日期 WorkingDays=工作日数
        ValidityChangedOn=有效性变更日期 Validity=有效性 UserId=账号编号 Url=网址 ToState=变更后状态 TaskId=任务编号
        StatutoryCategory=法定主动公开内容 Scope=范围 SchemeId=考核方案编号 Rectification=整改情况 ReceivedOn=收到日期
        Publisher=发布机构 Problems=存在的问题 Postcode=邮政编码 Place=地点 Phone=电话 ParentId=上级单位编号 Mode=公开方式
        MeetingId=会议编号 Level=层级 LegalBasis=法律依据 LeadBodyId=牵头单位编号 LeadBody=牵头单位 LastCheckedAt=最近检查时间
        Keywords=关键词 KeyArea=重点领域 Item=事项 IndexNumber=索引号 Hours=时长 FromState=变更前状态 FileName=文件名 Error=错误
        AddedAt=添加时间 OutcomeLabel=处理结果 StepId=办理环节编号 Step=办理环节 Notice=通知 SentAt=发送时间 Attempts=发送次数
        PublishConsent=同意公开答复 InterpretsItemId=所解读的政策文件编号 InFiles=存于文件目录
        DoneOn=完成日期 DecidedOn=决定日期 ContentType=文件类型 Comment=意见 BodyHtml=正文 ApplicantType=申请人类型
        ApplicantName=申请人 Action=操作 WorkingDaysSum=工作日合计 Withheld=不予公开 WindowId=窗口编号 Veto=一票否决
        VersionNumber=版本号 User=账号 Type=类型 Trigger=触发条件 TrackingNumber=申请编号 TotalPoints=总分 Total=合计
        Topics=主题分类 ToTier=承接层级 ToBodyId=承接单位编号 Telephone=电话 SuspendedDays=暂停工作日 SuggestionId=建议提案编号
        SubmittedBy=提交人 SubmissionKey=提交标识 StatutoryDue=法定期限 StatutoryDays=法定工作日数 Status=状态 StartedAt=开始时间
        Standing=等次 Stage=阶段 SourceSha256=来源文件校验值 SourceFileName=来源文件名 Snapshot=快照 ShortName=简称 Session=届次
        Seed=抽样种子 SecretProtected=查询码（加密） SecretHash=查询码校验值 ScoredBy=评分人 Scored=已评分 Score=得分 Scheme=考核方案
        ScheduleYear=安排年度 Satisfied=满意 Satisfaction=满意度 SampleSize=抽样数 Rules=规则 Rule=规则 Round=轮次 Role=角色
        ReviewComment=审核意见 ReviewChecks=审查记录 ReviewCaseId=审查编号 RequiresContentReview=须内容审核
        RequiresConfidentialityReview=须保密审查 RequestedExtensionDays=申请延长工作日 ReportedBy=报告人 ReportedAt=报告时间
        ReportRow=年报行次 ReplyText=答复内容 RepliedOn=答复日期 RejectionReason=退回理由 ReferTo=转交 RectifiedOn=整改日期
        RectifiedBy=整改人 RectifiedAt=整改时间 Rectified=已整改 ReceivedAt=收到时间 Received=收到 Reasons=理由 Reason=理由
        ReadAt=阅读时间 Rank=名次 PublishedVersion=已发布版本 PublishedSummary=已发布摘要 PublishedBy=发布人 Publication=公开方式
        ProvincialNumber=省级编号 PromisedDue=承诺期限 PromisedDays=承诺工作日数 Procedure=办理程序 PraiseTop=通报表扬名次 CriticiseBottom=通报批评名次 Points=分值
        PlanId=工作要点编号 Plan=工作要点 People=人数 PendingJson=待处理数据 PassMark=合格分 Parent=上级 Papers=纸质材料 Pages=页数
        Overview=总体情况 Outcome=结果 Other=其他 OrganizationCode=组织机构代码 OrganiserBodyId=组织单位编号 Organiser=组织单位
        Organ=机关 Ordinal=序号 Opened=已打开 OnlineUrl=网上办理地址 OnTime=按时 OnSite=现场 Ok=通过 OfficerName=经办人
        OfficerId=经办人编号 OfficeName=办公室名称 OfficeHours=办公时间 NoticeItemId=告知事项编号 Notes=备注
        NotPublishedReason=不公开理由 NotAccepted=不予受理 Next=下一步 NationalCode=国家编码 Month=月份 MissingNoticeOn=补正告知日期
        MissingMaterials=缺少材料 Milliseconds=毫秒 MetricCode=指标代码 Method=方式 Materials=材料 Manual=人工 Links=链接 Link=链接
        Layout=格式 LastUpdateFound=最近更新 LastSeenAt=最近发现时间 KeyAreaTop=重点领域前列 IssuedOn=印发日期 IsOffDay=休息日
        Indicators=指标 IndicatorId=指标编号 IndexPattern=索引号规则 ImportedAt=导入时间 Imported=导入 ImportKey=导入标识
        IdNumberProtected=证件号码（加密） IdNumberMasked=证件号码 IdDocument=证件类型 Html=网页正文 Group=分组 Grants=授权
        FrozenAt=固定时间 FromBodyId=原单位编号 FixedOn=修复日期 FirstSeenAt=首次发现时间 FirstPublishedOn=首次发布日期
        FinishedOnTime=按时办结 FinishedOn=办结日期 FinishedAt=办结时间 Finished=办结 Files=文件 FiledOn=登记日期 Fees=费用
        FeeUnits=计费单位 FeePaidOn=缴费日期 FeeNoticeOn=收费通知日期 FeeMethod=收费方式 FeeAmount=费用金额 Fax=传真 Failed=失败
        ExtensionReason=延期理由 ExtensionDays=延长工作日 ExpectedTo=预计至 EvidenceUrl=证据网址 EvidenceStatus=证据状态
        EvidenceLastUpdate=证据最近更新 EvidenceFoundOn=发现证据日期 Evidence=证据 EvaluationReason=评价理由 Evaluation=评价
        EvaluatedOn=评价日期 Evaluated=已评价 EntriesFound=发现条数 EnteredAt=填报时间 EmailSentAt=邮件发送时间 EmailError=邮件错误
        EmailAttempts=邮件尝试次数 Done=已完成 DocumentItemId=文件事项编号 DisplayName=姓名 Detail=详情 Description=说明
        DeliveryNote=送达说明 Delivery=送达方式 DeliveredOn=送达日期 DeductionPer=每处扣分 Decision=决定 Deadline=期限 Date=日期
        DataJson=年报数据 Criteria=评分标准 CreditCode=统一社会信用代码 CreatedBy=创建人 CountyWide=全县 CountyBodyId=县级单位编号
        CountyBody=县级单位 Count=数量 CorrectionNote=更正说明 CorrectionDueOn=补正期限 Content=内容 ContactPerson=联系人
        Contact=联系方式 ConsultPhone=咨询电话 Conditions=条件 ConcludedOn=结案日期 ComplaintPhone=投诉电话
        CoDefendantBodyId=共同被告单位编号 Closed=已关闭 ClockStartOn=起算日期 Claimant=申请人 Checklist=检查清单
        CheckRequestedAt=申请检查时间 Channel=申请渠道 CaseNumber=案号 CaseId=案件编号 Broken=无法访问 BodyUnclear=单位不明确
        BodyName=单位名称 Bad=不合格 Author=作者 Attended=出席 Attachments=附件 AttachmentSha=附件校验值 AttachmentName=附件名称
        AssignedOn=分办日期 ArrivedAt=到达时间 ApprovedBy=审定人 ApprovedAt=审定时间 ApplicantKey=申请人标识 Answer=答复
        ActorId=操作人编号 Active=启用 Accepted=受理 Acceptance=受理情况 AcceptanceOn=受理日期
        UserName=登录名 PhoneNumber=手机号码 EmailConfirmed=邮箱已确认 PhoneNumberConfirmed=手机号码已确认 TwoFactorEnabled=双因素认证
        address=网络地址 generation=索引代次 by=申请人 trackingNumber=申请编号 sealedKeys=封存密钥数 masterKey=主密钥 keys=密钥数
        from=原值 to=新值 count=条数 first=第一条 last=最后一条 suspensions=暂停记录数 archiveEntries=公开档案记录 centres=服务中心数
        placed=进驻事项数
        LockoutEnd=锁定至 LockoutEnabled=允许锁定 AccessFailedCount=登录失败次数 PasswordHash=密码 Disabled=停用
        """);

    private static Dictionary<string, string> Parse(string pairs) =>
        pairs.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}

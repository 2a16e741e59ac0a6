using Gongkai.Applications;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The seed report's sections 三 and 四 as records: 9 applications in 2015 (7 online, 2 by letter; 8 answered,
/// 1 withheld because other law forbids it; no fees), 3 reviews (all concluded) and 20 lawsuits (14 upheld or
/// claims rejected, 1 corrected, 5 other). Entered through the same service staff use, so every one has its
/// steps, its clock and its audit trail.
/// </summary>
public static class DemoApplications
{
    public const int Applications2015 = 9, Online2015 = 7, Letters2015 = 2, Answered2015 = 8, Withheld2015 = 1;
    public const int Reviews2015 = 3, Lawsuits2015 = 20, LawsuitsUpheld2015 = 14, LawsuitsCorrected2015 = 1, LawsuitsOther2015 = 5;

    private sealed record Demo(string Body, Channel Channel, DateTimeOffset Arrived, int AcceptAfterDays, int DecideAfterWorkingDays, string Outcome, ApplicantType Type, string Name, string Description);

    private static DateTimeOffset At(int month, int day, int hour) => new(2015, month, day, hour, 15, 0, TimeSpan.FromHours(8));

    private static readonly Demo[] Items =
    [
        new("zfb", Channel.Online, At(2, 3, 10), 0, 6, "disclose", ApplicantType.Person, "谭某某", "巫溪县2014年城乡居民最低生活保障资金发放情况"),
        new("zfb", Channel.Online, At(3, 18, 15), 1, 9, "disclose", ApplicantType.Person, "李某某", "宁厂镇古镇保护规划批复文件"),
        new("czj", Channel.Online, At(4, 22, 9), 0, 5, "disclose", ApplicantType.Business, "重庆某建筑工程有限公司", "2015年县级财政预算中交通建设专项资金安排情况"),
        new("zfb", Channel.OrdinaryPost, At(5, 12, 11), 0, 12, "other-law", ApplicantType.Person, "王某某", "某刑事案件侦查过程中涉及本人的询问笔录"),
        new("czj", Channel.Online, At(6, 9, 16), 1, 7, "disclose", ApplicantType.Person, "陈某某", "2014年县本级“三公”经费决算表"),
        new("zfb", Channel.Online, At(7, 21, 10), 0, 10, "disclose", ApplicantType.LegalService, "重庆某律师事务所", "巫溪府办发〔2015〕58号文件全文"),
        new("zfb", Channel.SignedPost, At(9, 8, 14), 0, 8, "disclose", ApplicantType.Person, "刘某某", "城厢镇棚户区改造项目房屋征收补偿方案"),
        new("ningchang", Channel.Online, At(10, 26, 9), 0, 4, "disclose", ApplicantType.Person, "张某某", "宁厂镇2015年度农村危房改造补助对象名单"),
        new("zfb", Channel.Online, At(11, 30, 11), 1, 11, "disclose", ApplicantType.Person, "周某某", "巫溪县2015年退耕还林补助资金兑现情况"),
    ];

    public static async Task LoadAsync(GongkaiDb db, ApplicationService applications, CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        var calendar = Calendar.BuiltInSchedules.Calendar();
        var officers = await db.RoleGrants.AsNoTracking().Where(g => g.Role == Staff.StaffRole.DisclosureOfficer)
            .Select(g => new { g.BodyId, g.UserId, g.User!.DisplayName }).ToListAsync(ct);
        var admin = await db.Users.AsNoTracking().Where(u => u.UserName == "admin").Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        for (var i = 0; i < Items.Length; i++)
        {
            var d = Items[i];
            var bodyId = bodies[d.Body];
            var officer = officers.FirstOrDefault(o => o.BodyId == bodyId);
            var (actorId, actorName) = officer is null ? (admin.Id, admin.DisplayName) : (officer.UserId, officer.DisplayName);
            var arrivedOn = Data.GongkaiDb.LocalDate(d.Arrived);
            var input = new ApplicationInput
            {
                ApplicantType = d.Type,
                Name = d.Name,
                ContactPerson = d.Type == ApplicantType.Person ? null : "联系人" + d.Name[..1],
                IdDocument = d.Type == ApplicantType.Person ? IdDocument.ResidentCard : IdDocument.CreditCode,
                IdNumber = d.Type == ApplicantType.Person ? ResidentNumber(i) : CreditNumber(i),
                Phone = $"1390238{1000 + (i * 137):D4}",
                Address = $"重庆市巫溪县城厢镇马镇坝{i + 3}号",
                Description = d.Description,
                Delivery = d.Channel == Channel.Online ? Delivery.ElectronicFile : Delivery.PaperByPost,
                BodyId = bodyId,
            };
            var registration = d.Channel == Channel.Online
                ? new Registration(d.Channel, d.Arrived, null)
                : new Registration(d.Channel, d.Arrived, arrivedOn);
            var submitted = await applications.SubmitAsync(input, registration, $"demo-2015-{i + 1}", actorId, actorName, ct);
            var app = await db.Applications.SingleAsync(a => a.Id == submitted.Application.Id, ct);
            if (app.State == ApplicationState.Received)
            {
                var confirmed = calendar.AddWorkingDays(arrivedOn, d.AcceptAfterDays).Due;
                await applications.ApplyAsync(app, ApplicationAction.Accept, new ActionInput { On = confirmed, OfficerId = actorId }, app.Revision, actorId, actorName, ct);
            }

            var decided = calendar.AddWorkingDays(app.ReceivedOn!.Value, d.DecideAfterWorkingDays).Due;
            var refused = d.Outcome != "disclose";
            await applications.ApplyAsync(app, ApplicationAction.Decide, new ActionInput
            {
                On = decided,
                Outcome = d.Outcome,
                Reasons = refused ? "所申请的询问笔录属于刑事诉讼案卷材料，《中华人民共和国刑事诉讼法》对其查阅另有规定，不属于政府信息公开的范围。" : null,
                Withheld = refused ? "询问笔录全文" : null,
            }, app.Revision, actorId, actorName, ct);
            await applications.ApplyAsync(app, ApplicationAction.Deliver, new ActionInput
            {
                On = calendar.AddWorkingDays(decided, 1).Due,
                Comment = d.Channel == Channel.Online ? "通过电子邮件发送答复告知书和所需信息。" : "以挂号信寄送答复告知书。",
            }, app.Revision, actorId, actorName, ct);
        }

        await LoadCasesAsync(db, bodies, ct);
    }

    private static async Task LoadCasesAsync(GongkaiDb db, Dictionary<string, int> bodies, CancellationToken ct)
    {
        var cases = new DisclosureCases(db);
        var zfb = bodies["zfb"];
        var wuxi = bodies["wuxi"];
        (int Body, string Organ)[] reviews = [(zfb, "巫溪县人民政府"), (zfb, "巫溪县人民政府"), (wuxi, "重庆市人民政府")];
        for (var i = 0; i < reviews.Length; i++)
        {
            var filed = new DateOnly(2015, 3 + (i * 3), 10 + i);
            await cases.SaveAsync(null, new CaseInput(CaseKind.Review, $"巫溪府复〔2015〕{i + 2}号", reviews[i].Organ, reviews[i].Body, null, null, $"申请人{i + 1}", filed, filed.AddDays(55), CaseResult.Upheld, "申请人对政府信息公开答复不服申请行政复议，复议机关维持原答复。"), ct);
        }

        // 14 upheld or claims rejected, 1 corrected, 5 other; the first two followed the reviews above, with the
        // county government (the review body) sued too: those count for the office only.
        for (var i = 0; i < 20; i++)
        {
            var result = i < 14 ? CaseResult.Upheld : i == 14 ? CaseResult.Corrected : CaseResult.Other;
            var afterReview = i < 2;
            var defendant = i % 4 == 3 ? wuxi : zfb;
            var filed = new DateOnly(2015, 1 + (i * 10 / 20), 5 + i);
            await cases.SaveAsync(null, new CaseInput(
                afterReview ? CaseKind.LawsuitAfterReview : CaseKind.LawsuitDirect,
                $"（2015）巫法行初字第{i + 3}号",
                defendant == wuxi ? "重庆市第二中级人民法院" : "巫溪县人民法院",
                afterReview ? zfb : defendant,
                afterReview ? wuxi : null,
                null,
                $"原告{i + 1}",
                filed,
                filed.AddDays(45),
                result,
                result switch
                {
                    CaseResult.Upheld => "判决驳回原告诉讼请求。",
                    CaseResult.Corrected => "判决撤销被诉答复，责令重新答复。",
                    _ => "原告撤回起诉，法院裁定准许。",
                }), ct);
        }
    }

    /// <summary>A resident number of the county (500238), born in the 1960s-80s, with a valid check digit.</summary>
    private static string ResidentNumber(int i)
    {
        var first17 = $"500238{1962 + (i * 3)}{(i % 12) + 1:D2}{(i * 5 % 27) + 1:D2}{(i * 37 % 900) + 100:D3}";
        return first17 + IdNumbers.ResidentCheck(first17);
    }

    private static string CreditNumber(int i)
    {
        var first17 = $"91500238MA5U{(i * 7919 % 99999):D5}";
        return first17 + Bodies.RegistrationCodes.CreditCheck(first17);
    }
}

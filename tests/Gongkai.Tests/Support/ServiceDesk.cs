using Gongkai.Catalog;
using Gongkai.ServiceItems;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Support;

/// <summary>
/// The case desk the service-case tests work at, made once per host: 县财政局 (A) runs a county centre with a window,
/// 宁河街道 (B) a township one; a window clerk in each (clerk.a, clerk.b); a published item of each on site, and a draft
/// of A's that is not.
/// </summary>
public static class ServiceDesk
{
    public const string Password = "Desk-pass-2026";

    public sealed record Desk(int BodyA, int BodyB, string BodyBName, int ItemA, string ItemACode, int ItemB, int Draft, int CentreA, string CentreAName, int CentreB, int WindowA, string ClerkA);

    // xUnit makes a new instance per test and runs one class's tests one after another: the desk is kept per host.
    private static readonly Dictionary<TestHost, Desk> Prepared = [];

    public static async Task<Desk> PrepareAsync(TestHost host)
    {
        lock (Prepared)
        {
            if (Prepared.TryGetValue(host, out var ready))
            {
                return ready;
            }
        }

        var desk = await host.WithDbAsync(async (db, sp) =>
        {
            var a = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "czj");
            var b = await db.Bodies.AsNoTracking().SingleAsync(b => b.Code == "ninghe");
            var accounts = sp.GetRequiredService<StaffAccounts>();
            var clerkA = await accounts.CreateAsync("clerk.a", "财政窗口 张敏", a.Id, Password, [StaffRole.WindowClerk]);
            await accounts.CreateAsync("clerk.b", "宁河窗口 李华", b.Id, Password, [StaffRole.WindowClerk]);
            ServiceItem Item(string code, int body, int promised, ItemState state = ItemState.Published) =>
                new() { Code = code, Name = code + "事项", Type = ServiceItemType.Licensing, BodyId = body, Tier = ServiceTier.County, PromisedDays = promised, StatutoryDays = 20, OnSite = true, State = state };
            var itemA = Item("DESK-1", a.Id, 5);
            var itemB = Item("DESK-2", b.Id, 3);
            var draft = Item("DESK-3", a.Id, 5, ItemState.Draft);
            db.ServiceItems.AddRange(itemA, itemB, draft);
            await db.SaveChangesAsync();
            var cases = sp.GetRequiredService<ServiceCases>();
            var centreA = await cases.AddCentreAsync(new ServiceCentre { Name = "县财政局服务大厅", Tier = ServiceTier.County, BodyId = a.Id });
            var centreB = await cases.AddCentreAsync(new ServiceCentre { Name = "宁河街道便民服务中心", Tier = ServiceTier.Township, BodyId = b.Id });
            var window = await cases.AddWindowAsync(centreA.Id, "财政综合窗口", "3", a.Id);
            await cases.PlaceItemAsync(centreA.Id, itemA.Id);
            await cases.PlaceItemAsync(centreB.Id, itemB.Id);
            return new Desk(a.Id, b.Id, b.Name, itemA.Id, itemA.Code, itemB.Id, draft.Id, centreA.Id, centreA.Name, centreB.Id, window.Id, clerkA.Id);
        });
        lock (Prepared)
        {
            Prepared[host] = desk;
        }

        return desk;
    }

    /// <summary>
    /// Four cases received in 2025 whose figures the statistics tests know: at A's centre one on time in 4 working days
    /// (满意), one late in 9 (非常不满意, rectified), one not accepted; at B's one on time in 1 working day (基本满意).
    /// </summary>
    public static async Task AddCasesOf2025Async(TestHost host, Desk d)
    {
        await host.WithDbAsync(async (db, sp) =>
        {
            var s = sp.GetRequiredService<ServiceCases>();
            DateTimeOffset At(int m, int day) => new(2025, m, day, 9, 0, 0, TimeSpan.FromHours(8));
            // A: on time in 4 working days, 满意; late in 9, 非常不满意 and rectified; not accepted.
            var c1 = await s.RegisterAsync(new CaseRegistration(d.ItemA, d.CentreA, null, ApplicantType.Person, "王一", At(3, 3)));
            await s.AcceptAsync(c1.Id, new DateOnly(2025, 3, 3));
            await s.FinishAsync(c1.Id, new DateOnly(2025, 3, 7), CaseResult.Granted);
            await s.EvaluateAsync(c1.Id, CaseEvaluation.Satisfied, new DateOnly(2025, 3, 7));
            var c2 = await s.RegisterAsync(new CaseRegistration(d.ItemA, d.CentreA, null, ApplicantType.Person, "王二", At(3, 3)));
            await s.AcceptAsync(c2.Id, new DateOnly(2025, 3, 3));
            await s.FinishAsync(c2.Id, new DateOnly(2025, 3, 14), CaseResult.Granted);
            await s.EvaluateAsync(c2.Id, CaseEvaluation.VeryDissatisfied, new DateOnly(2025, 3, 14), "超期");
            await s.RectifyAsync(c2.Id, new DateOnly(2025, 3, 20), "约谈窗口负责人");
            var c3 = await s.RegisterAsync(new CaseRegistration(d.ItemA, d.CentreA, null, ApplicantType.Organisation, "某公司", At(3, 4)));
            await s.RejectAsync(c3.Id, new DateOnly(2025, 3, 4), "不属于本机关职权范围");
            // B: on time in 1 working day, 基本满意.
            var c4 = await s.RegisterAsync(new CaseRegistration(d.ItemB, d.CentreB, null, ApplicantType.Person, "李四", At(4, 1)));
            await s.AcceptAsync(c4.Id, new DateOnly(2025, 4, 1));
            await s.FinishAsync(c4.Id, new DateOnly(2025, 4, 2), CaseResult.Granted);
            await s.EvaluateAsync(c4.Id, CaseEvaluation.FairlySatisfied, new DateOnly(2025, 4, 2));
            return 0;
        });
    }
}

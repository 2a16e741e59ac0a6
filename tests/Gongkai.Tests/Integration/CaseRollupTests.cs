using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

/// <summary>The monthly table behind the statistics never drifts from the cases, whatever writes them and however concurrently.</summary>
public class CaseRollupTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Statistics_from_the_monthly_table_equal_those_counted_from_the_cases_after_steps_imports_and_moves(string provider)
    {
        var (db, s, county, township) = await ServiceCaseTests.NewAsync(provider);
        await using var _db = db;
        var a = await ServiceCaseTests.ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        var b = await ServiceCaseTests.ItemAsync(db, "XK-2", promised: 3, statutory: 10);
        await s.PlaceItemAsync(county.Id, a);
        await s.PlaceItemAsync(county.Id, b);
        await s.PlaceItemAsync(township.Id, b);

        // A fixed seed: the walk is random in shape but the same on every run.
        var random = new Random(20151231);
        int[] items = [a, b];
        int?[] centres = [county.Id, township.Id, null];
        for (var n = 0; n < 120; n++)
        {
            var received = D(2015, 1, 1).AddDays(random.Next(0, 420));
            var item = items[random.Next(items.Length)];
            var centre = centres[random.Next(centres.Length)];
            if (centre == township.Id && item == a)
            {
                centre = county.Id;
            }

            var c = await s.RegisterAsync(new CaseRegistration(item, centre, null, ApplicantType.Person, null, new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), Beijing)));
            var step = random.Next(6);
            if (step == 0)
            {
                continue;
            }

            if (step == 1)
            {
                await s.RejectAsync(c.Id, received, "材料不齐全", "身份证明");
                continue;
            }

            await s.AcceptAsync(c.Id, received);
            if (step == 2)
            {
                continue;
            }

            await s.FinishAsync(c.Id, received.AddDays(random.Next(1, 12)), CaseResult.Granted);
            if (step >= 4)
            {
                var bad = step == 5;
                await s.EvaluateAsync(c.Id, bad ? CaseEvaluation.Dissatisfied : CaseEvaluation.VerySatisfied, c.FinishedOn!.Value, bad ? "等候时间长" : null);
                if (bad && random.Next(2) == 0)
                {
                    await s.RectifyAsync(c.Id, c.FinishedOn!.Value.AddDays(3), "增设窗口");
                }
            }
        }

        // An import adds cases in bulk and then moves one of them to another month, item and centre.
        var file = Path.Combine(TestDatabases.NewDataDirectory(), "办件.csv");
        await File.WriteAllTextAsync(file, "number,item,centre,received_at,acceptance,accepted_on,finished_on,result,evaluation\n"
            + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"P-{i},XK-2,城厢镇便民服务中心,2015-{1 + (i % 12):00}-1{i % 10} 09:00,受理,2015-{1 + (i % 12):00}-1{i % 10},2015-{1 + (i % 12):00}-2{i % 10},准予,满意")) + "\n");
        var first = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file), batchSize: 7);
        Assert.Equal((30L, 0), (first.Added, first.Rejected.Count));
        await File.WriteAllTextAsync(file, "number,item,centre,received_at,acceptance,accepted_on\nP-3,XK-1,县政务服务中心,2015-06-02 09:00,受理,2015-06-02\n");
        var moved = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        Assert.Equal(1L, moved.Updated);

        // A case removed altogether leaves its row too.
        var gone = await db.ServiceCases.OrderBy(c => c.Id).FirstAsync(c => c.ProvincialNumber == null);
        db.ServiceCases.Remove(gone);
        await db.SaveChangesAsync();

        foreach (var (from, to) in new[] { (D(2015, 1, 1), D(2015, 12, 31)), (D(2015, 2, 10), D(2015, 11, 20)), (D(2015, 6, 1), D(2015, 6, 30)), (D(2015, 3, 1), D(2016, 2, 29)), (D(2015, 6, 15), D(2015, 7, 14)) })
        {
            var fromTable = Sorted(await CaseStatistics.FinestAsync(db, from, to));
            var fromCases = Sorted(await CaseStatistics.FromCasesAsync(db, from, to));
            Assert.NotEmpty(fromCases);
            Assert.Equal(fromCases, fromTable);
        }

        // A county is a set of bodies: only their cases are counted, from the table and from the edge days alike.
        var czj = await db.Bodies.Where(x => x.Code == "czj").Select(x => x.Id).SingleAsync();
        var wuxi = await db.Bodies.Where(x => x.Code == "wuxi").Select(x => x.Id).SingleAsync();
        Assert.Empty(await CaseStatistics.FinestAsync(db, D(2015, 2, 10), D(2015, 11, 20), bodies: [wuxi]));
        Assert.Equal(Sorted(await CaseStatistics.FinestAsync(db, D(2015, 2, 10), D(2015, 11, 20))), Sorted(await CaseStatistics.FinestAsync(db, D(2015, 2, 10), D(2015, 11, 20), bodies: [czj, wuxi])));

        var total = (await CaseStatistics.ForPeriodAsync(db, D(2015, 1, 1), D(2016, 12, 31), CaseStatsBy.Tier)).Sum(r => r.Received);
        Assert.Equal(await db.ServiceCases.CountAsync(), total);

        // Counting the months again changes nothing.
        var before = await TableAsync(db);
        Assert.True(await CaseRollup.RebuildAsync(db) >= 12);
        Assert.Equal(before.Where(r => r.Item6 > 0).ToList(), await TableAsync(db));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Windows_working_at_once_on_the_same_item_and_month_lose_no_case(string provider)
    {
        var settings = TestDatabases.New(provider, out _);
        var (db, s, county, _) = await ServiceCaseTests.NewAsync(settings);
        await using var _db = db;
        var item = await ServiceCaseTests.ItemAsync(db, "XK-1", promised: 5, statutory: 20);
        await s.PlaceItemAsync(county.Id, item);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            await using var own = settings.CreateContext(TimeProvider.System, new AuditActor { Name = $"窗口{w}" });
            var desk = new ServiceCases(own);
            for (var n = 0; n < 15; n++)
            {
                var c = await desk.RegisterAsync(new CaseRegistration(item, county.Id, null, ApplicantType.Person, null, new DateTimeOffset(2015, 5, 4 + (n % 20), 9, 0, 0, Beijing)));
                await desk.AcceptAsync(c.Id, c.ReceivedOn);
                if (n % 3 != 0)
                {
                    await desk.FinishAsync(c.Id, c.ReceivedOn.AddDays(1), CaseResult.Granted);
                }
            }
        })));

        var row = Assert.Single(await CaseStatistics.ForPeriodAsync(db, D(2015, 5, 1), D(2015, 5, 31), CaseStatsBy.Item));
        Assert.Equal((90, 90, 60), (row.Received, row.Accepted, row.Finished));
        Assert.Equal(Sorted(await CaseStatistics.FromCasesAsync(db, D(2015, 5, 1), D(2015, 5, 31))), Sorted(await CaseStatistics.FinestAsync(db, D(2015, 5, 1), D(2015, 5, 31))));
    }

    private static List<CaseStatsRow> Sorted(List<CaseStatsRow> rows) =>
        rows.OrderBy(r => r.BodyId).ThenBy(r => r.CentreId).ThenBy(r => r.Tier).ThenBy(r => r.ItemId).ToList();

    private static async Task<List<(DateOnly, int, int, ServiceTier, int, int, int, int, long)>> TableAsync(GongkaiDb db) =>
        (await db.ServiceCaseMonths.AsNoTracking().ToListAsync())
            .Select(m => (m.Month, m.BodyId, m.CentreId, m.Tier, m.ItemId, m.Received, m.Finished, m.Satisfied, m.WorkingDaysSum))
            .Order()
            .ToList();
}

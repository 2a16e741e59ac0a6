using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.ServiceItems;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>
/// 办件 at province size (issue 13): a fresh database with 100 bodies, 2,000 items and 21 centres; first an import of
/// an export file through <see cref="ServiceCaseImporter"/> (the code path of `gongkai services cases import`), then
/// cases written in bulk up to the total over 2020-2025; the statistics of a county-year (whole year, every body) and
/// of a period cut mid-month are checked against a count from the cases, then timed.
/// usage: Gongkai.Bench cases --cases N [--import M] [--postgres CS] [--work DIR] [--out FILE]
/// </summary>
public static class CaseBench
{
    private const int Bodies = 100;
    private const int ItemsPerBody = 20;
    private static readonly DateOnly First = new(2020, 1, 1);
    private const int Days = 2192;

    public static async Task<int> RunAsync(Dictionary<string, string> opts)
    {
        var total = long.Parse(opts.GetValueOrDefault("cases", "2000000"), CultureInfo.InvariantCulture);
        var import = Math.Min(total, long.Parse(opts.GetValueOrDefault("import", "1000000"), CultureInfo.InvariantCulture));
        var work = Path.GetFullPath(opts.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "gongkai-bench")));
        var postgres = opts.GetValueOrDefault("postgres");
        var provider = postgres is null ? "SQLite" : "PostgreSQL";
        var report = new StringBuilder();
        void Line(string s)
        {
            Console.WriteLine(s);
            report.AppendLine(s);
        }

        var dataDir = Path.Combine(work, "cases-" + provider.ToLowerInvariant());
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, true);
        }

        Directory.CreateDirectory(dataDir);
        var settings = postgres is null ? DatabaseSettings.ForDataDirectory(dataDir) : DatabaseSettings.ForPostgres(postgres);
        GongkaiDb Db() => settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench" });
        List<(int Id, int BodyId, int? PromisedDays)> items;
        int countyCentre;
        List<int> townships;
        await using (var db = Db())
        {
            if (postgres is not null)
            {
                await db.Database.EnsureDeletedAsync();
            }

            await Migrator.MigrateAsync(db);
            (items, countyCentre, townships) = await SetUpAsync(db);
        }

        // The export file: what the provincial platform hands over, in its Chinese headers.
        var file = Path.Combine(work, "cases-export.csv");
        var random = new Random(135000);
        var fileSw = Stopwatch.StartNew();
        Dictionary<int, string> codeOf;
        await using (var db = Db())
        {
            codeOf = await db.ServiceItems.ToDictionaryAsync(i => i.Id, i => i.Code);
        }

        await using (var w = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            await w.WriteLineAsync("办件编号,事项编码,服务中心,申请人类型,收件时间,受理结果,受理日期,办结日期,办结结果,评价,差评原因");
            for (long n = 0; n < import; n++)
            {
                // An export runs in the order cases were received.
                var c = NewCase(random, items, countyCentre, townships, First.AddDays((int)(n * Days / import)));
                var finished = c.FinishedOn is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
                var evaluation = c.Evaluation switch { CaseEvaluation.VerySatisfied => "非常满意", CaseEvaluation.Satisfied => "满意", CaseEvaluation.Dissatisfied => "不满意", _ => "" };
                await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"SJ{n:D10},{codeOf[c.ItemId]},{(c.CentreId == countyCentre ? "县政务服务中心" : $"乡镇便民服务中心{townships.IndexOf(c.CentreId!.Value) + 1:D2}")},{(c.ApplicantType == ApplicantType.Person ? "个人" : "法人")},{c.ReceivedOn:yyyy-MM-dd} 09:30,受理,{c.ReceivedOn:yyyy-MM-dd},{finished},{(finished.Length > 0 ? "准予" : "")},{evaluation},{(c.Evaluation == CaseEvaluation.Dissatisfied ? "等候时间长" : "")}"));
            }
        }

        Line($"## 办件 benchmark ({provider}), {TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line("");
        Line($"{Bodies} bodies, {items.Count:N0} items, 1 county and {townships.Count} township centres; cases received 2020-2025. Export file of {import:N0} rows written in {fileSw.Elapsed.TotalSeconds:F0} s ({new FileInfo(file).Length / 1024 / 1024} MB).");
        Line("");
        Line("| measure | figure |");
        Line("|---|---|");
        var before = Process.GetCurrentProcess();
        before.Refresh();
        var sw = Stopwatch.StartNew();
        CaseImportResult imported;
        await using (var db = Db())
        {
            imported = await new ServiceCaseImporter(db).ImportAsync(ServiceCaseImporter.ReadFile(file));
        }

        var importSeconds = sw.Elapsed.TotalSeconds;
        if (imported.Added != import || imported.Rejected.Count != 0)
        {
            Console.Error.WriteLine($"import wrote {imported.Added} of {import} rows, {imported.Rejected.Count} rejected (first: {(imported.Rejected.Count > 0 ? imported.Rejected[0] : null)})");
            return 1;
        }

        before.Refresh();
        Line($"| import of {import:N0} cases (`services cases import` code path, file to committed rows and monthly table) | **{importSeconds:F0} s** ({import / importSeconds:N0} cases/s), peak working set {before.PeakWorkingSet64 / 1024 / 1024} MB |");

        sw.Restart();
        const int batch = 50_000;
        for (var written = import; written < total; written += batch)
        {
            await using var db = Db();
            var rows = new List<ServiceCase>(batch);
            for (var n = 0; n < Math.Min(batch, total - written); n++)
            {
                rows.Add(NewCase(random, items, countyCentre, townships, First.AddDays(random.Next(Days))));
            }

            await using var tx = await db.Database.BeginTransactionAsync();
            var ids = await BulkInsert.ReserveKeysAsync<ServiceCase>(db, rows.Count, CancellationToken.None);
            for (var k = 0; k < rows.Count; k++)
            {
                rows[k].Id = ids[k];
            }

            await BulkInsert.WriteAsync(db, rows, CancellationToken.None);
            await tx.CommitAsync();
        }

        var bulkSeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();
        await using (var db = Db())
        {
            // Written around the monthly table, as a bulk loader would: count it again once.
            await CaseRollup.RebuildAsync(db);
        }

        var rebuildSeconds = sw.Elapsed.TotalSeconds;
        await using (var db = Db())
        {
            await db.Database.ExecuteSqlRawAsync(postgres is null ? "ANALYZE" : "ANALYZE service_cases; ANALYZE service_case_months;");
            var count = await db.ServiceCases.LongCountAsync();
            var months = await db.ServiceCaseMonths.LongCountAsync();
            Line($"| bulk writing up to {total:N0} cases (BulkInsert, 50,000 per transaction), then `services cases recount` | {bulkSeconds:F0} s + {rebuildSeconds:F0} s; {count:N0} cases, {months:N0} monthly rows |");
            if (count != total)
            {
                Console.Error.WriteLine($"expected {total} cases, found {count}");
                return 1;
            }

            // The figures must be right before they are fast: the table's year equals a count from the cases.
            sw.Restart();
            var reference = await CaseStatistics.FromCasesAsync(db, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
            var referenceMs = sw.Elapsed.TotalMilliseconds;
            var table = await CaseStatistics.FinestAsync(db, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
            if (!Same(reference, table) || reference.Sum(r => (long)r.Received) < total / 7)
            {
                Console.Error.WriteLine("the monthly table and the cases disagree for 2023");
                return 1;
            }

            var cut = (From: new DateOnly(2024, 3, 15), To: new DateOnly(2024, 9, 14));
            if (!Same(await CaseStatistics.FromCasesAsync(db, cut.From, cut.To), await CaseStatistics.FinestAsync(db, cut.From, cut.To)))
            {
                Console.Error.WriteLine("the monthly table and the cases disagree for the cut period");
                return 1;
            }

            Line($"| checked: 2023 by body × centre × tier × item and 2024-03-15..09-14 equal the count from the cases ({reference.Sum(r => r.Received):N0} cases in 2023; that count alone took {referenceMs:F0} ms) | ok |");
        }

        foreach (var (label, period) in new (string, Func<int, (DateOnly, DateOnly)>)[]
        {
            ("county-year, every body (whole months from the table)", y => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))),
            ("half-year cut mid-month (edge days from the cases)", y => (new DateOnly(y, 3, 15), new DateOnly(y, 9, 14))),
        })
        {
            var times = new List<double>();
            for (var run = 0; run < 62; run++)
            {
                var (from, to) = period(2020 + (run % 6));
                await using var db = Db();
                var t = Stopwatch.StartNew();
                var rows = CaseStatistics.Split(await CaseStatistics.FinestAsync(db, from, to), CaseStatsBy.Body);
                times.Add(t.Elapsed.TotalMilliseconds);
                if (rows.Count == 0)
                {
                    Console.Error.WriteLine($"no statistics for {from}..{to}");
                    return 1;
                }
            }

            var sorted = times.Skip(2).Order().ToList();
            double P(int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
            Line($"| {label}: statistics by body, {sorted.Count} runs over 2020-2025 | p50 {P(50):F1} ms · **p95 {P(95):F1} ms** · max {sorted[^1]:F1} ms |");
        }

        if (opts.TryGetValue("out", out var outFile))
        {
            await File.AppendAllTextAsync(outFile, "\n" + report);
        }

        File.Delete(file);
        return 0;
    }

    private static bool Same(List<CaseStatsRow> a, List<CaseStatsRow> b)
    {
        static List<CaseStatsRow> Sort(List<CaseStatsRow> rows) => rows.OrderBy(r => r.BodyId).ThenBy(r => r.CentreId).ThenBy(r => r.Tier).ThenBy(r => r.ItemId).ToList();
        return Sort(a).SequenceEqual(Sort(b));
    }

    private static async Task<(List<(int, int, int?)> Items, int County, List<int> Townships)> SetUpAsync(GongkaiDb db)
    {
        var root = new Body { Code = "county", Name = "基准县人民政府", ShortName = "县政府", Kind = BodyKind.Government, Level = BodyLevel.County };
        db.Bodies.Add(root);
        await db.SaveChangesAsync();
        for (var b = 1; b < Bodies; b++)
        {
            db.Bodies.Add(new Body { Code = $"b{b:D3}", Name = $"基准县第{b}局", ShortName = $"第{b}局", Kind = BodyKind.Department, Level = BodyLevel.County, ParentId = root.Id });
        }

        await db.SaveChangesAsync();
        var bodies = await db.Bodies.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        var types = Enum.GetValues<ServiceItemType>();
        foreach (var body in bodies)
        {
            for (var i = 0; i < ItemsPerBody; i++)
            {
                db.ServiceItems.Add(new ServiceItem
                {
                    Code = $"B{body:D3}-{i:D2}",
                    Name = $"基准事项{body}-{i}",
                    Type = types[i % types.Length],
                    BodyId = body,
                    Tier = ServiceTier.County,
                    PromisedDays = 3 + (i % 10),
                    StatutoryDays = 20,
                    OnSite = true,
                    State = ItemState.Published,
                });
            }
        }

        await db.SaveChangesAsync();
        var cases = new ServiceCases(db);
        var county = await cases.AddCentreAsync(new ServiceCentre { Name = "县政务服务中心", Tier = ServiceTier.County, BodyId = root.Id });
        var townships = new List<int>();
        for (var t = 1; t <= 20; t++)
        {
            townships.Add((await cases.AddCentreAsync(new ServiceCentre { Name = $"乡镇便民服务中心{t:D2}", Tier = ServiceTier.Township, BodyId = root.Id })).Id);
        }

        var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.BodyId, i.PromisedDays }).ToListAsync();
        db.CentreItems.AddRange(items.Select(i => new CentreItem { CentreId = county.Id, ItemId = i.Id }));
        // Every township centre handles the first 40 items (the public services that are handed down).
        db.CentreItems.AddRange(townships.SelectMany(t => items.Take(40).Select(i => new CentreItem { CentreId = t, ItemId = i.Id })));
        await db.SaveChangesAsync();
        return (items.Select(i => (i.Id, i.BodyId, i.PromisedDays)).ToList(), county.Id, townships);
    }

    /// <summary>A finished case of an item on site: most at the county centre, one in five at a township for the first 40 items.</summary>
    private static ServiceCase NewCase(Random random, List<(int Id, int BodyId, int? PromisedDays)> items, int county, List<int> townships, DateOnly received)
    {
        var township = random.Next(5) == 0;
        var item = items[township ? random.Next(40) : random.Next(items.Count)];
        var days = 1 + random.Next(item.PromisedDays ?? 5);
        var bad = random.Next(60) == 0;
        var evaluated = random.Next(3) != 0;
        return new ServiceCase
        {
            ItemId = item.Id,
            CentreId = township ? townships[random.Next(townships.Count)] : county,
            BodyId = item.BodyId,
            Tier = township ? ServiceTier.Township : ServiceTier.County,
            ApplicantType = random.Next(4) == 0 ? ApplicantType.Organisation : ApplicantType.Person,
            ReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero),
            ReceivedOn = received,
            Acceptance = CaseAcceptance.Accepted,
            AcceptanceOn = received,
            PromisedDue = received.AddDays((item.PromisedDays ?? 5) + 2),
            StatutoryDue = received.AddDays(28),
            FinishedOn = received.AddDays(days),
            Result = CaseResult.Granted,
            OnTime = true,
            WorkingDays = days,
            Evaluation = evaluated ? bad ? CaseEvaluation.Dissatisfied : random.Next(3) == 0 ? CaseEvaluation.Satisfied : CaseEvaluation.VerySatisfied : null,
            EvaluatedOn = evaluated ? received.AddDays(days) : null,
            EvaluationReason = evaluated && bad ? "等候时间长" : null,
        };
    }
}

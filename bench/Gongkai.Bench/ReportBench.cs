using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.Applications;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench;

/// <summary>
/// Annual-report speed on a database that already holds the catalog benchmark's items: adds N applications
/// spread over 50 bodies and the years 2021-2025 (with carried-over and still-open ones, every outcome and
/// applicant type), then times the county's report and each body's report for one year.
/// usage: Gongkai.Bench reports --postgres CS [--applications 100000] [--out FILE]
/// </summary>
public static class ReportBench
{
    public static async Task<int> RunAsync(Dictionary<string, string> opts)
    {
        var postgres = opts.GetValueOrDefault("postgres") ?? throw new ArgumentException("--postgres is required");
        var count = int.Parse(opts.GetValueOrDefault("applications", "100000"), CultureInfo.InvariantCulture);
        var settings = DatabaseSettings.ForPostgres(postgres);
        var report = new StringBuilder();
        void Line(string s)
        {
            Console.WriteLine(s);
            report.AppendLine(s);
        }

        List<(int Id, string Code)> bodies;
        long items;
        await using (var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench" }))
        {
            bodies = (await db.Bodies.AsNoTracking().Where(b => b.Level != Bodies.BodyLevel.Village).OrderBy(b => b.Id).Select(b => new { b.Id, b.Code }).ToListAsync())
                .Take(50).Select(b => (b.Id, b.Code)).ToList();
            items = await db.CatalogItems.LongCountAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM application_steps; DELETE FROM application_pauses; DELETE FROM applications;");
        }

        var sw = Stopwatch.StartNew();
        await InsertAsync(settings, bodies, count);
        await using (var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench" }))
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE applications; ANALYZE catalog_items;");
        }

        Line($"## Annual report benchmark, {TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line("");
        Line($"PostgreSQL 15, {items:N0} catalog items, {count:N0} applications over {bodies.Count} bodies and 2021-2025 (inserted in {sw.Elapsed.TotalSeconds:F0} s). Each figure is the time of `ReportCalculator.ComputeAsync` plus the consistency rules, on a warm connection pool.");
        Line("");
        Line("| report | runs | p50 ms | p95 ms | max ms |");
        Line("|---|---:|---:|---:|---:|");
        foreach (var year in new[] { 2025, 2018 })
        {
            var county = await TimeAsync(settings, Enumerable.Repeat<string?>(null, 7).ToList(), year);
            Line($"| county, {year} ({ReportData.LayoutLabel(ReportData.LayoutFor(year))}) | {county.Count - 2} | {P(county, 50):F0} | {P(county, 95):F0} | {county.Skip(2).Max():F0} |");
            var each = await TimeAsync(settings, [.. bodies.Select(b => (string?)b.Code), .. bodies.Select(b => (string?)b.Code)], year);
            Line($"| one body, {year} | {each.Count - 2} | {P(each, 50):F1} | {P(each, 95):F1} | {each.Skip(2).Max():F1} |");
        }

        if (opts.TryGetValue("out", out var outFile))
        {
            await File.AppendAllTextAsync(outFile, "\n" + report);
        }

        return 0;
    }

    /// <summary>Milliseconds per report; the first two runs warm the pool and the plans and are left out of the percentiles.</summary>
    private static async Task<List<double>> TimeAsync(DatabaseSettings settings, List<string?> bodies, int year)
    {
        var times = new List<double>();
        foreach (var body in bodies)
        {
            await using var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench" });
            var sw = Stopwatch.StartNew();
            var data = await new ReportCalculator(db).ComputeAsync(body, year);
            ReportRules.Check(data);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double P(List<double> times, int percentile)
    {
        var sorted = times.Skip(2).Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task InsertAsync(DatabaseSettings settings, List<(int Id, string Code)> bodies, int count)
    {
        var random = new Random(2026);
        var rows = Outcomes.All.Select(o => o.DefaultRow).ToArray();
        var codes = Outcomes.All.Select(o => o.Code).ToArray();
        const int batch = 5000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = settings.CreateContext(TimeProvider.System, new AuditActor { Name = "bench" });
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.SummarizeAudit = true;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var received = new DateOnly(2021, 1, 1).AddDays(random.Next(5 * 365));
                var open = random.Next(40) == 0;
                var decided = open ? (DateOnly?)null : received.AddDays(random.Next(1, 45));
                var o = random.Next(codes.Length);
                db.Applications.Add(new Application
                {
                    TrackingNumber = $"B{i:D11}",
                    SecretHash = "",
                    BodyId = bodies[random.Next(bodies.Count)].Id,
                    ApplicantType = (ApplicantType)random.Next(6),
                    ApplicantName = "申请人",
                    IdDocument = IdDocument.Other,
                    Description = "基准测试申请",
                    Delivery = Delivery.Email,
                    Channel = (Channel)random.Next(6),
                    ArrivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero),
                    ReceivedOn = received,
                    ClockStartOn = received,
                    Rules = RulesVersion.Rules2019,
                    State = open ? ApplicationState.InProgress : ApplicationState.Closed,
                    Outcome = open ? null : codes[o],
                    ReportRow = open ? null : rows[o],
                    DecidedOn = decided,
                    DueOn = received.AddDays(28),
                    CreatedAt = TimeProvider.System.GetUtcNow(),
                });
            }

            await db.SaveChangesAsync();
        }
    }
}

using Gongkai.Bodies;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Integration;

public class DemoCountyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_county_holds_the_seed_reports_2015_proactive_items(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await host.WithDbAsync((db, _) => DemoCounty.LoadCatalogAsync(db));
        Assert.True(started.Elapsed < TimeSpan.FromMinutes(1), $"demo catalog took {started.Elapsed}");
        Assert.True(result.Imported == 23123, $"imported {result.Imported}, skipped {result.Skipped}: " + string.Join("; ", result.Rejected.Take(3).Select(r => r.Reason + " " + r.Title)));

        var (county, township) = await host.WithDbAsync(async (db, _) => (
            await db.CatalogVersions.CountAsync(v => v.Year == 2015 && v.State == VersionState.Current && db.Bodies.Any(b => b.Id == v.BodyId && b.Level == BodyLevel.County)),
            await db.CatalogVersions.CountAsync(v => v.Year == 2015 && v.State == VersionState.Current && db.Bodies.Any(b => b.Id == v.BodyId && b.Level == BodyLevel.Township))));
        Assert.Equal(17403, county);
        Assert.Equal(5720, township);
        foreach (var c in DemoCatalog.SeedCounts)
        {
            var n = await host.WithDbAsync((db, _) => db.CatalogVersions.CountAsync(v =>
                v.Year == 2015 && (v.KeyArea == c.KeyArea || v.KeyAreaTop == c.KeyArea) && v.Title.Contains(c.TitleMarker)));
            Assert.True(n == c.Count, $"{c.Label}: {n} ≠ {c.Count}");
        }

        // Every demo item was archived, and the archive is whole.
        Assert.Equal(23123, await host.WithDbAsync((db, _) => db.ArchiveEntries.CountAsync()));
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));

        // Loading twice changes nothing.
        var again = await host.WithDbAsync((db, _) => DemoCounty.LoadCatalogAsync(db));
        Assert.Equal(0, again.Imported);
    }
}

using System.Text.RegularExpressions;
using Gongkai.Catalog;
using Gongkai.Demo;

namespace Gongkai.Tests.Unit;

public partial class DemoCatalogTests
{
    private static readonly List<DemoItem> Items = [.. DemoCatalog.Items2015()];

    [Fact]
    public void The_2015_totals_match_section_two_of_the_report()
    {
        Assert.Equal(23123, DemoCatalog.Total);
        Assert.Equal(DemoCatalog.Total, Items.Count);
        Assert.Equal(DemoCatalog.Total, DemoCatalog.CountyLevel + DemoCatalog.TownshipLevel);

        var townships = DemoCatalog.TownshipBodyCodes.ToHashSet(StringComparer.Ordinal);
        var county = DemoCatalog.CountyBodyCodes.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(32, townships.Count);
        Assert.Contains("wuxi", county);
        Assert.Empty(county.Intersect(townships));
        Assert.Equal(17403, Items.Count(i => county.Contains(i.BodyCode)));
        Assert.Equal(5720, Items.Count(i => townships.Contains(i.BodyCode)));
    }

    [Fact]
    public void Every_figure_of_the_report_is_recounted_by_key_area_and_title()
    {
        Assert.Equal(36, DemoCatalog.SeedCounts.Count);
        foreach (var (label, keyArea, marker, count) in DemoCatalog.SeedCounts)
        {
            Assert.True(Taxonomy.IsKeyArea(keyArea), keyArea);
            var found = Items.Count(i => (i.KeyArea == keyArea || (i.KeyArea ?? "").StartsWith(keyArea + "-", StringComparison.Ordinal))
                && i.Title.Contains(marker, StringComparison.Ordinal));
            // The label rides along so a failure names the figure.
            Assert.Equal((label, count), (label, found));
            Assert.Equal(count, Items.Count(i => DemoCatalog.Matches(i, keyArea, marker)));
        }

        // Where several figures share a sub-area, their markers must split it with nothing over or left out.
        foreach (var group in DemoCatalog.SeedCounts.GroupBy(c => c.KeyArea).Where(g => g.Count() > 1))
        {
            var inArea = Items.Where(i => i.KeyArea == group.Key).ToList();
            Assert.Equal(group.Sum(c => c.Count), inArea.Count);
            Assert.All(inArea, i => Assert.Single(group, c => i.Title.Contains(c.TitleMarker, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Air_quality_is_reported_every_day_of_the_year_by_the_environment_bureau()
    {
        var air = Items.Where(i => i.KeyArea == "hjbh-kq").ToList();
        Assert.Equal(365, air.Select(i => i.WrittenOn).Distinct().Count());
        Assert.All(air, i =>
        {
            Assert.Equal("hbj", i.BodyCode);
            Assert.Equal(i.WrittenOn, i.PublishedOn);
        });
    }

    [Fact]
    public void Items_are_dated_in_2015_and_mostly_published_within_fifteen_days()
    {
        Assert.All(Items, i =>
        {
            Assert.Equal(2015, i.WrittenOn.Year);
            Assert.Equal(2015, i.PublishedOn.Year);
            Assert.InRange(i.PublishedOn, i.WrittenOn, i.WrittenOn.AddDays(45));
        });
        var late = Items.Count(i => i.PublishedOn.DayNumber - i.WrittenOn.DayNumber > 15);
        Assert.InRange(late, 0, Items.Count / 100);
        Assert.All(Enumerable.Range(1, 12), m => Assert.InRange(Items.Count(i => i.PublishedOn.Month == m), 500, Items.Count));
    }

    [Fact]
    public void Codes_come_from_the_taxonomy()
    {
        Assert.All(Items, i =>
        {
            Assert.True(Taxonomy.IsTopic(i.Topic), i.Topic);
            Assert.True(Taxonomy.IsStatutoryCategory(i.StatutoryCategory), i.StatutoryCategory);
            Assert.True(i.KeyArea is null || Taxonomy.IsKeyArea(i.KeyArea), i.KeyArea);
        });
        var townships = DemoCatalog.TownshipBodyCodes.ToHashSet(StringComparer.Ordinal);
        Assert.InRange(Items.Count(i => townships.Contains(i.BodyCode) && i.StatutoryCategory == "a21-02"), DemoCatalog.TownshipLevel / 2, DemoCatalog.TownshipLevel);
        Assert.Contains(Items, i => i.KeyArea is "xzsp-ml");
        Assert.Contains(Items, i => i.KeyArea is "xzsp-jg");
    }

    [Fact]
    public void Text_reads_as_finished_government_copy()
    {
        Assert.All(Items, i =>
        {
            Assert.StartsWith("<p>", i.BodyHtml, StringComparison.Ordinal);
            Assert.EndsWith("</p>", i.BodyHtml, StringComparison.Ordinal);
            Assert.InRange(i.BodyHtml.Split("<p>").Length - 1, 1, 3);
            Assert.InRange(i.BodyHtml.Length, 150, 800);
            Assert.DoesNotContain("{", i.Title + i.Summary + i.BodyHtml + i.Keywords, StringComparison.Ordinal);
            Assert.DoesNotContain("测试", i.Title + i.BodyHtml, StringComparison.Ordinal);
            Assert.InRange(i.Keywords!.Split(' ').Length, 2, 4);
            Assert.InRange(i.Title.Length, 8, 300);
        });
    }

    [Fact]
    public void Titles_are_nearly_all_distinct()
    {
        var distinct = Items.Select(i => i.Title).Distinct(StringComparer.Ordinal).Count();
        Assert.InRange(distinct, Items.Count * 95 / 100, Items.Count);
    }

    [Fact]
    public void Document_numbers_are_well_formed_and_run_in_date_order_per_issuer()
    {
        var numbered = Items.Where(i => i.DocumentNumber is not null).ToList();
        Assert.InRange(numbered.Count, 500, Items.Count);
        Assert.Equal(numbered.Count, numbered.Select(i => i.DocumentNumber).Distinct().Count());
        Assert.Contains(numbered, i => i.DocumentNumber!.StartsWith("巫溪府办发〔2015〕", StringComparison.Ordinal));
        Assert.Contains(numbered, i => i.DocumentNumber!.StartsWith("巫溪财发〔2015〕", StringComparison.Ordinal));
        Assert.Contains(numbered, i => i.DocumentNumber!.StartsWith("巫溪教委发〔2015〕", StringComparison.Ordinal));
        Assert.All(numbered, i => Assert.Matches(DocumentNumber(), i.DocumentNumber!));
        foreach (var issuer in numbered.GroupBy(i => DocumentNumber().Match(i.DocumentNumber!).Groups[1].Value))
        {
            var inOrder = issuer.OrderBy(i => i.WrittenOn).ThenBy(Serial).Select(Serial).ToList();
            Assert.Equal(inOrder.Order(), inOrder);
            Assert.Equal(inOrder.Count, inOrder.Distinct().Count());
        }

        static int Serial(DemoItem i) => int.Parse(DocumentNumber().Match(i.DocumentNumber!).Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Two_calls_give_the_same_items()
    {
        Assert.Equal(Items, DemoCatalog.Items2015());
    }

    [GeneratedRegex("^(\\S+)〔2015〕([1-9][0-9]*)号$")]
    private static partial Regex DocumentNumber();
}

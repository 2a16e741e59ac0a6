using System.Runtime.CompilerServices;
using System.Text.Json;
using Gongkai.Demo;

namespace Gongkai.Tests.Unit;

/// <summary>
/// Demo/Data is edited by people who do not read C#: these tests are what stands between a slip in a file and a demo
/// that silently changes or fails to load.
/// </summary>
public class DemoDataFileTests
{
    private static readonly JsonDocumentOptions Strict = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false };

    [Fact]
    public void Every_file_is_embedded_and_nothing_else_is()
    {
        var embedded = typeof(DemoData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Gongkai.Demo.", StringComparison.Ordinal))
            .Select(n => n["Gongkai.Demo.".Length..]);
        Assert.Equal(DemoData.Files.Order(StringComparer.Ordinal), embedded.Order(StringComparer.Ordinal));
        Assert.All(DemoData.Files, f => Assert.NotEmpty(DemoData.Text(f)));
    }

    [Fact]
    public void Every_table_in_the_files_is_used_by_the_generators()
    {
        _ = DemoCatalog.Items2015().Count();
        RuntimeHelpers.RunClassConstructor(typeof(DemoServices).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(DemoCounty).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(DemoSupervision).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(DemoReports).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(DemoServices).GetNestedType("Texts", System.Reflection.BindingFlags.NonPublic)!.TypeHandle);

        var sections = DemoData.Sections().ToList();
        Assert.Equal(sections.Count, sections.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(sections.Except(DemoData.AskedFor, StringComparer.Ordinal));
    }

    [Fact]
    public void Json_files_parse_strictly_and_hold_no_empty_text_or_list()
    {
        foreach (var file in DemoData.Files.Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(DemoData.Text(file), Strict);
            Walk(document.RootElement, file);
        }

        static void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    Assert.True(e.EnumerateObject().Any(), path + " is empty");
                    foreach (var p in e.EnumerateObject())
                    {
                        Assert.False(string.IsNullOrWhiteSpace(p.Name), path + " has a blank key");
                        Walk(p.Value, path + "/" + p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    // Only lists of bodies may be empty: a task without partners, a meeting nobody missed.
                    Assert.True(e.GetArrayLength() > 0 || path.EndsWith("/Partners", StringComparison.Ordinal) || path.EndsWith("/Absent", StringComparison.Ordinal), path + " is empty");
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, $"{path}[{i++}]");
                    }

                    break;
                case JsonValueKind.String:
                    var s = e.GetString()!;
                    Assert.False(string.IsNullOrWhiteSpace(s), path + " is blank");
                    Assert.Equal(s.Trim(), s);
                    break;
                case JsonValueKind.Null:
                    Assert.Fail(path + " is null");
                    break;
            }
        }
    }

    [Fact]
    public void Word_lists_are_non_empty_and_repeat_no_entry()
    {
        var lists = DemoData.ParseWords(DemoData.Text(DemoData.Words));
        Assert.NotEmpty(lists);
        Assert.All(lists, l =>
        {
            Assert.NotEmpty(l.Value);
            // A repeated entry would quietly double its odds of being picked.
            Assert.Equal((l.Key, l.Value.Length), (l.Key, l.Value.Distinct(StringComparer.Ordinal).Count()));
        });
    }

    [Fact]
    public void Keys_that_name_bodies_and_items_are_unique_and_known()
    {
        using var units = JsonDocument.Parse(DemoData.Text(DemoData.Units), Strict);
        var county = units.RootElement.GetProperty("County").EnumerateArray().Select(u => u.GetProperty("Code").GetString()!).ToList();
        var townships = units.RootElement.GetProperty("TownshipNames").EnumerateArray().Select(u => u.GetProperty("Code").GetString()!).ToList();
        var all = county.Concat(townships).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(county.Order(StringComparer.Ordinal), units.RootElement.GetProperty("CountyWeights").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        using var kinds = JsonDocument.Parse(DemoData.Text(DemoData.Kinds), Strict);
        Assert.All(kinds.RootElement.GetProperty("DepartmentExtras").EnumerateObject(), p => Assert.Contains(p.Name, county));

        using var tables = JsonDocument.Parse(DemoData.Text(DemoData.Tables), Strict);
        Assert.All(tables.RootElement.GetProperty("MajorList").EnumerateArray(), m => Assert.Contains(m.GetProperty("Dept").GetString(), county));
        Assert.All(tables.RootElement.GetProperty("PermitSeries").EnumerateArray(), m => Assert.Contains(m.GetProperty("Code").GetString(), county));

        using var services = JsonDocument.Parse(DemoData.Text(DemoData.Services), Strict);
        var catalog = services.RootElement.GetProperty("CountyCatalog").EnumerateArray().ToList();
        var bodies = catalog.Select(c => c.GetProperty("Body").GetString()!).ToList();
        Assert.Equal(bodies.Count, bodies.Distinct(StringComparer.Ordinal).Count());
        Assert.All(bodies, b => Assert.Contains(b, county));
        var names = catalog.SelectMany(c => c.GetProperty("Names").EnumerateArray().Select(n => n.GetString()!.TrimEnd('*'))).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var table in new[] { "TownshipCatalog", "VillageCatalog" })
        {
            var items = services.RootElement.GetProperty(table).EnumerateArray().ToList();
            Assert.All(items, i => Assert.Contains(i.GetProperty("Body").GetString(), county));
            var itemNames = items.Select(i => i.GetProperty("Name").GetString()!).ToList();
            Assert.Equal(itemNames.Count, itemNames.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_template_paragraph_and_sentence_is_used_and_parses()
    {
        _ = DemoCatalog.Items2015().Count();
        var entries = DemoData.TemplateEntries().ToList();
        Assert.NotEmpty(entries);
        Assert.Empty(entries.Except(DemoData.AskedFor, StringComparer.Ordinal));

        using var kinds = JsonDocument.Parse(DemoData.Text(DemoData.Kinds), Strict);
        var annual = kinds.RootElement.GetProperty("Annual").EnumerateObject().Select(p => DemoData.Kinds + "/Annual/" + p.Name).ToList();
        Assert.Empty(annual.Except(DemoData.AskedFor, StringComparer.Ordinal));

        RuntimeHelpers.RunClassConstructor(typeof(DemoServices).GetNestedType("Texts", System.Reflection.BindingFlags.NonPublic)!.TypeHandle);
        using var services = JsonDocument.Parse(DemoData.Text(DemoData.Services), Strict);
        var sentences = services.RootElement.GetProperty("Texts").EnumerateObject().Select(p => DemoData.Services + "/Texts/" + p.Name).ToList();
        Assert.Empty(sentences.Except(DemoData.AskedFor, StringComparer.Ordinal));

        foreach (var file in DemoData.TemplateFiles)
        {
            using var document = JsonDocument.Parse(DemoData.Text(file), Strict);
            foreach (var section in document.RootElement.EnumerateObject())
            {
                Assert.Equal(JsonValueKind.Object, section.Value.ValueKind);
                foreach (var entry in section.Value.EnumerateObject())
                {
                    Assert.NotEmpty(DemoData.ParseTemplate(entry.Value.GetString()!, $"{file} {section.Name}/{entry.Name}"));
                }
            }
        }
    }

    [Fact]
    public void A_template_is_filled_with_named_values_and_formats()
    {
        var text = DemoData.FillText("{town}收入{total:0.00}万元，{n}户，{{不是占位符}}", DemoData.KeyAreas, "Budgets/Text2", ("town", "宁河街道"), ("total", 12.345), ("n", 7));
        Assert.Equal("宁河街道收入12.35万元，7户，{不是占位符}", text);
    }

    [Theory]
    [InlineData("收入{total}万元，{extra}", "has the placeholder {extra}")]
    [InlineData("收入万元", "lacks the placeholder {total}")]
    [InlineData("收入{total:0.00}万元，{town:0.0}", "gives the format 0.0 to {town}")]
    [InlineData("收入{total万元", "malformed placeholder")]
    [InlineData("收入{}万元", "malformed placeholder")]
    [InlineData("收入}万元", "lone }")]
    public void A_broken_template_is_refused_naming_file_and_entry(string template, string message)
    {
        var values = template.Contains("town", StringComparison.Ordinal) ? new[] { ("total", (object)1.0), ("town", "宁河街道") } : [("total", (object)1.0)];
        var e = Assert.Throws<InvalidDataException>(() => DemoData.FillText(template, DemoData.KeyAreas, "Budgets/Text2", values));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("keyareas.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("Budgets/Text2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_entry_or_section_is_refused_naming_the_file()
    {
        var entry = Assert.Throws<InvalidDataException>(() => DemoData.Fill(DemoData.Series, "Statistics", "NoSuchText"));
        Assert.Contains("series.json", entry.Message, StringComparison.Ordinal);
        Assert.Contains("Statistics/NoSuchText", entry.Message, StringComparison.Ordinal);

        var section = Assert.Throws<InvalidDataException>(() => DemoData.Fill(DemoData.KeyAreas, "NoSuchSection", "Text1"));
        Assert.Contains("keyareas.json", section.Message, StringComparison.Ordinal);
        Assert.Contains("NoSuchSection", section.Message, StringComparison.Ordinal);

        var annual = Assert.Throws<InvalidDataException>(() => DemoData.Entry(DemoData.Kinds, "Annual", "NoSuchParagraph"));
        Assert.Contains("kinds.json", annual.Message, StringComparison.Ordinal);
        Assert.Contains("Annual/NoSuchParagraph", annual.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[A]\nx\n[A]\ny", "appears twice")]
    [InlineData("x\n[A]\ny", "before the first")]
    public void A_malformed_word_file_is_refused_with_the_line(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => DemoData.ParseWords(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_blank_lines_in_the_word_file_are_for_people()
    {
        var lists = DemoData.ParseWords("# 说明\n\n[A]\n  甲  \n# 注释\n乙\r\n[B]\n丙");
        Assert.Equal(["甲", "乙"], lists["A"]);
        Assert.Equal(["丙"], lists["B"]);
    }
}

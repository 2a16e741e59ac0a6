using System.Text.Json.Nodes;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// Issue 12, findings 9 and 10: every meaningful column hashed, the chain anchored by daily heads outside
/// the database, and exported packages checked link by link. Each test rewrites the archive, so each has
/// its own county.
/// </summary>
public class ArchiveTests
{
    private static async Task<long> PublishAsync(TestHost host, string body, string title)
    {
        return await host.WithDbAsync(async (db, sp) =>
        {
            var catalog = sp.GetRequiredService<CatalogService>();
            var bodyId = await db.Bodies.Where(b => b.Code == body).Select(b => b.Id).SingleAsync();
            var item = await catalog.CreateAsync(bodyId, new ItemInput(title, "档案测试。", null, new DateOnly(2026, 11, 20), null, "03", "a20-07", "czys-bm", null, Validity.Valid, null, DisclosureMode.Proactive, "面向全社会", "<p>正文。</p>"), null);
            foreach (var action in new[] { ReviewAction.Submit, ReviewAction.ClearConfidentiality, ReviewAction.Approve })
            {
                if (Workflow.Find(item.State, action) is not null)
                {
                    var review = action == ReviewAction.ClearConfidentiality ? await catalog.NothingToDeclareAsync("测试") : null;
                    await catalog.ApplyAsync(item, action, null, item.Revision, review);
                }
            }

            return await db.ArchiveEntries.Where(e => e.ItemId == item.Id).Select(e => e.Id).SingleAsync();
        });
    }

    private static string[] Location(TestHost host) => host.Provider == "sqlite"
        ? ["--data", host.DataDirectory, "--key-file", host.KeyFile]
        : ["--postgres", host.Database.ConnectionString, "--key-file", host.KeyFile];

    /// <summary>The append-only triggers stop an ordinary client; the owner of the database can drop them, and so do these tests.</summary>
    private static Task<int> DropGuardsAsync(TestHost host) => host.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync(host.Provider == "sqlite"
        ? "DROP TRIGGER archive_entries_no_update; DROP TRIGGER archive_entries_no_delete; DROP TRIGGER archive_heads_forward_only; DROP TRIGGER archive_heads_no_delete;"
        : "DROP TRIGGER archive_entries_no_change ON archive_entries; DROP TRIGGER archive_heads_forward_only ON archive_heads;"));

    /// <summary>What someone with write access to the database does: change one entry, then re-chain everything after it, heads included.</summary>
    private static Task<int> RewriteAsync(TestHost host, long entryId, string title) => host.WithDbAsync(async (db, _) =>
    {
        await DropGuardsAsync(host);
        var entry = await db.ArchiveEntries.SingleAsync(e => e.Id == entryId);
        await db.CatalogVersions.Where(v => v.Id == entry.VersionId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, title));
        var prev = entry.PrevHash;
        foreach (var e in await db.ArchiveEntries.Where(e => e.Id >= entryId).OrderBy(e => e.Id).ToListAsync())
        {
            var v = await db.CatalogVersions.AsNoTracking().SingleAsync(x => x.Id == e.VersionId);
            e.Manifest = Archive.ManifestOf(v, e.Format);
            e.PrevHash = prev;
            e.Hash = Archive.ChainHash(prev, e.Manifest, e.Format);
            prev = e.Hash;
            await db.SaveChangesAsync();
        }

        foreach (var h in await db.ArchiveHeads.ToListAsync())
        {
            h.Hash = await db.ArchiveEntries.Where(e => e.Id == h.LastEntryId).Select(e => e.Hash).SingleAsync();
        }

        await db.SaveChangesAsync();
        return 0;
    });

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_rewritten_and_rechained_archive_fails_against_saved_heads_naming_the_day(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await PublishAsync(host, "czj", "第一天的第一条");
        var rewritten = await PublishAsync(host, "czj", "第一天的第二条");
        host.Time.Advance(TimeSpan.FromDays(1));
        await PublishAsync(host, "czj", "第二天的一条");
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.WithDbAsync(async (db, _) => { await ArchiveHeads.RecordTodayAsync(db, default); return 0; });

        // Someone mirrors the feed; the portal's page leads the CLI to the same feed.
        var feed = await host.NewClient().GetStringAsync("/archive/heads.json");
        var saved = Path.Combine(TestDatabases.NewDataDirectory(), "heads.json");
        await File.WriteAllTextAsync(saved, feed);
        var heads = ArchiveHeads.Parse(feed, out var error);
        Assert.Null(error);
        Assert.Equal(["2026-12-02", "2026-12-01", "2026-11-30"], heads.Select(h => h.Date.ToString("yyyy-MM-dd")));
        Assert.Equal([3L, 3L, 2L], heads.Select(h => h.Count));
        var ok = await GongkaiProcess.RunAsync(["archive", "verify", "--heads", new Uri(host.Address, "/archive/heads").ToString(), .. Location(host)]);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("并与保存的 3 个链头一致", ok.Out, StringComparison.Ordinal);

        await RewriteAsync(host, rewritten, "被改写的标题");

        // The database alone agrees with itself: that is why heads must live elsewhere.
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));
        var problems = await host.WithDbAsync((db, _) => ArchiveHeads.CheckAsync(db, heads, "保存的", default));
        var first = Assert.Single(problems, p => p.EntryId is not null);
        Assert.Contains("保存的 2026-11-30 的链头与数据库不符", first.What, StringComparison.Ordinal);
        Assert.Contains("重新链接", first.What, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.What.Contains("另有 2 个", StringComparison.Ordinal));

        var bad = await GongkaiProcess.RunAsync(["archive", "verify", "--heads", saved, .. Location(host)]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("2026-11-30 的链头与数据库不符", bad.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Out + bad.Error, StringComparison.Ordinal);

        // A file that is not a list of heads is one line, not a stack trace.
        await File.WriteAllTextAsync(saved, "<html>");
        var malformed = await GongkaiProcess.RunAsync(["archive", "verify", "--heads", saved, .. Location(host)]);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Single(malformed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("不是链头清单", malformed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Rewriting_without_touching_the_heads_table_is_found_by_plain_verify(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var id = await PublishAsync(host, "czj", "被删除的最后一条之前");
        await PublishAsync(host, "czj", "最后一条");
        var last = await host.WithDbAsync((db, _) => db.ArchiveEntries.MaxAsync(e => e.Id));
        await DropGuardsAsync(host);
        await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == last).ExecuteDeleteAsync());
        await host.WithDbAsync((db, _) => db.CatalogVersions.Where(v => !db.ArchiveEntries.Any(e => e.VersionId == v.Id)).ExecuteDeleteAsync());
        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        Assert.Contains(problems, p => p.What.Contains("数据库中记录的 2026-11-30 的链头与数据库不符", StringComparison.Ordinal) && p.What.Contains("已不存在", StringComparison.Ordinal));
        Assert.True(id < last);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_database_refuses_to_move_a_head_back_or_delete_it(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        await PublishAsync(host, "czj", "链头只能前进");
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => host.WithDbAsync((db, _) => db.ArchiveHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, Archive.Genesis))));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => host.WithDbAsync((db, _) => db.ArchiveHeads.ExecuteDeleteAsync()));
        await PublishAsync(host, "czj", "同一天的第二条");
        Assert.Equal(2, await host.WithDbAsync((db, _) => db.ArchiveHeads.Select(h => h.Count).SingleAsync()));
    }

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            foreach (var column in new[] { "entry.At", "entry.Year", "entry.BodyId", "entry.ItemId", "version.PublishedAt", "version.Year", "version.KeyAreaTop", "version.ValidityChangedOn", "entry.Format" })
            {
                data.Add(provider, column);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task A_changed_column_that_was_not_hashed_fails_verify(string provider, string column)
    {
        await using var host = await TestHost.StartAsync(provider);
        var id = await PublishAsync(host, "czj", "字段校验");
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));
        var other = await host.WithDbAsync((db, _) => db.Bodies.Where(b => b.Code == "ninghe").Select(b => b.Id).SingleAsync());
        var earlier = new DateTimeOffset(2026, 11, 28, 19, 0, 0, TimeSpan.Zero);
        await DropGuardsAsync(host);
        await host.WithDbAsync((db, _) =>
        {
            var entry = db.ArchiveEntries.Where(e => e.Id == id);
            var version = db.CatalogVersions.Where(v => db.ArchiveEntries.Any(e => e.Id == id && e.VersionId == v.Id));
            return column switch
            {
                "entry.At" => entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.At, earlier)),
                "entry.Year" => entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.Year, 2025)),
                "entry.BodyId" => entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.BodyId, other)),
                "entry.ItemId" => entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.ItemId, e => e.ItemId + 1000)),
                "version.PublishedAt" => version.ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedAt, earlier)),
                "version.Year" => version.ExecuteUpdateAsync(s => s.SetProperty(v => v.Year, 2025)),
                "version.KeyAreaTop" => version.ExecuteUpdateAsync(s => s.SetProperty(v => v.KeyAreaTop, "ggfw")),
                "version.ValidityChangedOn" => version.ExecuteUpdateAsync(s => s.SetProperty(v => v.ValidityChangedOn, new DateOnly(2026, 1, 1))),
                _ => entry.ExecuteUpdateAsync(s => s.SetProperty(e => e.Format, 1)),
            };
        });
        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        Assert.Contains(problems, p => p.EntryId == id && p.What.Contains($"档案条目 #{id}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Entries_of_the_first_format_keep_verifying_and_their_columns_are_held_against_the_version(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var old = await PublishAsync(host, "czj", "升级前公开的信息");

        // As an installation upgraded on 2026-12-07 has it: the first entries in format 1, and no heads yet.
        await DropGuardsAsync(host);
        await host.WithDbAsync(async (db, _) =>
        {
            var e = await db.ArchiveEntries.SingleAsync(x => x.Id == old);
            var v = await db.CatalogVersions.AsNoTracking().SingleAsync(x => x.Id == e.VersionId);
            e.Format = 1;
            e.Manifest = Archive.ManifestOf(v, 1);
            e.Hash = Archive.ChainHash(e.PrevHash, e.Manifest, 1);
            await db.ArchiveHeads.ExecuteDeleteAsync();
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("\"format\"", await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == old).Select(e => e.Manifest).SingleAsync()), StringComparison.Ordinal);
        var fresh = await PublishAsync(host, "czj", "升级后公开的信息");
        Assert.Equal(2, await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == fresh).Select(e => e.Format).SingleAsync()));
        Assert.Empty(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)));

        // The old entry's time is not in its hash, but it must still agree with its version row.
        var at = await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == old).Select(e => e.At).SingleAsync());
        await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == old).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at.AddDays(-3))));
        Assert.Contains(await host.WithDbAsync((db, _) => Archive.VerifyAsync(db)), p => p.EntryId == old && p.What.Contains("旧格式条目", StringComparison.Ordinal));
        await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == old).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at)));

        // A new entry cannot be passed off as an old one.
        await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == fresh).ExecuteUpdateAsync(s => s.SetProperty(e => e.Format, 1)));
        var problems = await host.WithDbAsync((db, _) => Archive.VerifyAsync(db));
        Assert.Contains(problems, p => p.EntryId == fresh && p.What.Contains("格式标记 1 与清单记载的格式 2 不符", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_heads_page_and_feed_show_the_head_just_published_and_the_timer_adds_quiet_days(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var client = host.NewClient();
        Assert.Contains("尚无链头", await client.GetStringAsync("/archive/heads"), StringComparison.Ordinal);
        Assert.Contains("href=\"/archive/heads\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
        await PublishAsync(host, "czj", "链头页面测试一");
        var last = await PublishAsync(host, "ninghe", "链头页面测试二");
        var hash = await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == last).Select(e => e.Hash).SingleAsync());

        var page = await client.GetStringAsync("/archive/heads");
        Assert.Contains("<h1>公开档案链头</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<code class=\"hash\">{hash}</code>", page, StringComparison.Ordinal);
        Assert.Contains("2026-11-30（当日，截至 09:00）", page, StringComparison.Ordinal);
        Assert.Contains($"#{last}", page, StringComparison.Ordinal);
        Assert.Contains("type=\"application/json\"", page, StringComparison.Ordinal);

        var feed = JsonNode.Parse(await client.GetStringAsync("/archive/heads.json"))!;
        Assert.Equal(ArchiveHeads.FeedFormat, (string)feed["format"]!);
        Assert.Equal("巫溪县", (string)feed["county"]!);
        var head = feed["heads"]!.AsArray().Single()!;
        Assert.Equal(("2026-11-30", last, 2L, hash), ((string)head["date"]!, (long)head["lastEntry"]!, (long)head["count"]!, (string)head["hash"]!));

        // A day without publications still gets its head, the same as the day before.
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.WithDbAsync(async (db, _) => { await ArchiveHeads.RecordTodayAsync(db, default); return 0; });
        await host.WithDbAsync(async (db, _) => { await ArchiveHeads.RecordTodayAsync(db, default); return 0; });
        var heads = ArchiveHeads.Parse(await client.GetStringAsync("/archive/heads.json"), out _);
        Assert.Equal([("2026-12-01", last, 2L, hash), ("2026-11-30", last, 2L, hash)], heads.Select(h => (h.Date.ToString("yyyy-MM-dd"), h.LastEntryId, h.Count, h.Hash)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_annual_report_prints_the_year_end_head(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var last = await PublishAsync(host, "czj", "年报链头测试");
        var hash = await host.WithDbAsync((db, _) => db.ArchiveEntries.Where(e => e.Id == last).Select(e => e.Hash).SingleAsync());

        // Before the year is over there is no year-end head to print.
        Assert.Null((await host.WithDbAsync((db, _) => new ReportCalculator(db).ComputeAsync(null, 2026))).ArchiveHead);
        host.Time.Advance(TimeSpan.FromDays(40));
        await PublishAsync(host, "czj", "次年公开的信息");
        var data = await host.WithDbAsync((db, _) => new ReportCalculator(db).ComputeAsync(null, 2026));
        Assert.Equal(new ReportArchiveHead(last, 1, hash), data.ArchiveHead);
        var html = ReportHtml.Render(data, new ReportTexts());
        Assert.EndsWith($"<p class=\"note\">公开档案链头（全县平台共用，截至2026年12月31日）：1 个档案条目，最后条目 #{last}，SHA-256 {hash}。</p>\n</article>\n", html, StringComparison.Ordinal);
        Assert.Contains(ReportFiles.Blocks(data, new ReportTexts()), b => b is Documents.DocParagraph p && p.Text.Contains(hash, StringComparison.Ordinal));

        // The checker that reads published reports reads the same figures with the line as without it.
        var copy = System.Text.Json.JsonSerializer.Deserialize<ReportData>(System.Text.Json.JsonSerializer.Serialize(data, ReportService.Json), ReportService.Json)!;
        copy.ArchiveHead = null;
        var withoutHead = ReportHtml.Render(copy, new ReportTexts());
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ReportParser.Parse(withoutHead).Data, ReportService.Json), System.Text.Json.JsonSerializer.Serialize(ReportParser.Parse(html).Data, ReportService.Json));
    }
    private static string Tampered(string dir, Action<JsonObject> change)
    {
        var copy = Path.Combine(TestDatabases.NewDataDirectory(), "package");
        Directory.CreateDirectory(Path.Combine(copy, "files"));
        foreach (var f in Directory.GetFiles(Path.Combine(dir, "files")))
        {
            File.Copy(f, Path.Combine(copy, "files", Path.GetFileName(f)));
        }

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!.AsObject();
        change(package);
        File.WriteAllText(Path.Combine(copy, "manifest.json"), package.ToJsonString());
        return copy;
    }

    private static JsonObject Entry(JsonObject package, long id) => package["entries"]!.AsArray().Single(e => (long)e!["entry"]! == id)!.AsObject();

    /// <summary>Changes an entry's manifest and computes its own hash again, as a forger of the package would.</summary>
    private static void Forge(JsonObject package, long id)
    {
        var e = Entry(package, id);
        var manifest = ((string)e["manifest"]!).Replace("档案包", "伪造的", StringComparison.Ordinal);
        e["manifest"] = manifest;
        e["hash"] = Archive.ChainHash((string)e["prevHash"]!, manifest, (int)e["format"]!);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_exported_package_is_checked_link_by_link_and_against_its_heads(string provider)
    {
        await using var host = await TestHost.StartAsync(provider);
        var a = await PublishAsync(host, "czj", "档案包一");
        var b = await PublishAsync(host, "ninghe", "其他单位的信息");
        var c = await PublishAsync(host, "czj", "档案包二");
        var d = await PublishAsync(host, "czj", "档案包三");
        var bodyId = await host.WithDbAsync((db, _) => db.Bodies.Where(x => x.Code == "czj").Select(x => x.Id).SingleAsync());
        var dir = Path.Combine(TestDatabases.NewDataDirectory(), "export");
        Assert.Equal(3, await host.WithDbAsync((db, _) => ArchivePackage.ExportAsync(db, bodyId, 2026, dir)));
        Assert.Empty(ArchivePackage.Verify(dir));

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!.AsObject();
        Assert.Equal([a, b, c, d], package["entries"]!.AsArray().Select(e => (long)e!["entry"]!));
        Assert.Null(Entry(package, b)["manifest"]);
        Assert.Equal(64, ((string)Entry(package, b)["manifestSha256"]!).Length);
        var head = Assert.Single(package["heads"]!.AsArray())!;
        Assert.Equal((d, 4L), ((long)head["lastEntry"]!, (long)head["count"]!));

        var middle = Tampered(dir, p => p["entries"]!.AsArray().Remove(Entry(p, c)));
        Assert.Contains($"条目 #{d}：与前一条目 #{b} 的链接断开（中间的条目被删除、增加或改动）", ArchivePackage.Verify(middle));
        var others = Tampered(dir, p =>
        {
            p["entries"]!.AsArray().Remove(Entry(p, b));
            p["count"] = 3;
        });
        Assert.Contains($"条目 #{c}：与前一条目 #{a} 的链接断开（中间的条目被删除、增加或改动）", ArchivePackage.Verify(others));
        var forged = Tampered(dir, p => Forge(p, c));
        Assert.Equal([$"条目 #{d}：与前一条目 #{c} 的链接断开（中间的条目被删除、增加或改动）"], ArchivePackage.Verify(forged));
        var forgedLast = Tampered(dir, p => Forge(p, d));
        Assert.Equal([$"2026-11-30 的链头（条目 #{d}，4 个条目）与包中的条目不符（链头或条目被改动）"], ArchivePackage.Verify(forgedLast));

        // Heads saved from the portal are held against the package's.
        var saved = Path.Combine(TestDatabases.NewDataDirectory(), "heads.json");
        await File.WriteAllTextAsync(saved, await host.NewClient().GetStringAsync("/archive/heads.json"));
        var ok = await GongkaiProcess.RunAsync("archive", "verify-package", dir, "--heads", saved);
        Assert.Equal((0, "档案包完好。\n"), (ok.ExitCode, ok.Out.ReplaceLineEndings("\n")));
        var both = Tampered(dir, p =>
        {
            Forge(p, d);
            p["heads"]![0]!["hash"] = Entry(p, d)["hash"]!.DeepClone();
        });
        Assert.Empty(ArchivePackage.Verify(both));
        Assert.Contains(ArchivePackage.Verify(both, ArchiveHeads.Parse(File.ReadAllText(saved), out _)), p => p.StartsWith($"公布的 2026-11-30 链头（条目 #{d}，4 个条目）与包中的条目不符", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"format\":\"gongkai-archive-export/9\",\"entries\":[]}")]
    [InlineData("{\"format\":\"gongkai-archive-export/2\",\"before\":{\"entry\":\"x\"},\"entries\":[]}")]
    public async Task A_malformed_package_manifest_is_one_line_and_exit_code_1(string json)
    {
        var dir = Path.Combine(TestDatabases.NewDataDirectory(), "package");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "manifest.json"), json);
        var r = await GongkaiProcess.RunAsync("archive", "verify-package", dir);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("manifest.json", lines[0], StringComparison.Ordinal);
        Assert.Equal("发现 1 处不一致。", lines[1].Trim());
        Assert.DoesNotContain("   at ", r.Out + r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_of_the_wrong_shape_give_a_line_each_and_no_file_outside_the_package_is_read()
    {
        var dir = Path.Combine(TestDatabases.NewDataDirectory(), "package");
        Directory.CreateDirectory(Path.Combine(dir, "files"));
        var manifest = "{\"files\":[{\"name\":\"passwd\",\"sha256\":\"../../../../etc/passwd\"}]}";
        var package = new JsonObject
        {
            ["format"] = Archive.ExportFormat,
            ["count"] = 3,
            ["bodyEntries"] = 1,
            ["heads"] = new JsonArray(new JsonObject { ["date"] = "2026-13-01" }),
            ["entries"] = new JsonArray(
                new JsonObject { ["entry"] = "x" },
                5,
                new JsonObject { ["entry"] = 1, ["format"] = 1, ["own"] = true, ["prevHash"] = Archive.Genesis, ["manifest"] = manifest, ["hash"] = Archive.ChainHash(Archive.Genesis, manifest, 1) }),
        };
        File.WriteAllText(Path.Combine(dir, "manifest.json"), package.ToJsonString());
        var problems = ArchivePackage.Verify(dir);
        Assert.Contains("第 1 个条目格式不正确（应有 entry、prevHash、hash 和 manifest 或 manifestSha256）", problems);
        Assert.Contains("第 2 个条目格式不正确（应有 entry、prevHash、hash 和 manifest 或 manifestSha256）", problems);
        Assert.Contains("条目 #1：附件“passwd”缺失或内容不符", problems);
        Assert.Contains("链头格式不正确（应有 date、lastEntry、count、hash）", problems);
    }
}

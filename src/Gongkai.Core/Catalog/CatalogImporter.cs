using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>One already-published item brought in from a county's earlier system (CSV column or JSON key names as given).</summary>
public sealed class ImportRow
{
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    [JsonPropertyName("index_number")]
    public string? IndexNumber { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("document_number")]
    public string? DocumentNumber { get; set; }

    [JsonPropertyName("written_on")]
    public string? WrittenOn { get; set; }

    [JsonPropertyName("published_on")]
    public string? PublishedOn { get; set; }

    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("key_area")]
    public string? KeyArea { get; set; }

    [JsonPropertyName("keywords")]
    public string? Keywords { get; set; }

    [JsonPropertyName("validity")]
    public string? Validity { get; set; }

    [JsonPropertyName("body_html")]
    public string? BodyHtml { get; set; }
}

public sealed record ImportReject(long Line, string Reason, string? Title);

public sealed record ImportResult(long Read, long Imported, long Skipped, IReadOnlyList<ImportReject> Rejected);

/// <summary>
/// Brings published items in, in batches, each batch one transaction: a batch is in or out whole, so
/// an interrupted import loses nothing it had accepted, and a re-run skips what is already there (by
/// 索引号, or for rows without one by a key made from the row).
/// </summary>
public sealed class CatalogImporter(GongkaiDb db)
{
    public const int DefaultBatchSize = 2000;

    public static IEnumerable<(long Line, ImportRow? Row, string? Error)> ReadFile(string path)
    {
        var jsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
        return jsonLines ? ReadJsonLines(path) : ReadTable(path);
    }

    private static IEnumerable<(long, ImportRow?, string?)> ReadJsonLines(string path)
    {
        long line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            ImportRow? row = null;
            string? error = null;
            try
            {
                row = JsonSerializer.Deserialize<ImportRow>(text);
            }
            catch (JsonException)
            {
                error = "不是有效的 JSON 行";
            }

            yield return (line, row, error ?? (row is null ? "空行" : null));
        }
    }

    private static IEnumerable<(long, ImportRow?, string?)> ReadTable(string path)
    {
        Dictionary<string, int>? header = null;
        foreach (var (line, fields, error) in Documents.TableFile.Read(path))
        {
            if (fields is null)
            {
                yield return (line, null, error);
                continue;
            }

            if (header is null)
            {
                header = fields.Select((name, i) => (name: name.Trim().TrimStart('\uFEFF').ToLowerInvariant(), i)).GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().i);
                if (!header.ContainsKey("title") || !header.ContainsKey("body"))
                {
                    yield return (line, null, "首行须为列名，至少包括 body 和 title");
                    yield break;
                }

                continue;
            }

            string? Get(string name) => header.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : null;
            yield return (line, new ImportRow
            {
                Body = Get("body"),
                IndexNumber = Get("index_number"),
                Title = Get("title"),
                Summary = Get("summary"),
                DocumentNumber = Get("document_number"),
                WrittenOn = Get("written_on"),
                PublishedOn = Get("published_on"),
                Topic = Get("topic"),
                Category = Get("category"),
                KeyArea = Get("key_area"),
                Keywords = Get("keywords"),
                Validity = Get("validity"),
                BodyHtml = Get("body_html"),
            }, null);
        }
    }

    public async Task<ImportResult> ImportAsync(IEnumerable<(long Line, ImportRow? Row, string? Error)> rows, int batchSize = DefaultBatchSize, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Code, ct);
        var time = db.Time.GetUtcNow();
        var readRejects = new List<ImportReject>();
        var saveRejects = new List<ImportReject>();
        long read = 0, imported = 0, skipped = 0;

        // Reading and cleaning the next batch overlaps with writing this one.
        var batches = System.Threading.Channels.Channel.CreateBounded<List<(long Line, CatalogItem Item, DateOnly PublishedOn)>>(2);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var batch = new List<(long, CatalogItem, DateOnly)>(batchSize);
                    foreach (var (line, row, error) in rows)
                    {
                        Interlocked.Increment(ref read);
                        if (error is not null || row is null)
                        {
                            readRejects.Add(new(line, error ?? "空行", null));
                            continue;
                        }

                        var (item, published, reason) = Convert(row, bodies, time);
                        if (reason is not null)
                        {
                            readRejects.Add(new(line, reason, row.Title));
                            continue;
                        }

                        batch.Add((line, item!, published));
                        if (batch.Count >= batchSize)
                        {
                            await batches.Writer.WriteAsync(batch, ct);
                            batch = new List<(long, CatalogItem, DateOnly)>(batchSize);
                        }
                    }

                    if (batch.Count > 0)
                    {
                        await batches.Writer.WriteAsync(batch, ct);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            },
            ct);

        await foreach (var batch in batches.Reader.ReadAllAsync(ct))
        {
            var (i, s) = await SaveBatchOrRetryAsync(batch, saveRejects, ct);
            (imported, skipped) = (imported + i, skipped + s);
            progress?.Report(Interlocked.Read(ref read));
        }

        await producer;
        if (imported >= 10 * batchSize)
        {
            // After a large load the planner's statistics describe a much smaller table: refresh them now
            // rather than wait for autovacuum, or list pages get plans made for the old size.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE catalog_items, catalog_versions, archive_entries" : "ANALYZE", ct);
        }

        return new ImportResult(read, imported, skipped, readRejects.Concat(saveRejects).OrderBy(r => r.Line).ToList());
    }

    private static (CatalogItem? Item, DateOnly PublishedOn, string? Reason) Convert(ImportRow r, Dictionary<string, Bodies.Body> bodies, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(r.Body) || !bodies.TryGetValue(r.Body.Trim(), out var body))
        {
            return (null, default, $"发布单位代码“{r.Body}”不存在");
        }

        if (!TryDate(r.WrittenOn, out var written))
        {
            return (null, default, $"成文日期“{r.WrittenOn}”不是 YYYY-MM-DD 格式的日期");
        }

        if (!TryDate(r.PublishedOn, out var published))
        {
            return (null, default, $"发布日期“{r.PublishedOn}”不是 YYYY-MM-DD 格式的日期");
        }

        if (published < written)
        {
            return (null, default, "发布日期早于成文日期");
        }

        var validity = r.Validity?.Trim() switch
        {
            null or "" or "有效" or "Valid" => (Validity?)Validity.Valid,
            "失效" or "Expired" => Validity.Expired,
            "废止" or "Repealed" => Validity.Repealed,
            _ => null,
        };
        if (validity is null)
        {
            return (null, default, $"有效性“{r.Validity}”应为 有效、失效 或 废止");
        }

        var index = r.IndexNumber?.Trim();
        if (index?.Length > 60)
        {
            return (null, default, "索引号超过 60 个字符");
        }

        var input = new ItemInput(r.Title ?? "", r.Summary, r.DocumentNumber, written, null, string.IsNullOrWhiteSpace(r.Topic) ? "21" : r.Topic.Trim(),
            string.IsNullOrWhiteSpace(r.Category) ? "a20-15" : r.Category.Trim(), string.IsNullOrWhiteSpace(r.KeyArea) ? null : r.KeyArea.Trim(),
            r.Keywords, validity.Value, validity == Validity.Valid ? null : published, DisclosureMode.Proactive, "面向全社会", r.BodyHtml ?? "");
        var problems = CatalogService.Validate(input);
        if (problems.Count > 0)
        {
            return (null, default, string.Join("", problems).TrimEnd('。'));
        }

        var item = new CatalogItem
        {
            BodyId = body.Id,
            IndexNumber = index ?? "",
            // The same row imported again has the same key and is skipped; another row claiming a taken 索引号 has another key and is refused.
            ImportKey = "row:" + Archive.Sha256($"{body.Code}\n{index}\n{input.Title.Trim()}\n{input.DocumentNumber}\n{written:yyyy-MM-dd}\n{published:yyyy-MM-dd}")[..40],
            Title = input.Title.Trim(),
            Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim(),
            DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim(),
            WrittenOn = written,
            DueOn = written,
            Publisher = body.Name,
            Topic = input.Topic,
            StatutoryCategory = input.StatutoryCategory,
            KeyArea = input.KeyArea,
            Keywords = string.IsNullOrWhiteSpace(input.Keywords) ? null : input.Keywords.Trim(),
            Validity = input.Validity,
            ValidityChangedOn = input.ValidityChangedOn,
            Mode = DisclosureMode.Proactive,
            Scope = input.Scope,
            BodyHtml = CatalogService.Sanitize(input.BodyHtml),
            State = ItemState.Published,
            PublishedVersion = 1,
            FirstPublishedOn = published,
            PublishedOn = published,
            // Noon in Beijing on the publication day: the exact time of a historical publication is not known.
            PublishedAt = new DateTimeOffset(published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime(),
            CreatedAt = now,
        };
        return (item, published, null);
    }

    /// <summary>
    /// A generated 索引号 can clash with one an earlier import kept (or an older pattern produced). Looking every
    /// number up would slow the bulk load for a rare case, so the unique index finds the clash, and only then is
    /// the batch written again with the taken numbers skipped.
    /// </summary>
    private async Task<(long Imported, long Skipped)> SaveBatchOrRetryAsync(List<(long Line, CatalogItem Item, DateOnly PublishedOn)> batch, List<ImportReject> rejects, CancellationToken ct)
    {
        var unnumbered = batch.Where(b => b.Item.IndexNumber.Length == 0).Select(b => b.Item).ToList();
        var rejected = rejects.Count;
        try
        {
            return await SaveBatchAsync(batch, rejects, skipTaken: false, ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            db.ChangeTracker.Clear();
            rejects.RemoveRange(rejected, rejects.Count - rejected);
            batch.ForEach(b => b.Item.Id = 0);
            unnumbered.ForEach(i => i.IndexNumber = "");
            return await SaveBatchAsync(batch, rejects, skipTaken: true, ct);
        }
    }

    private async Task<(long Imported, long Skipped)> SaveBatchAsync(List<(long Line, CatalogItem Item, DateOnly PublishedOn)> batch, List<ImportReject> rejects, bool skipTaken, CancellationToken ct)
    {
        var keys = batch.Select(b => b.Item.ImportKey!).ToList();
        var known = (await db.CatalogItems.AsNoTracking().Where(i => keys.Contains(i.ImportKey!)).Select(i => i.ImportKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var given = batch.Where(b => b.Item.IndexNumber.Length > 0).Select(b => b.Item.IndexNumber).ToList();
        var taken = (await db.CatalogItems.AsNoTracking().Where(i => given.Contains(i.IndexNumber)).Select(i => i.IndexNumber).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var fresh = new List<(long Line, CatalogItem Item, DateOnly PublishedOn)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long skipped = 0;
        foreach (var b in batch)
        {
            if (known.Contains(b.Item.ImportKey!) || !seen.Add(b.Item.ImportKey!))
            {
                skipped++;
            }
            else if (b.Item.IndexNumber.Length > 0 && taken.Contains(b.Item.IndexNumber))
            {
                rejects.Add(new(b.Line, $"索引号 {b.Item.IndexNumber} 已被其他信息使用", b.Item.Title));
            }
            else
            {
                fresh.Add(b);
            }
        }

        if (fresh.Count == 0)
        {
            return (0, skipped);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (await ArchiveLock.AcquireAsync(db, ct))
        {
            if (!db.Database.IsNpgsql())
            {
                // Take SQLite's write lock now, so the keys reserved below stay ours until commit.
                await db.Database.ExecuteSqlRawAsync("UPDATE index_counters SET \"Revision\" = \"Revision\" WHERE 0", ct);

                // A bulk load touches every index of the catalog at random places: keep their pages in memory
                // (512 MB for this connection only) instead of rereading them for every row.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-524288", ct);
            }

            await AllocateAsync(fresh.Select(f => f.Item).Where(i => i.IndexNumber.Length == 0).ToList(), skipTaken, ct);
            var items = fresh.Select(f => f.Item).ToList();
            items.ForEach(i => i.CreatedBy = db.Actor.UserId);
            var itemKeys = await BulkInsert.ReserveKeysAsync<CatalogItem>(db, items.Count, ct);
            for (var k = 0; k < items.Count; k++)
            {
                items[k].Id = (int)itemKeys[k];
            }

            await BulkInsert.WriteAsync(db, items, ct);
            var versions = items.Select(i => CatalogService.VersionOf(i, "[]", null)).ToList();
            var versionKeys = await BulkInsert.ReserveKeysAsync<CatalogVersion>(db, versions.Count, ct);
            for (var k = 0; k < versions.Count; k++)
            {
                versions[k].Id = versionKeys[k];
            }

            await BulkInsert.WriteAsync(db, versions, ct);

            // Entry keys ascend in chain order: verification walks the chain by key.
            var entryKeys = (await BulkInsert.ReserveKeysAsync<ArchiveEntry>(db, versions.Count, ct)).Order().ToList();
            var prev = await Archive.LastHashAsync(db, ct);
            var entries = new List<ArchiveEntry>(versions.Count);
            for (var k = 0; k < versions.Count; k++)
            {
                var entry = Archive.EntryFor(versions[k], prev);
                entry.Id = entryKeys[k];
                entry.VersionId = versions[k].Id;
                entry.Version = null;
                entries.Add(entry);
                prev = entry.Hash;
            }

            await BulkInsert.WriteAsync(db, entries, ct);
            var at = db.Time.GetUtcNow();
            await Search.SearchOutbox.LockAsync(db, ct);
            Search.SearchOutbox.Add(db, items.Select(i => i.Id).Order(), at);
            db.AuditEvents.Add(new Audit.AuditEvent
            {
                At = at,
                ActorId = db.Actor.UserId,
                ActorName = db.Actor.Name,
                EntityType = nameof(CatalogItem),
                EntityId = $"{items[0].Id}…{items[^1].Id}",
                Action = "imported",
                Changes = JsonSerializer.Serialize(new { count = items.Count, first = items[0].IndexNumber, last = items[^1].IndexNumber, archiveEntries = $"{entries[0].Id}…{entries[^1].Id}" }, GongkaiDb.JsonOptions),
            });
            await db.SaveChangesAsync(ct);
            await ArchiveHeads.RecordAsync(db, ct);
            await tx.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        return (fresh.Count, skipped);
    }

    /// <summary>Numbers the rows that came without a 索引号, reserving each body-year's serials in one step.</summary>
    private async Task AllocateAsync(List<CatalogItem> items, bool skipTaken, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var groups = items.GroupBy(i => (i.BodyId, i.WrittenOn.Year)).ToList();
        await IndexNumbers.LockAsync(db, groups.Select(g => g.Key), ct);
        foreach (var group in groups)
        {
            var serial = await IndexNumbers.ReserveAsync(db, group.Key.BodyId, group.Key.Year, group.Count(), locked: true, ct);
            var body = bodies[group.Key.BodyId];
            foreach (var item in group)
            {
                item.IndexNumber = IndexNumbers.Format(body.IndexPattern ?? IndexNumbers.DefaultPattern, body, item.WrittenOn.Year, item.WrittenOn.Month, serial++);
            }
        }

        // Serials whose numbers are taken already (items imported with their own 索引号) are skipped, as in
        // CreateAsync: one look-up for the whole batch, repeated while new numbers clash too.
        var generated = items;
        for (var attempt = 0; skipTaken && attempt < 100; attempt++)
        {
            var numbers = generated.Select(i => i.IndexNumber).ToList();
            var taken = (await db.CatalogItems.AsNoTracking().Where(i => numbers.Contains(i.IndexNumber)).Select(i => i.IndexNumber).ToListAsync(ct)).ToHashSet();
            generated = generated.Where(i => taken.Contains(i.IndexNumber)).ToList();
            if (generated.Count == 0)
            {
                break;
            }

            foreach (var item in generated)
            {
                var body = bodies[item.BodyId];
                var serial = await IndexNumbers.ReserveAsync(db, item.BodyId, item.WrittenOn.Year, 1, locked: true, ct);
                item.IndexNumber = IndexNumbers.Format(body.IndexPattern ?? IndexNumbers.DefaultPattern, body, item.WrittenOn.Year, item.WrittenOn.Month, serial);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static bool TryDate(string? s, out DateOnly d) =>
        DateOnly.TryParseExact(s?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
}

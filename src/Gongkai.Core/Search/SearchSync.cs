using System.Threading.Channels;
using Gongkai.Catalog;
using Gongkai.Data;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>A node's two indexes and what it is doing with them; one per process.</summary>
public sealed class SearchIndexes : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly FileStream _lock;

    /// <summary>Opens a node's indexes; throws <see cref="SearchIndexInUseException"/> when another process (a running node) has them.</summary>
    public SearchIndexes(string root, string node)
    {
        Node = node;
        Directory.CreateDirectory(root);
        try
        {
            _lock = new FileStream(Path.Combine(root, "node.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new SearchIndexInUseException(root);
        }

        Public = new SearchIndex(root, "public");
        Staff = new SearchIndex(root, "staff");
        Public.Open();
        Staff.Open();
    }

    public string Node { get; }

    /// <summary>Published items only. The public portal reads this and nothing else.</summary>
    public SearchIndex Public { get; }

    /// <summary>Drafts, items in review, withdrawn items and earlier versions: staff search reads it together with <see cref="Public"/>.</summary>
    public SearchIndex Staff { get; }

    /// <summary>The day the guides in <see cref="Public"/> were last checked for being in force (see <see cref="SearchSync"/>).</summary>
    internal DateOnly? GuidesDay { get; set; }

    /// <summary>Set while a rebuild runs: (items done, items in all).</summary>
    public (long Done, long Total)? Rebuilding { get; internal set; }

    internal SemaphoreSlim Gate => _gate;

    internal long? LastReport { get; set; }

    /// <summary>Bytes on disk of both indexes.</summary>
    public long SizeOnDisk() => new[] { Public.Path, Staff.Path }.Where(p => p is not null)
        .Sum(p => new DirectoryInfo(p!).EnumerateFiles().Sum(f => f.Length));

    public void Dispose()
    {
        Public.Dispose();
        Staff.Dispose();
        _gate.Dispose();
        _lock.Dispose();
    }
}

/// <summary>
/// Keeps a node's indexes up to date with the database: rebuilds them when they are missing, damaged or of
/// an older generation, then applies outbox rows in key order. The background loop calls
/// <see cref="RunOnceAsync"/> every second; tests call it directly.
/// </summary>
public sealed class SearchSync(GongkaiDb db, SearchIndexes indexes, TimeProvider time)
{
    /// <summary>Items read from the database and handed to the analysers at a time.</summary>
    private const int Chunk = 1000;

    /// <summary>Returns how many outbox rows were applied.</summary>
    public Task<int> RunOnceAsync(CancellationToken ct = default) => RunOnceAsync(null, ct);

    /// <summary>As <see cref="RunOnceAsync(CancellationToken)"/>, telling a rebuild's progress (for <c>gongkai reindex</c>).</summary>
    public async Task<int> RunOnceAsync(IProgress<(long Done, long Total)>? progress, CancellationToken ct = default)
    {
        await indexes.Gate.WaitAsync(ct);
        try
        {
            var state = await db.SearchGenerations.AsNoTracking().SingleAsync(ct);
            var generation = state.Generation;
            // An index behind the pruned part of the outbox cannot catch up from it: it is rebuilt.
            if (NeedsRebuild(indexes.Public, generation) || NeedsRebuild(indexes.Staff, generation)
                || Math.Min(indexes.Public.Position, indexes.Staff.Position) < state.PrunedThrough)
            {
                await RebuildAsync(generation, progress, ct);
            }

            var applied = await CatchUpAsync(ct);
            await TurnDayAsync(ct);
            // Also now and then when idle, so that a stopped node can be told from a quiet one.
            if (applied > 0 || indexes.LastReport is not { } last || time.GetElapsedTime(last) > TimeSpan.FromSeconds(30))
            {
                await ReportAsync("current", 0, 0, ct);
            }

            return applied;
        }
        finally
        {
            indexes.Gate.Release();
        }
    }

    private static bool NeedsRebuild(SearchIndex index, int generation) => !index.IsOpen || index.Broken || index.Generation < generation;

    private async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var applied = 0;
        while (true)
        {
            var position = Math.Min(indexes.Public.Position, indexes.Staff.Position);
            var rows = await db.SearchOutbox.AsNoTracking().Where(r => r.Id > position).OrderBy(r => r.Id).Take(200).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return applied;
            }

            // Rows are taken while their items add up to one chunk; a long import range goes a chunk at a
            // time, committing the position before it, since applying part of a row again is harmless.
            var span = 0;
            var take = 0;
            while (take < rows.Count && (take == 0 || span + rows[take].LastItemId - rows[take].FirstItemId + 1 <= Chunk))
            {
                span += rows[take].LastItemId - rows[take].FirstItemId + 1;
                take++;
            }

            if (take == 1 && span > Chunk)
            {
                var row = rows[0];
                for (var from = row.FirstItemId; from <= row.LastItemId; from += Chunk)
                {
                    var last = from + Chunk - 1 >= row.LastItemId;
                    await ApplyAsync([(row.Source, from, Math.Min(row.LastItemId, from + Chunk - 1))], last ? row.Id : row.Id - 1, ct);
                }
            }
            else
            {
                await ApplyAsync(rows.Take(take).Select(r => (r.Source, r.FirstItemId, r.LastItemId)).ToList(), rows[take - 1].Id, ct);
            }

            applied += take;
        }
    }

    private async Task ApplyAsync(List<(SearchSource Source, int From, int To)> ranges, long position, CancellationToken ct)
    {
        var pub = new List<(string, Document?)>();
        var staff = new List<(string, Document?)>();
        var today = db.Today();
        foreach (var (source, from, to) in ranges)
        {
            if (source == SearchSource.Guide)
            {
                pub.AddRange((await GuideDocs.LoadAsync(db, from, to, today, ct)).Docs);
                continue;
            }

            var (p, s, _) = await SearchDocs.LoadAsync(db, from, to, ct);
            pub.AddRange(p);
            staff.AddRange(s);
        }

        indexes.Public.Apply(pub, position);
        indexes.Staff.Apply(staff, position);
    }

    /// <summary>
    /// A guide leaves the public index on the day its 取消 takes effect, and one 新增 or 承接 with a later date
    /// enters on that day, though nothing was saved that day: when the day turns (and when the node starts,
    /// looking back over the days a node may miss without being made to rebuild) the items with an event in
    /// between are read again.
    /// </summary>
    private async Task TurnDayAsync(CancellationToken ct)
    {
        var today = db.Today();
        var since = indexes.GuidesDay ?? today.AddDays(-3);
        if (since >= today)
        {
            return;
        }

        var pub = await GuideDocs.LoadAsync(db, await GuideDocs.TurnedAsync(db, since, today, ct), today, ct);
        if (pub.Count > 0)
        {
            indexes.Public.Apply(pub, indexes.Public.Position);
        }

        indexes.GuidesDay = today;
    }

    /// <summary>
    /// Builds both indexes from the database beside the ones in use (which keep answering meanwhile), then
    /// swaps them in. The outbox position is read first: anything committed later is applied afterwards.
    /// </summary>
    private async Task RebuildAsync(int generation, IProgress<(long Done, long Total)>? progress, CancellationToken ct)
    {
        var position = await db.SearchOutbox.Select(r => (long?)r.Id).MaxAsync(ct) ?? 0;
        var total = await db.CatalogItems.LongCountAsync(ct) + await db.ServiceItems.LongCountAsync(ct);
        var maxId = await db.CatalogItems.Select(i => (int?)i.Id).MaxAsync(ct) ?? 0;
        var maxGuide = await db.ServiceItems.Select(i => (int?)i.Id).MaxAsync(ct) ?? 0;
        var today = db.Today();
        using var pub = indexes.Public.BeginBuild(generation);
        using var staff = indexes.Staff.BeginBuild(generation);
        var done = 0L;
        indexes.Rebuilding = (0, total);
        await ReportAsync("rebuilding", 0, total, ct);
        var lastReport = time.GetTimestamp();
        try
        {
            // One reader, two analysers: the database read overlaps the analysis, and analysis (the bulk of
            // the work) keeps both cores busy.
            var channel = Channel.CreateBounded<(List<(string, Document?)> Public, List<(string, Document?)> Staff, int Items)>(4);
            var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
            {
                await foreach (var (p, s, n) in channel.Reader.ReadAllAsync(ct))
                {
                    foreach (var (_, doc) in p)
                    {
                        if (doc is not null)
                        {
                            pub.Add(doc);
                        }
                    }

                    foreach (var (_, doc) in s)
                    {
                        if (doc is not null)
                        {
                            staff.Add(doc);
                        }
                    }

                    Interlocked.Add(ref done, n);
                }
            }, ct)).ToList();
            try
            {
                // Catalog items, then the guides of service items.
                var chunks = Enumerable.Range(0, (maxId + Chunk - 1) / Chunk).Select(c => (SearchSource.Catalog, From: c * Chunk + 1))
                    .Concat(Enumerable.Range(0, (maxGuide + Chunk - 1) / Chunk).Select(c => (SearchSource.Guide, From: c * Chunk + 1)));
                foreach (var (source, from) in chunks)
                {
                    var (p, s, n) = source == SearchSource.Catalog
                        ? await SearchDocs.LoadAsync(db, from, from + Chunk - 1, ct)
                        : await GuidesAsync(from, from + Chunk - 1);
                    await channel.Writer.WriteAsync((p, s, n), ct);
                    if (time.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(2))
                    {
                        var d = Interlocked.Read(ref done);
                        indexes.Rebuilding = (d, total);
                        progress?.Report((d, total));
                        await ReportAsync("rebuilding", d, total, ct);
                        lastReport = time.GetTimestamp();
                    }
                }
            }
            finally
            {
                channel.Writer.TryComplete();
                await Task.WhenAll(workers);
            }

            pub.Finish(position);
            staff.Finish(position);
            indexes.GuidesDay = today;
            progress?.Report((total, total));
        }
        finally
        {
            indexes.Rebuilding = null;
        }

        await ReportAsync("current", total, total, ct);

        async Task<(List<(string, Document?)>, List<(string, Document?)>, int)> GuidesAsync(int from, int to)
        {
            var (docs, items) = await GuideDocs.LoadAsync(db, from, to, today, ct);
            return (docs, [], items);
        }
    }

    private async Task ReportAsync(string phase, long done, long total, CancellationToken ct)
    {
        var row = await db.SearchNodes.FindAsync([indexes.Node], ct);
        if (row is null)
        {
            row = new SearchNodeStatus { Node = indexes.Node };
            db.SearchNodes.Add(row);
        }

        row.Generation = Math.Min(indexes.Public.Generation, indexes.Staff.Generation);
        row.Position = Math.Min(indexes.Public.Position, indexes.Staff.Position);
        row.Phase = phase;
        row.Done = done;
        row.Total = total;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        indexes.LastReport = time.GetTimestamp();
    }

    /// <summary>
    /// Deletes outbox rows that every node heard from in the last day has applied and that are over a day
    /// old, and records how far it deleted: a node silent for longer finds its position behind that mark
    /// and rebuilds instead of missing the deleted rows. Returns how many rows were deleted.
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var since = now.AddDays(-1);
        var positions = (await db.SearchNodes.AsNoTracking().ToListAsync(ct)).Where(n => n.UpdatedAt >= since).Select(n => n.Position).ToList();
        if (positions.Count == 0)
        {
            return 0;
        }

        var safe = positions.Min();
        // Rows are written with their commit time, in key order, so the old ones are a prefix of the keys.
        if (await db.SearchOutbox.Where(r => r.Id <= safe && r.At < since).MaxAsync(r => (long?)r.Id, ct) is not { } through)
        {
            return 0;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var deleted = await db.SearchOutbox.Where(r => r.Id <= through).ExecuteDeleteAsync(ct);
        var state = await db.SearchGenerations.SingleAsync(ct);
        state.PrunedThrough = Math.Max(state.PrunedThrough, through);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return deleted;
    }

    /// <summary>Raises the generation: every node (this one included) rebuilds its indexes on its next round.</summary>
    public static async Task<int> RequestReindexAsync(GongkaiDb db, string by, CancellationToken ct)
    {
        var row = await db.SearchGenerations.SingleAsync(ct);
        row.Generation++;
        row.RequestedAt = db.Time.GetUtcNow();
        row.RequestedBy = by;
        db.AuditEvents.Add(new Audit.AuditEvent
        {
            At = row.RequestedAt.Value,
            ActorId = db.Actor.UserId,
            ActorName = db.Actor.Name,
            EntityType = "SearchIndex",
            EntityId = "generation",
            Action = "reindex-requested",
            Changes = System.Text.Json.JsonSerializer.Serialize(new { generation = row.Generation, by }, GongkaiDb.JsonOptions),
        });
        await db.SaveChangesAsync(ct);
        return row.Generation;
    }
}

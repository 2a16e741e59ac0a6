using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>Another process (a running node) holds the index's write lock.</summary>
public sealed class SearchIndexInUseException(string path) : Exception($"检索索引 {path} 正由另一个进程使用：同一数据目录只能运行一个节点（多节点请各用自己的 --data 目录并共用 PostgreSQL）。");

/// <summary>
/// One local Lucene index of a node (the public one or the staff one). Each build lives in its own folder
/// <c>{name}-g{generation}-{stamp}</c>; the index in use is the newest folder whose last commit says it is
/// complete, so a node that dies half-way through a rebuild simply starts it again. The outbox position
/// reached is kept in the same commit as the documents, so the two can never disagree after a crash.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string PositionKey = "outbox-position";
    public const string GenerationKey = "generation";
    public const string CompleteKey = "complete";
    public const string SchemaKey = "facet-schema";

    public static readonly Similarity Similarity = new BM25Similarity();

    private static readonly ChineseAnalyzer Analyzer = new();

    private readonly string _root;
    private readonly string _name;
    private readonly System.Threading.Lock _swap = new();
    private Live? _live;

    public SearchIndex(string root, string name)
    {
        _root = root;
        _name = name;
        System.IO.Directory.CreateDirectory(root);
    }

    public string Name => _name;

    public bool IsOpen => Volatile.Read(ref _live) is not null;

    /// <summary>The last outbox row applied and committed; -1 when there is no index.</summary>
    public long Position => Volatile.Read(ref _live)?.Position ?? -1;

    public int Generation => Volatile.Read(ref _live)?.Generation ?? 0;

    /// <summary>Set when reading the index failed: the sync loop then rebuilds it.</summary>
    public bool Broken { get; private set; }

    public string? Path => Volatile.Read(ref _live)?.Path;

    /// <summary>Opens the newest complete build, deleting incomplete and older ones. False when there is none (or it is unreadable).</summary>
    public bool Open()
    {
        var candidates = new System.IO.DirectoryInfo(_root).GetDirectories(_name + "-g*")
            .OrderByDescending(d => d.Name, StringComparer.Ordinal).ToList();
        Live? found = null;
        foreach (var d in candidates)
        {
            if (found is null)
            {
                found = TryOpen(d.FullName);
                if (found is not null)
                {
                    continue;
                }
            }

            TryDelete(d.FullName);
        }

        Replace(found);
        Broken = false;
        return found is not null;
    }

    private static Live? TryOpen(string path)
    {
        FSDirectory? dir = null;
        try
        {
            dir = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(dir))
            {
                dir.Dispose();
                return null;
            }

            var data = DirectoryReader.ListCommits(dir)[^1].UserData;
            // Incomplete, or written with other facet lists: not usable, so it is rebuilt.
            if (!data.TryGetValue(CompleteKey, out var complete) || complete != "true" || !data.TryGetValue(SchemaKey, out var schema) || schema != FacetCodes.Schema)
            {
                dir.Dispose();
                return null;
            }

            var writer = new IndexWriter(dir, Config(OpenMode.APPEND));
            var manager = new SearcherManager(writer, true, new Factory());
            // Reading every segment's header now turns a damaged index into a rebuild at start-up, not an error later.
            var s = manager.Acquire();
            try
            {
                _ = s.IndexReader.NumDocs;
            }
            finally
            {
                manager.Release(s);
            }

            return new Live(dir, writer, manager, path,
                long.Parse(data[PositionKey], CultureInfo.InvariantCulture),
                int.Parse(data[GenerationKey], CultureInfo.InvariantCulture));
        }
        catch (LockObtainFailedException)
        {
            dir?.Dispose();
            throw new SearchIndexInUseException(path);
        }
        catch (Exception e) when (IsDamage(e))
        {
            dir?.Dispose();
            return null;
        }
    }

    /// <summary>What a damaged or half-written index throws.</summary>
    public static bool IsDamage(Exception e) =>
        e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentOutOfRangeException;

    private static IndexWriterConfig Config(OpenMode mode) => new(LuceneVersion.LUCENE_48, Analyzer)
    {
        OpenMode = mode,
        Similarity = Similarity,
        RAMBufferSizeMB = 96,
        UseCompoundFile = false,
    };

    /// <summary>Adds or replaces documents by key, deletes keys, then commits with the new position.</summary>
    public void Apply(IEnumerable<(string Key, Document? Doc)> changes, long position)
    {
        var live = Volatile.Read(ref _live) ?? throw new InvalidOperationException("no index");
        foreach (var (key, doc) in changes)
        {
            if (doc is null)
            {
                live.Writer.DeleteDocuments(new Term(SearchDocs.Key, key));
            }
            else
            {
                live.Writer.UpdateDocument(new Term(SearchDocs.Key, key), doc);
            }
        }

        live.Writer.SetCommitData(CommitData(position, live.Generation));
        live.Writer.Commit();
        live.Position = position;
        live.Manager.MaybeRefreshBlocking();
    }

    private static Dictionary<string, string> CommitData(long position, int generation) => new()
    {
        [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
        [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        [CompleteKey] = "true",
        [SchemaKey] = FacetCodes.Schema,
    };

    /// <summary>Runs a read against the current searcher. Returns false when there is no index.</summary>
    public bool TryRead<T>(Func<IndexSearcher, T> read, out T result)
    {
        var live = Volatile.Read(ref _live);
        result = default!;
        if (live is null)
        {
            return false;
        }

        IndexSearcher s;
        try
        {
            s = live.Manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            // Swapped for a rebuilt index between the read of the field and here: use the new one.
            return TryRead(read, out result);
        }

        try
        {
            result = read(s);
            return true;
        }
        catch (Exception e) when (IsDamage(e))
        {
            Broken = true;
            return false;
        }
        finally
        {
            live.Manager.Release(s);
        }
    }

    /// <summary>Several indexes read as one (staff search reads the public and the staff index).</summary>
    public static bool TryRead<T>(IReadOnlyList<SearchIndex> indexes, Func<IndexSearcher, T> read, out T result)
    {
        var lives = indexes.Select(i => Volatile.Read(ref i._live)).Where(l => l is not null).Cast<Live>().ToList();
        result = default!;
        if (lives.Count == 0)
        {
            return false;
        }

        var acquired = new List<(Live Live, IndexSearcher Searcher)>();
        try
        {
            foreach (var l in lives)
            {
                acquired.Add((l, l.Manager.Acquire()));
            }

            using var multi = new MultiReader(acquired.Select(a => a.Searcher.IndexReader).ToArray(), false);
            result = read(new IndexSearcher(multi) { Similarity = Similarity });
            return true;
        }
        catch (Exception e) when (IsDamage(e) || e is ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            foreach (var (l, s) in acquired)
            {
                l.Manager.Release(s);
            }
        }
    }

    /// <summary>A new, empty build for a generation, written beside the index in use until it is finished.</summary>
    public Builder BeginBuild(int generation)
    {
        // Numbered after every build already here, so the newest complete build always sorts last.
        var prefix = $"{_name}-g{generation:D6}-";
        var seq = new System.IO.DirectoryInfo(_root).GetDirectories(prefix + "*")
            .Select(d => int.TryParse(d.Name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
        var path = System.IO.Path.Combine(_root, $"{prefix}{seq:D4}");
        var dir = FSDirectory.Open(path);
        var writer = new IndexWriter(dir, Config(OpenMode.CREATE));
        return new Builder(this, dir, writer, path, generation);
    }

    private void Replace(Live? next, bool deleteOld = true)
    {
        Live? old;
        lock (_swap)
        {
            old = _live;
            Volatile.Write(ref _live, next);
        }

        if (old is not null && old != next)
        {
            // Searches still holding the old searcher keep it until they release it.
            old.Dispose();
            if (deleteOld)
            {
                TryDelete(old.Path);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, true);
        }
        catch (IOException)
        {
            // Left for the next start-up's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => Replace(null, deleteOld: false);

    public sealed class Builder : IDisposable
    {
        private readonly SearchIndex _index;
        private readonly FSDirectory _dir;
        private readonly IndexWriter _writer;
        private readonly string _path;
        private readonly int _generation;
        private bool _done;

        internal Builder(SearchIndex index, FSDirectory dir, IndexWriter writer, string path, int generation)
        {
            _index = index;
            _dir = dir;
            _writer = writer;
            _path = path;
            _generation = generation;
        }

        /// <summary>Thread-safe: two threads adding at once keep both cores analysing.</summary>
        public void Add(Document doc) => _writer.AddDocument(doc);

        /// <summary>Ends the segment being written (tests: a search over several segments must answer as over one).</summary>
        internal void EndSegment() => _writer.Commit();

        /// <summary>Commits as complete at the outbox position read before the build began, and puts the build in use.</summary>
        public void Finish(long position)
        {
            _writer.SetCommitData(CommitData(position, _generation));
            _writer.Commit();
            var live = new Live(_dir, _writer, new SearcherManager(_writer, true, new Factory()), _path, position, _generation);
            _done = true;
            _index.Replace(live);
            _index.Broken = false;
        }

        public void Dispose()
        {
            if (!_done)
            {
                _writer.Rollback();
                _writer.Dispose();
                _dir.Dispose();
                TryDelete(_path);
            }
        }
    }

    private sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }

    private sealed class Live(FSDirectory dir, IndexWriter writer, SearcherManager manager, string path, long position, int generation) : IDisposable
    {
        public IndexWriter Writer => writer;

        public SearcherManager Manager => manager;

        public string Path => path;

        public long Position { get; set; } = position;

        public int Generation => generation;

        public void Dispose()
        {
            manager.Dispose();
            writer.Dispose();
            dir.Dispose();
        }
    }
}

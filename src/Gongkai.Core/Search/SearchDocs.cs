using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>What one search document is made of: a current public version, a staff draft, or an earlier version.</summary>
public sealed record IndexSource(
    int ItemId,
    long VersionId,
    int BodyId,
    string IndexNumber,
    string Title,
    string? Summary,
    string? DocumentNumber,
    string? Keywords,
    string BodyHtml,
    string Category,
    string? KeyArea,
    int Year,
    Validity Validity,
    DateOnly Date,
    string Kind,
    IReadOnlyList<string> FileHashes);

/// <summary>
/// The fields of the indexes and how database rows become documents. Text fields are indexed, not stored:
/// hits are shown from the database (the truth), so the index holds no second copy of any text.
/// </summary>
public static class SearchDocs
{
    public const string Key = "key";
    public const string Item = "item";
    public const string Version = "version";
    public const string Kind = "kind";

    /// <summary>The title, 主题词, 文号 and 索引号: a match here adds weight to a match in <see cref="All"/>.</summary>
    public const string Meta = "meta";

    /// <summary>The 索引号 as one untokenised term, for a whole 索引号 typed as printed.</summary>
    public const string IndexNo = "idx";

    /// <summary>
    /// Everything searchable in one field (title, summary, 主题词, 文号, 索引号, body, attachment text): a
    /// query matches here, once, and <see cref="Meta"/> only adds weight to the documents it matched.
    /// A word every item has then costs one pass over one list, not one per field.
    /// </summary>
    public const string All = "all";

    /// <summary>
    /// The character pairs of the title, 主题词 and 文号 (<see cref="ChineseText.Pairs"/>), without positions:
    /// what a query that matches nothing whole is ranked by, as a near match.
    /// </summary>
    public const string Pairs = "pairs";

    /// <summary>
    /// Every pair of adjacent Chinese characters of <see cref="All"/>, without frequencies or positions: a phrase
    /// whose words meet at a lone character (白鹿|溪, a name the dictionary lacks) is first narrowed to the items
    /// that have the pair where they meet (鹿溪), so that the positions of a character nearly every item has (溪 in
    /// 巫溪县) are read in a hundred items, not in the 60,000 that have 白鹿.
    /// </summary>
    public const string Grams = "grams";

    public const string Body = "body";
    public const string Category = "cat";
    public const string Area = "area";
    public const string Year = "year";
    public const string Validity = "valid";
    public const string Date = "date";

    /// <summary>The five facets of a document packed into one number, so that counting them over a million hits reads one value per hit.</summary>
    public const string Facets = "facets";

    /// <summary>Public documents: the current version of a published item.</summary>
    public static string PublicKey(int itemId) => "item:" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Staff documents: the working copy of an item that is not (or no longer) simply published.</summary>
    public static string DraftKey(int itemId) => "draft:" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Staff documents: an earlier (superseded) or withdrawn version.</summary>
    public static string VersionKey(long versionId) => "ver:" + versionId.ToString(CultureInfo.InvariantCulture);

    public static Document Build(string key, IndexSource s, string? filesText)
    {
        var area = s.KeyArea is { Length: > 0 } a ? Taxonomy.TopKeyArea(a) : null;
        var all = new System.Text.StringBuilder(s.Title.Length + s.BodyHtml.Length + 256)
            .Append(s.Title).Append('\n').Append(s.Summary).Append('\n').Append(s.Keywords).Append('\n')
            .Append(s.DocumentNumber).Append('\n').Append(s.IndexNumber).Append('\n')
            .Append(TextExtraction.HtmlToText(s.BodyHtml)).Append('\n').Append(filesText);
        var doc = new Document
        {
            new StringField(Key, key, Field.Store.YES),
            new StoredField(Item, s.ItemId),
            new StoredField(Version, s.VersionId),
            new StoredField(Kind, s.Kind),
            new TextField(Meta, $"{s.Title}\n{s.Keywords}\n{s.DocumentNumber}\n{s.IndexNumber}", Field.Store.NO),
            new StringField(IndexNo, ChineseText.Instance.Normalize(s.IndexNumber), Field.Store.NO),
            new Field(Pairs, new PairStream(ChineseText.Pairs(ChineseText.Instance.Normalize($"{s.Title}\n{s.Keywords}\n{s.DocumentNumber}"))), PairsType),
            new TextField(All, all.ToString(), Field.Store.NO),
            new Field(Grams, new PairStream(AdjacentPairs(ChineseText.Instance.Normalize(all.ToString()))), GramsType),
            new NumericDocValuesField(Date, s.Date.DayNumber),
            new NumericDocValuesField(Facets, FacetCodes.Pack(s.BodyId, s.Category, area, s.Year, s.Validity)),
        };
        AddFilter(doc, Body, s.BodyId.ToString(CultureInfo.InvariantCulture));
        AddFilter(doc, Category, s.Category);
        AddFilter(doc, Area, area ?? "none");
        if (s.KeyArea is { Length: > 0 } sub && sub != area)
        {
            AddFilter(doc, Area, sub);
        }

        AddFilter(doc, Year, s.Year.ToString(CultureInfo.InvariantCulture));
        AddFilter(doc, Validity, s.Validity.ToString());
        return doc;
    }

    private static readonly FieldType PairsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    private static readonly FieldType GramsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };

    /// <summary>The distinct pairs of adjacent Chinese characters of normalised text (<see cref="Grams"/>).</summary>
    public static List<string> AdjacentPairs(string normalized)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<string>();
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            if (ChineseText.IsHan(normalized[i]) && ChineseText.IsHan(normalized[i + 1]))
            {
                var pair = normalized.Substring(i, 2);
                if (seen.Add(pair))
                {
                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    private static void AddFilter(Document doc, string field, string value) => doc.Add(new StringField(field, value, Field.Store.NO));

    /// <summary>
    /// Every public and staff document of the items <paramref name="from"/>…<paramref name="to"/>, as
    /// (key, document) pairs; a null document deletes the key. Reading the items again (rather than
    /// trusting the outbox row's moment) makes applying the same row twice harmless.
    /// </summary>
    public static async Task<(List<(string Key, Document? Doc)> Public, List<(string Key, Document? Doc)> Staff, int Items)> LoadAsync(
        GongkaiDb db, int from, int to, CancellationToken ct)
    {
        var versions = await db.CatalogVersions.AsNoTracking().Where(v => v.ItemId >= from && v.ItemId <= to)
            .Select(v => new { v.Id, v.ItemId, v.BodyId, v.IndexNumber, v.Title, v.Summary, v.DocumentNumber, v.Keywords, v.BodyHtml, v.StatutoryCategory, v.KeyArea, v.Year, v.Validity, v.PublishedOn, v.State, v.Files })
            .ToListAsync(ct);
        var drafts = await db.CatalogItems.AsNoTracking().Where(i => i.Id >= from && i.Id <= to && i.State != ItemState.Published)
            .Select(i => new { i.Id, i.BodyId, i.IndexNumber, i.Title, i.Summary, i.DocumentNumber, i.Keywords, i.BodyHtml, i.StatutoryCategory, i.KeyArea, i.Validity, i.WrittenOn, i.State, Files = i.Attachments.Select(a => a.Sha256).ToList() })
            .ToListAsync(ct);

        var sources = new List<(string Key, bool Public, IndexSource Source)>();
        foreach (var v in versions)
        {
            var hashes = v.Files == "[]" ? [] : (JsonSerializer.Deserialize<List<VersionFile>>(v.Files) ?? []).Select(f => f.Sha256).ToList();
            var isPublic = v.State == VersionState.Current;
            var kind = v.State switch
            {
                VersionState.Current => "已公开",
                VersionState.Superseded => "已更正的旧版本",
                _ => "已撤回",
            };
            sources.Add((isPublic ? PublicKey(v.ItemId) : VersionKey(v.Id), isPublic, new IndexSource(
                v.ItemId, v.Id, v.BodyId, v.IndexNumber, v.Title, v.Summary, v.DocumentNumber, v.Keywords, v.BodyHtml, v.StatutoryCategory, v.KeyArea, v.Year, v.Validity, v.PublishedOn, kind, hashes)));
        }

        foreach (var d in drafts)
        {
            sources.Add((DraftKey(d.Id), false, new IndexSource(
                d.Id, 0, d.BodyId, d.IndexNumber, d.Title, d.Summary, d.DocumentNumber, d.Keywords, d.BodyHtml, d.StatutoryCategory, d.KeyArea, d.WrittenOn.Year, d.Validity, d.WrittenOn, CatalogItem.StateLabel(d.State), d.Files)));
        }

        var texts = await FileTextsAsync(db, sources.SelectMany(s => s.Source.FileHashes), ct);
        var pub = new List<(string, Document?)>();
        var staff = new List<(string, Document?)>();
        foreach (var (key, isPublic, source) in sources)
        {
            (isPublic ? pub : staff).Add((key, Build(key, source, FilesText(source, texts))));
        }

        // Whatever is not there any more is deleted: an item no longer current leaves the public index, a
        // published item's working copy leaves the staff index.
        // Every item is in one of the two reads: a published item has versions, any other is a working copy.
        var current = versions.Where(v => v.State == VersionState.Current).Select(v => v.ItemId).ToHashSet();
        var draft = drafts.Select(d => d.Id).ToHashSet();
        var itemIds = versions.Select(v => v.ItemId).Concat(draft).ToHashSet();
        foreach (var id in itemIds)
        {
            if (!current.Contains(id))
            {
                pub.Add((PublicKey(id), null));
            }

            if (!draft.Contains(id))
            {
                staff.Add((DraftKey(id), null));
            }
        }

        return (pub, staff, itemIds.Count);
    }

    public static async Task<Dictionary<string, string>> FileTextsAsync(GongkaiDb db, IEnumerable<string> hashes, CancellationToken ct)
    {
        var wanted = hashes.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return await db.Blobs.AsNoTracking().Where(b => wanted.Contains(b.Sha256) && b.Text != null)
            .Select(b => new { b.Sha256, b.Text })
            .ToDictionaryAsync(b => b.Sha256, b => b.Text!, StringComparer.Ordinal, ct);
    }

    public static string? FilesText(IndexSource s, IReadOnlyDictionary<string, string> texts)
    {
        if (s.FileHashes.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var h in s.FileHashes)
        {
            if (texts.TryGetValue(h, out var t))
            {
                sb.Append(t).Append('\n');
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}

/// <summary>
/// How the facets are packed into one number: body id (20 bits), statutory category and top key area
/// (their place in <see cref="Taxonomy"/> plus one, 7 bits each), year since 1900 (9 bits), validity (2 bits).
/// An index records <see cref="Schema"/> (which also names the field layout, "v4", and the analysis tables); an
/// index packed from other lists, laid out otherwise or analysed with other tables is rebuilt, not misread.
/// </summary>
public static class FacetCodes
{
    private static readonly string[] Categories = Taxonomy.StatutoryCategories.Select(t => t.Code).ToArray();
    private static readonly string[] Areas = Taxonomy.KeyAreas.Where(t => t.Parent is null).Select(t => t.Code).ToArray();

    public static string Schema { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        Encoding.UTF8.GetBytes("v4|" + string.Join(',', Categories) + "|" + string.Join(',', Areas) + "|" + ChineseText.DataDigest)))[..16];

    public static long Pack(int bodyId, string category, string? area, int year, Validity validity) =>
        ((long)Math.Clamp(bodyId, 0, (1 << 20) - 1) << 25)
        | ((long)(Array.IndexOf(Categories, category) + 1) << 18)
        | ((long)(area is null ? 0 : Array.IndexOf(Areas, area) + 1) << 11)
        | ((long)Math.Clamp(year - 1900, 0, 511) << 2)
        | (long)validity;

    /// <summary>The five facet values of a packed number, as the filter fields spell them.</summary>
    public static (int Body, int Category, int Area, int Year, int Validity) Unpack(long v) =>
        ((int)(v >> 25), (int)((v >> 18) & 127), (int)((v >> 11) & 127), (int)((v >> 2) & 511), (int)(v & 3));

    public static string Label(int facet, int code) => facet switch
    {
        0 => code.ToString(CultureInfo.InvariantCulture),
        1 => code == 0 ? "none" : Categories[code - 1],
        2 => code == 0 ? "none" : Areas[code - 1],
        3 => (code + 1900).ToString(CultureInfo.InvariantCulture),
        _ => ((Validity)code).ToString(),
    };
}

/// <summary>Terms given as a list, not analysed again.</summary>
internal sealed class PairStream : Lucene.Net.Analysis.TokenStream
{
    private readonly List<string> _terms;
    private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term;
    private int _next;

    public PairStream(List<string> terms)
    {
        _terms = terms;
        _term = AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _terms.Count)
        {
            return false;
        }

        _term.SetEmpty().Append(_terms[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}

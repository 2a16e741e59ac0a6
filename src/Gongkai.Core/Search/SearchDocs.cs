using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Lucene.Net.Documents;
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

    public const string Title = "title";
    public const string Summary = "summary";
    public const string DocNo = "docno";
    public const string Keywords = "kw";
    public const string IndexNo = "idx";
    public const string Text = "text";
    public const string FileText = "files";

    public const string Body = "body";
    public const string Category = "cat";
    public const string Area = "area";
    public const string Year = "year";
    public const string Validity = "valid";
    public const string Date = "date";

    /// <summary>The facet of a filter field: one value per document, counted from doc values.</summary>
    public static string Facet(string field) => "f_" + field;

    /// <summary>Public documents: the current version of a published item.</summary>
    public static string PublicKey(int itemId) => "item:" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Staff documents: the working copy of an item that is not (or no longer) simply published.</summary>
    public static string DraftKey(int itemId) => "draft:" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Staff documents: an earlier (superseded) or withdrawn version.</summary>
    public static string VersionKey(long versionId) => "ver:" + versionId.ToString(CultureInfo.InvariantCulture);

    public static Document Build(string key, IndexSource s, string? filesText)
    {
        var area = s.KeyArea is { Length: > 0 } a ? Taxonomy.TopKeyArea(a) : null;
        var doc = new Document
        {
            new StringField(Key, key, Field.Store.YES),
            new StoredField(Item, s.ItemId),
            new StoredField(Version, s.VersionId),
            new StoredField(Kind, s.Kind),
            new TextField(Title, s.Title, Field.Store.NO),
            new TextField(IndexNo, s.IndexNumber, Field.Store.NO),
            new StringField(IndexNo, ChineseText.Instance.Normalize(s.IndexNumber), Field.Store.NO),
            new TextField(Text, TextExtraction.HtmlToText(s.BodyHtml), Field.Store.NO),
            new NumericDocValuesField(Date, s.Date.DayNumber),
        };
        AddText(doc, Summary, s.Summary);
        AddText(doc, DocNo, s.DocumentNumber);
        AddText(doc, Keywords, s.Keywords);
        AddText(doc, FileText, filesText);
        AddFilter(doc, Body, s.BodyId.ToString(CultureInfo.InvariantCulture));
        AddFilter(doc, Category, s.Category);
        AddFilter(doc, Area, area ?? "none");
        if (s.KeyArea is { Length: > 0 } sub && sub != area)
        {
            doc.Add(new StringField(Area, sub, Field.Store.NO));
        }

        AddFilter(doc, Year, s.Year.ToString(CultureInfo.InvariantCulture));
        AddFilter(doc, Validity, s.Validity.ToString());
        return doc;
    }

    private static void AddText(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void AddFilter(Document doc, string field, string value)
    {
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedDocValuesField(Facet(field), new BytesRef(value)));
    }

    /// <summary>
    /// Every public and staff document of the items <paramref name="from"/>…<paramref name="to"/>, as
    /// (key, document) pairs; a null document deletes the key. Reading the items again (rather than
    /// trusting the outbox row's moment) makes applying the same row twice harmless.
    /// </summary>
    public static async Task<(List<(string Key, Document? Doc)> Public, List<(string Key, Document? Doc)> Staff)> LoadAsync(
        GongkaiDb db, int from, int to, CancellationToken ct)
    {
        var versions = await db.CatalogVersions.AsNoTracking().Where(v => v.ItemId >= from && v.ItemId <= to)
            .Select(v => new { v.Id, v.ItemId, v.BodyId, v.IndexNumber, v.Title, v.Summary, v.DocumentNumber, v.Keywords, v.BodyHtml, v.StatutoryCategory, v.KeyArea, v.Year, v.Validity, v.PublishedOn, v.State, v.Files })
            .ToListAsync(ct);
        var drafts = await db.CatalogItems.AsNoTracking().Where(i => i.Id >= from && i.Id <= to && i.State != ItemState.Published)
            .Select(i => new { i.Id, i.BodyId, i.IndexNumber, i.Title, i.Summary, i.DocumentNumber, i.Keywords, i.BodyHtml, i.StatutoryCategory, i.KeyArea, i.Validity, i.WrittenOn, i.State, Files = i.Attachments.Select(a => a.Sha256).ToList() })
            .ToListAsync(ct);
        var itemIds = await db.CatalogItems.AsNoTracking().Where(i => i.Id >= from && i.Id <= to).Select(i => i.Id).ToListAsync(ct);

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
        var current = versions.Where(v => v.State == VersionState.Current).Select(v => v.ItemId).ToHashSet();
        var draft = drafts.Select(d => d.Id).ToHashSet();
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

        return (pub, staff);
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

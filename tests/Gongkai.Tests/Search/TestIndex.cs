using Gongkai.Catalog;
using Gongkai.Search;

namespace Gongkai.Tests.Search;

/// <summary>A small public index built straight from sources, for the relevance and property tests.</summary>
internal static class TestIndex
{
    /// <summary>An item as the real-set tests have it: title, 文号, 索引号 and plain text; its id is its place in the list plus one.</summary>
    public static IndexSource Source(int id, string title, string? documentNumber, string? indexNumber, string text, DateOnly? date = null)
    {
        var on = date ?? new DateOnly(2020, 1, 1);
        return new IndexSource(id, id, 1, indexNumber ?? "x-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), title, null, documentNumber, null,
            System.Net.WebUtility.HtmlEncode(text), "a20-15", null, on.Year, Validity.Valid, on, "已公开", []);
    }

    /// <summary>
    /// The index in <paramref name="segments"/> segments: by default three, as a real index has many, so that every
    /// relevance and property test also runs the search's two halves (one segment would leave the second empty).
    /// </summary>
    public static SearchService Build(SearchIndexes indexes, IEnumerable<IndexSource> sources, int segments = 3)
    {
        var all = sources.ToList();
        using (var build = indexes.Public.BeginBuild(1))
        {
            for (var k = 0; k < all.Count; k++)
            {
                if (k > 0 && k % Math.Max(1, (all.Count + segments - 1) / segments) == 0)
                {
                    build.EndSegment();
                }

                build.Add(SearchDocs.Build(SearchDocs.PublicKey(all[k].ItemId), all[k], null));
            }

            build.Finish(0);
        }

        return new SearchService(indexes);
    }

    /// <summary>The item ids of a first page of ten as a reader sees it: the whole matches, then the near ones.</summary>
    public static List<int> Top10(SearchService search, string query)
    {
        var r = search.SearchPublic(new SearchRequest(query, PageSize: 10));
        return r.Hits.Concat(r.Near ?? []).Take(10).Select(h => h.ItemId).ToList();
    }
}

namespace Gongkai.Search;

/// <summary>A piece of a snippet; <paramref name="Mark"/> pieces are the words searched for.</summary>
public readonly record struct SnippetPart(string Text, bool Mark);

/// <summary>
/// Snippets are cut from the database's text, not from the index: the passage around the first words
/// searched for, with every occurrence marked. Matching runs on the normalised text (资訊 matches 资讯),
/// whose offsets are those of the original, so the original characters are shown.
/// </summary>
public static class Snippets
{
    public static List<SnippetPart> Make(string text, IReadOnlyList<string> marks, int length = 110, bool fromStart = false)
    {
        text = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var norm = ChineseText.Instance.Normalize(text);
        var hits = new List<(int Start, int Length)>();
        foreach (var m in marks.Where(m => m.Length > 0))
        {
            for (var i = norm.IndexOf(m, StringComparison.Ordinal); i >= 0; i = norm.IndexOf(m, i + m.Length, StringComparison.Ordinal))
            {
                if (!hits.Any(h => i < h.Start + h.Length && h.Start < i + m.Length))
                {
                    hits.Add((i, m.Length));
                }
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var from = fromStart || hits.Count == 0 ? 0 : Math.Max(0, hits[0].Start - (length / 4));
        var to = Math.Min(text.Length, from + length);
        var parts = new List<SnippetPart>();
        if (from > 0)
        {
            parts.Add(new SnippetPart("…", false));
        }

        var at = from;
        foreach (var (start, len) in hits.Where(h => h.Start >= from && h.Start + h.Length <= to))
        {
            if (start > at)
            {
                parts.Add(new SnippetPart(text[at..start], false));
            }

            parts.Add(new SnippetPart(text.Substring(start, len), true));
            at = start + len;
        }

        if (to > at)
        {
            parts.Add(new SnippetPart(text[at..to], false));
        }

        if (to < text.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }

        return parts;
    }

    /// <summary>The title with the words searched for marked.</summary>
    public static List<SnippetPart> Title(string title, IReadOnlyList<string> marks) => Make(title, marks, Math.Max(title.Length, 1), fromStart: true);
}

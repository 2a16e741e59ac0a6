using System.Collections.Frozen;
using System.Reflection;

namespace Gongkai.Search;

/// <summary>A piece of analysed text: <paramref name="Start"/> is its character offset in the text.</summary>
public readonly record struct TextToken(string Text, int Start, int Length);

/// <summary>
/// Chinese text for search. Every character is first normalised one for one (full width to half width,
/// traditional to simplified, upper to lower case), so offsets in the normalised text are offsets in the
/// original. Chinese runs are then cut into words by a dictionary (the most probable path through every
/// dictionary word, as jieba does, without its HMM for unknown words); letters and digits form their own
/// tokens.
/// <para>
/// Indexing emits, at each character offset, the character itself, the dictionary words of two and
/// three characters inside a longer word, and the word: 财政局 gives 财, 财政, 财政局, 政, 政局, 局. A query
/// emits only its words, and its words must appear at the same relative offsets (a phrase by character
/// offset). So 财政 finds 财政局, a single character finds any word holding it, and 低保 never matches
/// 降低保险, whose words are 降低 and 保险.
/// </para>
/// </summary>
public sealed class ChineseText
{
    private const int MaxWordLength = 16;

    private static readonly Lazy<ChineseText> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The analysis in force for the current flow of execution. Only the relevance evaluation changes it, to
    /// compare the alternatives on the same judged set; everything else runs <see cref="Analysis.Words"/>.
    /// </summary>
    internal static readonly AsyncLocal<Analysis> Variant = new();

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly double _logTotal;
    private readonly FrozenDictionary<string, string> _terms;
    private readonly char[] _map;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _general;

    private ChineseText(Dictionary<string, int> freq, Dictionary<string, int> general, long total, char[] map, FrozenDictionary<string, string> terms)
    {
        _general = general.GetAlternateLookup<ReadOnlySpan<char>>();
        _lookup = freq.GetAlternateLookup<ReadOnlySpan<char>>();
        _logTotal = Math.Log(total);
        _map = map;
        _terms = terms;
    }

    /// <summary>The dictionary and tables, loaded once per process (about 0.3 s).</summary>
    public static ChineseText Instance => Shared.Value;

    /// <summary>One character, normalised: 資 → 资, Ａ → a, 　 → space.</summary>
    public char Normalize(char c) => _map[c];

    public string Normalize(string text) => string.Create(text.Length, (text, _map), static (span, s) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = s._map[s.text[i]];
        }
    });

    /// <summary>Regional terms a query may use for the mainland government word (资讯 → 信息); queries only.</summary>
    public string MapTerms(string normalized)
    {
        foreach (var (from, to) in _terms)
        {
            if (normalized.Contains(from, StringComparison.Ordinal))
            {
                normalized = normalized.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return normalized;
    }

    /// <summary>A long word as the shorter words it is made of (人事任免 → 人事 任免), for queries that look beyond the exact word.</summary>
    public List<string> Split(string word)
    {
        var result = new List<string>();
        if (word.Length < 3 || !word.All(IsHan))
        {
            return result;
        }

        // The whole word is not a way through: only the shorter words inside it are.
        var next = new int[word.Length];
        BestPath(word, county: false, word.Length - 1, next);
        for (var i = 0; i < word.Length; i = next[i])
        {
            result.Add(word[i..next[i]]);
        }

        return result;
    }

    public bool IsWord(ReadOnlySpan<char> s) => _lookup.TryGetValue(s, out var f) && f > 0;

    /// <summary>The tokens of already normalised text, for the index (every character, sub-words, words) or for a query (words only).</summary>
    public void Tokens(string text, bool forIndex, List<TextToken> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                var start = i;
                while (i < text.Length && IsHan(text[i]))
                {
                    i++;
                }

                if (Variant.Value == Analysis.Bigrams)
                {
                    Bigrams(text, start, i - start, into);
                }
                else
                {
                    // The county's terms keep place and body names whole on both sides (宁厂镇 is one term, not three
                    // characters to check by position); the relevance set measured cutting queries finer no better.
                    var county = Variant.Value != Analysis.GeneralDictionary && (forIndex || Variant.Value != Analysis.GeneralQueries);
                    Cut(text, start, i - start, forIndex, county, into);
                }
            }
            else if (IsAlnum(c))
            {
                var start = i;
                while (i < text.Length && (IsAlnum(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsAlnum(text[i + 1]) && IsAlnum(text[i - 1]))))
                {
                    i++;
                }

                Latin(text, start, i - start, forIndex, into);
            }
            else
            {
                i++;
            }
        }
    }

    public List<TextToken> Tokens(string text, bool forIndex)
    {
        var list = new List<TextToken>();
        Tokens(text, forIndex, list);
        return list;
    }

    public static bool IsHan(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf') or (>= '\uf900' and <= '\ufaff') or '〇';

    private static bool IsAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsJoiner(char c) => c is '.' or '-' or '/' or '_';

    /// <summary>
    /// Letters and digits: the whole run (pm2.5, 2015-00012), and for the index also its parts split at
    /// joiners and at letter/digit changes (pm, 2, 5), so that a query for any part finds it.
    /// </summary>
    private static void Latin(string text, int start, int length, bool forIndex, List<TextToken> into)
    {
        into.Add(new TextToken(text.Substring(start, length), start, length));
        if (!forIndex)
        {
            return;
        }

        var end = start + length;
        var p = start;
        while (p < end)
        {
            if (IsJoiner(text[p]))
            {
                p++;
                continue;
            }

            var digit = char.IsAsciiDigit(text[p]);
            var q = p;
            while (q < end && !IsJoiner(text[q]) && char.IsAsciiDigit(text[q]) == digit)
            {
                q++;
            }

            if (q - p < length)
            {
                into.Add(new TextToken(text.Substring(p, q - p), p, q - p));
            }

            p = q;
        }
    }

    /// <summary>
    /// The overlapping pairs of Chinese characters of already normalised text (a lone character stands for
    /// itself), and each run of letters or digits whole (2017, pm2): what a near match is measured in, since
    /// a mistyped character or a question's own words spoil only the pairs they are in, while a number
    /// cut into pairs (20, 01) would match every year.
    /// </summary>
    public static List<string> Pairs(string text)
    {
        var pairs = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var han = IsHan(text[i]);
            if (!han && !IsAlnum(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (han ? IsHan(text[i]) : IsAlnum(text[i])))
            {
                i++;
            }

            if (!han || i - start == 1)
            {
                pairs.Add(text[start..i]);
            }
            else
            {
                for (var p = start; p + 2 <= i; p++)
                {
                    pairs.Add(text.Substring(p, 2));
                }
            }
        }

        return pairs;
    }

    /// <summary>Overlapping pairs of characters (a lone character stands for itself): the usual CJK fallback, kept for comparison.</summary>
    private static void Bigrams(string text, int start, int length, List<TextToken> into)
    {
        if (length == 1)
        {
            into.Add(new TextToken(text.Substring(start, 1), start, 1));
        }

        for (var p = start; p + 2 <= start + length; p++)
        {
            into.Add(new TextToken(text.Substring(p, 2), p, 2));
        }
    }

    /// <summary>
    /// The most probable way through a run of Chinese characters by the dictionary's word frequencies, with
    /// words of at most <paramref name="maxWord"/> characters: <paramref name="next"/>[i] is where the word
    /// starting at i ends.
    /// </summary>
    private void BestPath(ReadOnlySpan<char> run, bool county, int maxWord, Span<int> next)
    {
        var length = run.Length;
        Span<double> best = length <= 512 ? stackalloc double[length + 1] : new double[length + 1];
        best[length] = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            // A single character is always a way through; unknown ones count as seen once.
            var single = _lookup.TryGetValue(run.Slice(i, 1), out var f1) && f1 > 0 ? f1 : 1;
            var bestScore = Math.Log(single) - _logTotal + best[i + 1];
            var bestEnd = i + 1;
            for (var j = i + 2; j <= Math.Min(length, i + maxWord); j++)
            {
                if (!_lookup.TryGetValue(run[i..j], out var f))
                {
                    break; // not even a prefix of a word
                }

                f = Frequency(run[i..j], f, county);
                if (f > 0)
                {
                    var score = Math.Log(f) - _logTotal + best[j];
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestEnd = j;
                    }
                }
            }

            best[i] = bestScore;
            next[i] = bestEnd;
        }
    }

    /// <summary>The most probable segmentation of a run of Chinese characters by the dictionary's word frequencies.</summary>
    private int Frequency(ReadOnlySpan<char> word, int county, bool useCounty) =>
        !useCounty && _general.TryGetValue(word, out var g) ? g : county;

    private void Cut(string text, int start, int length, bool forIndex, bool county, List<TextToken> into)
    {
        var run = text.AsSpan(start, length);
        Span<int> next = length <= 512 ? stackalloc int[length] : new int[length];
        BestPath(run, county, MaxWordLength, next);
        for (var i = 0; i < length;)
        {
            var end = next[i];
            var len = end - i;
            if (!forIndex)
            {
                into.Add(new TextToken(text.Substring(start + i, len), start + i, len));
            }
            else
            {
                // Ordered by offset, then by length: Lucene needs positions that never go back.
                for (var p = i; p < end; p++)
                {
                    if (len == 1 || Variant.Value != Analysis.WordsWithoutCharacters)
                    {
                        into.Add(new TextToken(text.Substring(start + p, 1), start + p, 1));
                    }

                    for (var n = 2; n < len && p + n <= end; n++)
                    {
                        if (IsWord(run.Slice(p, n)))
                        {
                            into.Add(new TextToken(text.Substring(start + p, n), start + p, n));
                        }
                    }

                    if (p == i && len > 1)
                    {
                        into.Add(new TextToken(text.Substring(start + i, len), start + i, len));
                    }
                }
            }

            i = end;
        }
    }

    private static ChineseText Load()
    {
        var freq = new Dictionary<string, int>(600_000, StringComparer.Ordinal);
        long total = 0;
        void Add(string word, int f)
        {
            if (word.Length is 0 or > MaxWordLength)
            {
                return;
            }

            freq.TryGetValue(word, out var old);
            // The county's own terms win over the general dictionary's figure for the same word.
            freq[word] = Math.Max(old, f);
            total += f;
            for (var k = 1; k < word.Length; k++)
            {
                freq.TryAdd(word[..k], 0);
            }
        }

        foreach (var line in Lines("jieba-dict.txt"))
        {
            var parts = line.Split(' ');
            if (parts.Length >= 2 && int.TryParse(parts[1], out var f))
            {
                Add(parts[0], f);
            }
        }

        var map = BuildMap(Lines("t2s-chars.txt"));
        var general = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lines("gov-dict.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && int.TryParse(parts[1], out var f))
            {
                general[parts[0]] = freq.TryGetValue(parts[0], out var before) ? before : 0;
                // Scaled up so that a county term beats the general split of the same characters.
                Add(parts[0], Math.Max(f, 1) * 20);
            }
        }

        var terms = Lines("t2s-terms.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new ChineseText(freq, general, total, map, terms);
    }

    private static char[] BuildMap(IEnumerable<string> pairs)
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }

        foreach (var line in pairs)
        {
            if (line.Length == 3 && line[1] == ' ')
            {
                map[line[0]] = line[2];
            }
        }

        for (var c = 'Ａ'; c <= 'Ｚ'; c++)
        {
            map[c] = (char)('a' + (c - 'Ａ'));
        }

        for (var c = '！'; c <= '～'; c++)
        {
            if (map[c] == c)
            {
                map[c] = (char)(c - 0xFEE0);
            }
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = char.ToLowerInvariant(c);
        }

        for (var c = 'ａ'; c <= 'ｚ'; c++)
        {
            map[c] = (char)('a' + (c - 'ａ'));
        }

        map['\u3000'] = ' ';
        // Roman numerals Ⅰ-Ⅸ (upper and lower) are digits (Ⅳ级 = 4级); ○ in a year written out is 〇.
        for (var k = 0; k < 9; k++)
        {
            map['\u2160' + k] = (char)('1' + k);
            map['\u2170' + k] = (char)('1' + k);
        }

        map['\u25CB'] = '〇';
        return map;
    }

    /// <summary>The lines of one of the embedded word lists, comments and blank lines left out.</summary>
    internal static IEnumerable<string> ResourceLines(string name) => Lines(name);

    /// <summary>Tables that only expand queries: the index holds nothing of them, so editing them must not make every node rebuild.</summary>
    private static readonly HashSet<string> QueryOnly = new(StringComparer.Ordinal)
    {
        "Gongkai.Search.synonyms.txt", "Gongkai.Search.abbreviations.txt", "Gongkai.Search.t2s-terms.txt",
    };

    /// <summary>
    /// A digest of every table the analysis of indexed text reads (dictionaries, the character map): an index written with
    /// other tables cut text otherwise, so it is rebuilt rather than searched with tokens it does not hold.
    /// </summary>
    public static string DataDigest { get; } = Digest();

    private static string Digest()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        // Raised when the code of the character map changes (2: Roman numerals and ○).
        sha.AppendData("map 2"u8);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Gongkai.Search.", StringComparison.Ordinal) && !QueryOnly.Contains(n)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            sha.AppendData(copy.ToArray());
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Gongkai.Search." + name)
            ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return line;
            }
        }
    }
}

/// <summary>The analyses the relevance evaluation compares (docs/benchmarks.md); <see cref="Words"/> is the one in use.</summary>
internal enum Analysis
{
    /// <summary>Dictionary words with the county's terms, sub-words and every character; queries as phrases by offset.</summary>
    Words,

    /// <summary>As <see cref="Words"/> without the county's terms and place names.</summary>
    GeneralDictionary,

    /// <summary>As <see cref="Words"/>, queries cut by the general dictionary only (finer).</summary>
    GeneralQueries,

    /// <summary>As <see cref="Words"/> without indexing every character (jieba's search mode with offsets).</summary>
    WordsWithoutCharacters,

    /// <summary>Overlapping character pairs.</summary>
    Bigrams,
}

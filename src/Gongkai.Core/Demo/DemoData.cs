using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Demo;

/// <summary>
/// The demo's texts, kept in Demo/Data as embedded files so county staff and translators can edit them without
/// touching C#. Each table a generator asks for is noted, so a test can prove no table in the files lies unused.
/// </summary>
internal static class DemoData
{
    public const string Words = "words.txt", Tables = "tables.json", Kinds = "kinds.json", Units = "units.json", Services = "services.json";

    public static readonly IReadOnlyList<string> Files = [Words, Tables, Kinds, Units, Services];

    // Strict, so a typo in a field name or a dropped field fails at start-up instead of quietly changing the demo.
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    private static readonly Lazy<Dictionary<string, string[]>> WordLists = new(() => ParseWords(Text(Words)));

    private static readonly ConcurrentDictionary<string, JsonElement> Documents = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, bool> Asked = new(StringComparer.Ordinal);

    /// <summary>A list of words.txt.</summary>
    public static string[] List(string name)
    {
        Asked[Words + "/" + name] = true;
        return WordLists.Value.TryGetValue(name, out var list) ? list : throw Missing(Words, name);
    }

    /// <summary>A top-level entry of one of the JSON files.</summary>
    public static T Table<T>(string file, string name)
    {
        Asked[file + "/" + name] = true;
        if (!Root(file).TryGetProperty(name, out var element))
        {
            throw Missing(file, name);
        }

        return element.Deserialize<T>(Options) ?? throw Missing(file, name);
    }

    /// <summary>Every table in the files, as "file/name".</summary>
    public static IEnumerable<string> Sections() =>
        WordLists.Value.Keys.Select(k => Words + "/" + k)
            .Concat(Files.Where(f => f != Words).SelectMany(f => Root(f).EnumerateObject().Select(p => f + "/" + p.Name)));

    /// <summary>The tables asked for so far, as "file/name".</summary>
    public static IReadOnlyCollection<string> AskedFor => [.. Asked.Keys];

    public static string Text(string file)
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("Gongkai.Demo." + file)
            ?? throw new InvalidOperationException($"Demo data file {file} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// "[Name]" opens a list, each following line is one entry; "#" lines and blank lines are for people.
    /// </summary>
    public static Dictionary<string, string[]> ParseWords(string text)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                if (!lists.TryAdd(line[1..^1], current))
                {
                    throw new InvalidDataException($"{Words} line {lineNumber}: list {line} appears twice.");
                }

                continue;
            }

            (current ?? throw new InvalidDataException($"{Words} line {lineNumber}: an entry before the first [list] header.")).Add(line);
        }

        return lists.ToDictionary(l => l.Key, l => l.Value.ToArray(), StringComparer.Ordinal);
    }

    private static JsonElement Root(string file) =>
        Documents.GetOrAdd(file, f =>
        {
            using var document = JsonDocument.Parse(Text(f), DocumentOptions);
            return document.RootElement.Clone();
        });

    private static InvalidDataException Missing(string file, string name) => new($"Demo data file {file} has no table {name}.");
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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

    public const string KeyAreas = "keyareas.json", Series = "series.json", Records = "records.json";

    public static readonly IReadOnlyList<string> Files = [Words, Tables, Kinds, Units, Services, KeyAreas, Series, Records];

    /// <summary>The files made of named templates (section → name → text), filled by <see cref="Fill"/>.</summary>
    public static readonly IReadOnlyList<string> TemplateFiles = [KeyAreas, Series];

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

        try
        {
            return element.Deserialize<T>(Options) ?? throw Missing(file, name);
        }
        catch (JsonException e)
        {
            // The serializer names the path within the table (such as $[3].Lead); the file and table complete it.
            throw new InvalidDataException($"Demo data file {file}, table {name}: {e.Message}", e);
        }
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

    /// <summary>
    /// The template <paramref name="name"/> of <paramref name="section"/> in <paramref name="file"/>, its {placeholder}s
    /// (or {placeholder:format}, a .NET format for a number) replaced by the values the generator passes. The values
    /// and the placeholders must match exactly: a placeholder the generator does not fill, or a value the text does
    /// not show, is a slip in the file and fails naming the file and entry.
    /// </summary>
    public static string Fill(string file, string section, string name, params ReadOnlySpan<(string Name, object Value)> values) =>
        Render(Template(file, section, name).Parts, file, section + "/" + name, values);

    /// <summary>Fills a template given as text; <paramref name="file"/> and <paramref name="entry"/> only name it in errors.</summary>
    public static string FillText(string template, string file, string entry, params ReadOnlySpan<(string Name, object Value)> values) =>
        Render(ParseTemplate(template, $"Demo data file {file}, entry {entry}"), file, entry, values);

    private static string Render(List<(string Text, string? Placeholder, string? Format)> parts, string file, string entry, ReadOnlySpan<(string Name, object Value)> values)
    {
        if (values.Length > 31)
        {
            throw new ArgumentException($"{file} {entry}: at most 31 values fit one template.", nameof(values));
        }

        var builder = new StringBuilder(256);
        var used = 0;
        foreach (var (text, placeholder, format) in parts)
        {
            builder.Append(text);
            if (placeholder is null)
            {
                continue;
            }

            var found = -1;
            for (var i = 0; i < values.Length; i++)
            {
                if (string.Equals(values[i].Name, placeholder, StringComparison.Ordinal))
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                throw Bad(file, entry, $"has the placeholder {{{placeholder}}}, which the generator does not fill (it fills {Names(values)}).");
            }

            used |= 1 << found;
            switch (values[found].Value)
            {
                case string s when format is null:
                    builder.Append(s);
                    break;
                case IFormattable f:
                    builder.Append(f.ToString(format, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw Bad(file, entry, $"gives the format {format} to {{{placeholder}}}, which is a text, not a number.");
            }
        }

        if (used != (1 << values.Length) - 1)
        {
            var missing = new List<string>();
            for (var i = 0; i < values.Length; i++)
            {
                if ((used & (1 << i)) == 0)
                {
                    missing.Add("{" + values[i].Name + "}");
                }
            }

            throw Bad(file, entry, $"lacks the placeholder {string.Join("、", missing)}, which every text of this entry must show.");
        }

        return builder.ToString();
    }

    /// <summary>
    /// A text of a table of texts (name → text) that the generator fills by other means, such as kinds.json's Annual
    /// paragraphs with their {S}-style slots.
    /// </summary>
    public static string Entry(string file, string table, string name)
    {
        var texts = TextTables.GetOrAdd(file + "/" + table, _ => Table<Dictionary<string, string>>(file, table));
        Asked[file + "/" + table + "/" + name] = true;
        return texts.TryGetValue(name, out var text) ? text : throw new InvalidDataException($"Demo data file {file} has no entry {table}/{name}.");
    }

    /// <summary>Every template entry of the template files, as "file/section/name".</summary>
    public static IEnumerable<string> TemplateEntries() =>
        TemplateFiles.SelectMany(f => Root(f).EnumerateObject().SelectMany(s => s.Value.EnumerateObject().Select(e => f + "/" + s.Name + "/" + e.Name)));

    /// <summary>Parses a template: literal text, then a placeholder and its format (null after the last text).</summary>
    public static List<(string Text, string? Placeholder, string? Format)> ParseTemplate(string template, string where)
    {
        var parts = new List<(string, string?, string?)>();
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new InvalidDataException($"{where}: a lone }} at character {i + 1}; write }}}} for a brace in the text.");
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var close = template.IndexOf('}', i);
            var inner = close < 0 ? "" : template[(i + 1)..close];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var placeholder = colon < 0 ? inner : inner[..colon];
            if (close < 0 || placeholder.Length == 0 || !placeholder.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(placeholder[0]))
            {
                throw new InvalidDataException($"{where}: a malformed placeholder at character {i + 1}; placeholders are {{name}} or {{name:format}}, and {{{{ is a brace in the text.");
            }

            parts.Add((text.ToString(), placeholder, colon < 0 ? null : inner[(colon + 1)..]));
            text.Clear();
            i = close;
        }

        parts.Add((text.ToString(), null, null));
        return parts;
    }

    private sealed record ParsedTemplate(List<(string Text, string? Placeholder, string? Format)> Parts);

    private static readonly ConcurrentDictionary<string, ParsedTemplate> Templates = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Dictionary<string, string>> TextTables = new(StringComparer.Ordinal);

    private static ParsedTemplate Template(string file, string section, string name)
    {
        var key = file + "/" + section + "/" + name;
        if (Templates.TryGetValue(key, out var parsed))
        {
            return parsed;
        }

        var entries = Table<Dictionary<string, string>>(file, section);
        if (!entries.TryGetValue(name, out var text))
        {
            throw new InvalidDataException($"Demo data file {file} has no entry {section}/{name}.");
        }

        Asked[key] = true;
        return Templates.GetOrAdd(key, _ => new ParsedTemplate(ParseTemplate(text, $"Demo data file {file}, entry {section}/{name}")));
    }

    private static string Names(ReadOnlySpan<(string Name, object Value)> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            names.Add("{" + v.Name + "}");
        }

        return names.Count == 0 ? "none" : string.Join("、", names);
    }

    private static InvalidDataException Bad(string file, string entry, string what) =>
        new($"Demo data file {file}, entry {entry}, {what}");

    private static JsonElement Root(string file) =>
        Documents.GetOrAdd(file, f =>
        {
            using var document = JsonDocument.Parse(Text(f), DocumentOptions);
            return document.RootElement.Clone();
        });

    private static InvalidDataException Missing(string file, string name) => new($"Demo data file {file} has no table {name}.");
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Gongkai.Catalog;

namespace Gongkai.Documents;

/// <summary>
/// Reads the table files counties bring to an import: CSV in UTF-8 (with or without a BOM) or in GB18030
/// (what Chinese Excel and WPS write for "CSV（逗号分隔）"), and .xlsx workbooks (the first worksheet).
/// Records come with the line (CSV) or row number (xlsx) they start on, so a reject report points at it.
/// </summary>
public static class TableFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TableFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsXlsx(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<(long Line, List<string>? Fields, string? Error)> Read(string path)
    {
        if (IsXlsx(path))
        {
            return ReadXlsx(path);
        }

        return ReadCsv(path);
    }

    private static IEnumerable<(long, List<string>?, string?)> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, DetectEncoding(path), detectEncodingFromByteOrderMarks: true);
        foreach (var record in Csv.Read(reader))
        {
            yield return record;
        }
    }

    /// <summary>A CSV held in a seekable stream (an upload), in either encoding, read like a file.</summary>
    public static IEnumerable<(long Line, List<string>? Fields, string? Error)> ReadCsv(Stream stream)
    {
        stream.Position = 0;
        var encoding = DetectEncoding(stream);
        stream.Position = 0;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var record in Csv.Read(reader))
        {
            yield return record;
        }
    }

    /// <summary>UTF-8 when every byte of the file decodes strictly as UTF-8 (or it starts with a BOM); GB18030 otherwise.</summary>
    public static Encoding DetectEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        return DetectEncoding(stream);
    }

    public static Encoding DetectEncoding(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The first worksheet, row by row; cells skipped by the writer (empty ones) come back as empty strings.</summary>
    private static List<(long, List<string>?, string?)> ReadXlsx(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            return [(1, null, "不是有效的 .xlsx 文件")];
        }

        using (zip)
        {
            try
            {
                var sheet = FirstSheetPath(zip);
                var entry = sheet is null ? null : zip.GetEntry(sheet);
                if (entry is null)
                {
                    return [(1, null, ".xlsx 文件中没有工作表")];
                }

                var strings = SharedStrings(zip);
                using var stream = entry.Open();
                return SheetRows(stream, strings);
            }
            catch (XmlException)
            {
                return [(1, null, ".xlsx 文件内容损坏（XML 无法读取）")];
            }
        }
    }

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false };

    private static string? FirstSheetPath(ZipArchive zip)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        if (workbook is null)
        {
            return null;
        }

        string? id = null;
        using (var reader = XmlReader.Create(workbook.Open(), XmlSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
            }
        }

        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (id is not null && rels is not null)
        {
            using var reader = XmlReader.Create(rels.Open(), XmlSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == id && reader.GetAttribute("Target") is { } target)
                {
                    // Targets are relative to xl/ unless absolute within the package.
                    return target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return list;
        }

        using var reader = XmlReader.Create(entry.Open(), XmlSettings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                list.Add(ItemText(reader));
            }
        }

        return list;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; element: its &lt;t&gt; runs, without phonetic guides (&lt;rPh&gt;).</summary>
    private static string ItemText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        var inPhonetic = false;
        var advanced = reader.Read();
        while (advanced && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                inPhonetic = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "rPh")
            {
                inPhonetic = false;
            }
            else if (!inPhonetic && reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                // Reading the content leaves the reader on the node after </t>, which is looked at next.
                text.Append(reader.ReadElementContentAsString());
                advanced = true;
                continue;
            }

            advanced = reader.Read();
        }

        return text.ToString();
    }

    private static List<(long, List<string>?, string?)> SheetRows(Stream stream, List<string> strings)
    {
        var rows = new List<(long, List<string>?, string?)>();
        using var reader = XmlReader.Create(stream, XmlSettings);
        List<string>? row = null;
        long rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = long.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                row = [];
                if (reader.IsEmptyElement)
                {
                    row = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && row is not null)
            {
                if (row.Any(c => c.Length > 0))
                {
                    rows.Add((rowNumber, row, null));
                }

                row = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && row is not null)
            {
                var column = ColumnIndex(reader.GetAttribute("r")) ?? row.Count;
                var value = CellValue(reader, strings);
                while (row.Count < column)
                {
                    row.Add("");
                }

                if (column < row.Count)
                {
                    row[column] = value;
                }
                else
                {
                    row.Add(value);
                }
            }
        }

        return rows;
    }

    private static string CellValue(XmlReader reader, List<string> strings)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var depth = reader.Depth;
        string? raw = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "is")
            {
                return ItemTextThenClose(reader, depth);
            }

            if (reader.LocalName == "v")
            {
                raw = reader.ReadElementContentAsString();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }
        }

        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "",
            "b" => raw == "1" ? "TRUE" : "FALSE",
            "str" or "e" => raw ?? "",
            _ => Number(raw),
        };
    }

    private static string ItemTextThenClose(XmlReader reader, int cellDepth)
    {
        var text = ItemText(reader);
        while (reader.Depth > cellDepth && reader.Read())
        {
        }

        return text;
    }

    /// <summary>A number cell as the person typed it: 405800, not 405800.0; Excel's float noise is rounded away.</summary>
    private static string Number(string? raw)
    {
        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return raw ?? "";
        }

        return Math.Abs(d) < 1e15 && d == Math.Floor(d) ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            n = (n * 26) + (c - 'A' + 1);
        }

        return n == 0 ? null : n - 1;
    }
}

/// <summary>
/// The header row of an import table: each column known by its English name or a Chinese one, so that
/// a file typed from a county's own spreadsheet template is read without renaming its columns.
/// </summary>
public sealed class TableHeader
{
    private readonly Dictionary<string, int> _columns;

    private TableHeader(Dictionary<string, int> columns) => _columns = columns;

    /// <summary>The header when it names every required column; otherwise null.</summary>
    public static TableHeader? Parse(List<string> fields, IReadOnlyDictionary<string, string[]> aliases, params string[] required)
    {
        var byAlias = aliases.SelectMany(a => a.Value.Append(a.Key).Select(alias => (Alias: Key(alias), Name: a.Key)))
            .GroupBy(x => x.Alias).ToDictionary(g => g.Key, g => g.First().Name);
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (byAlias.TryGetValue(Key(fields[i]), out var name))
            {
                columns.TryAdd(name, i);
            }
        }

        return required.All(columns.ContainsKey) ? new TableHeader(columns) : null;
    }

    public string? Get(List<string> fields, string name) =>
        _columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;

    private static string Key(string s) => new string(s.Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '\uFEFF').ToArray()).ToLowerInvariant()
        .Replace('（', '(').Replace('）', ')');
}

/// <summary>One row of an import table by column name (values trimmed, empty cells left out), or why its line could not be read.</summary>
public sealed record TableRow(long Line, IReadOnlyDictionary<string, string>? Fields, string? Error)
{
    /// <summary>
    /// The rows of a table file whose header names at least <paramref name="required"/>; a header that does not
    /// gives one row with <paramref name="badHeader"/> and ends the file.
    /// </summary>
    public static IEnumerable<TableRow> Read(string path, IReadOnlyDictionary<string, string[]> columns, string required, string badHeader) =>
        Read(TableFile.Read(path), columns, required, badHeader);

    /// <summary>The same over records already split into fields (a CSV upload, see <see cref="TableFile.ReadCsv(Stream)"/>).</summary>
    public static IEnumerable<TableRow> Read(IEnumerable<(long Line, List<string>? Fields, string? Error)> records, IReadOnlyDictionary<string, string[]> columns, string required, string badHeader)
    {
        TableHeader? header = null;
        foreach (var (line, fields, error) in records)
        {
            if (fields is null)
            {
                yield return new TableRow(line, null, error);
                continue;
            }

            if (header is null)
            {
                header = TableHeader.Parse(fields, columns, required);
                if (header is null)
                {
                    yield return new TableRow(line, null, badHeader);
                    yield break;
                }

                continue;
            }

            yield return new TableRow(line, Values(header, fields, columns.Keys), null);
        }
    }

    /// <summary>
    /// A JSON array of objects, one per row, each named by the same column names as a table's header (English or
    /// Chinese): what a platform that exports JSON rather than CSV gives. A row's line is its place in the array,
    /// from 1; strings, numbers and true/false are taken as their text, null and "" as an empty cell.
    /// </summary>
    public static IEnumerable<TableRow> ReadJson(System.Text.Json.JsonElement array, IReadOnlyDictionary<string, string[]> columns, string required, string badRecord)
    {
        long line = 0;
        foreach (var element in array.EnumerateArray())
        {
            line++;
            if (element.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                yield return new TableRow(line, null, "每一行应为一个 JSON 对象");
                continue;
            }

            var names = new List<string>();
            var cells = new List<string>();
            string? wrong = null;
            foreach (var p in element.EnumerateObject())
            {
                names.Add(p.Name);
                cells.Add(p.Value.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.String => p.Value.GetString()!,
                    System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => p.Value.GetRawText(),
                    _ => "",
                });
                if (p.Value.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array)
                {
                    wrong ??= $"“{p.Name}”的值应为文字或数字，不能是对象或数组";
                }
            }

            var header = wrong is null ? TableHeader.Parse(names, columns, required) : null;
            if (header is null)
            {
                yield return new TableRow(line, null, wrong ?? badRecord);
                continue;
            }

            yield return new TableRow(line, Values(header, cells, columns.Keys), null);
        }
    }

    /// <summary>The named columns of one row: values trimmed, empty cells left out.</summary>
    private static Dictionary<string, string> Values(TableHeader header, List<string> fields, IEnumerable<string> columns)
    {
        var values = new Dictionary<string, string>();
        foreach (var column in columns)
        {
            if (header.Get(fields, column) is { } v)
            {
                values[column] = v;
            }
        }

        return values;
    }
}

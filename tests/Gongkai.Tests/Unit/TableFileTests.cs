using System.IO.Compression;
using System.Text;
using Gongkai.Bodies;
using Gongkai.Documents;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Unit;

/// <summary>Import files as counties make them: UTF-8 with and without a BOM, GB18030 from Chinese Excel, and .xlsx.</summary>
public class TableFileTests
{
    static TableFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Text = "代码,名称,上级代码,办公地址\nczj,巫溪县财政局,wuxi,\"柏杨街道滨河北路106号，二楼\"\nninghe,巫溪县宁河街道办事处,wuxi,\n";

    private static readonly string[][] Expected =
    [
        ["代码", "名称", "上级代码", "办公地址"],
        ["czj", "巫溪县财政局", "wuxi", "柏杨街道滨河北路106号，二楼"],
        ["ninghe", "巫溪县宁河街道办事处", "wuxi", ""],
    ];

    private static string Write(string extension, byte[] bytes)
    {
        var path = Path.Combine(TestDatabases.NewDataDirectory(), "bodies" + extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<string[]> Rows(string path) => TableFile.Read(path).Select(r => Assert.IsType<List<string>>(r.Fields).ToArray()).ToList();

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    public void A_csv_reads_the_same_in_every_encoding_Excel_and_WPS_save(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            _ => Encoding.GetEncoding("GB18030").GetBytes(Text),
        };
        // GB18030 bytes of Chinese text are not valid UTF-8: the file is detected, not guessed from its name.
        Assert.Equal(encoding == "gb18030" ? "gb18030" : "utf-8", TableFile.DetectEncoding(new MemoryStream(bytes)).WebName);
        Assert.Equal(Expected, Rows(Write(".csv", bytes)));
    }

    [Fact]
    public void An_xlsx_written_by_our_writer_reads_back_with_numbers_as_typed()
    {
        var bytes = Xlsx.Write([new Sheet("单位", [
            ["代码", "名称", "上级代码", "邮政编码"],
            ["czj", "巫溪县财政局", "wuxi", 405800],
            ["ninghe", "巫溪县宁河街道办事处", null, 405800.0m],
        ])]);
        var rows = Rows(Write(".xlsx", bytes));
        Assert.Equal([["代码", "名称", "上级代码", "邮政编码"], ["czj", "巫溪县财政局", "wuxi", "405800"], ["ninghe", "巫溪县宁河街道办事处", "", "405800"]], rows);
    }

    [Fact]
    public void An_xlsx_as_Excel_writes_it_with_shared_strings_and_skipped_cells_keeps_every_column_in_place()
    {
        // Excel: strings in sharedStrings.xml (one rich-text with a phonetic guide), r= on every cell, empty cells left out, a blank row.
        var sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D4"/><sheetData>
            <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2" spans="1:4"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="D2"><v>405800</v></c></row>
            <row r="3"/>
            <row r="5" spans="1:4"><c r="B5" t="s"><v>6</v></c><c r="C5" t="s" s="1"><v>7</v></c></row>
            </sheetData></worksheet>
            """;
        var strings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8">
            <si><t>代码</t></si><si><t>名称</t></si><si><t>上级代码</t></si><si><t>邮政编码</t></si>
            <si><t>czj</t></si><si><r><rPr><b/></rPr><t>巫溪县</t></r><r><t xml:space="preserve">财政局</t></r><rPh sb="0" eb="3"><t>ウーシー</t></rPh></si>
            <si><t>巫溪县宁河街道办事处</t></si><si><t>wuxi</t></si></sst>
            """;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml.Trim());
            }

            Add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/data.xml\"/></Relationships>");
            Add("xl/worksheets/data.xml", sheet);
            Add("xl/sharedStrings.xml", strings);
        }

        var records = TableFile.Read(Write(".xlsx", buffer.ToArray())).ToList();
        Assert.Equal([1L, 2L, 5L], records.Select(r => r.Line));
        Assert.Equal([["代码", "名称", "上级代码", "邮政编码"], ["czj", "巫溪县财政局", "", "405800"], ["", "巫溪县宁河街道办事处", "wuxi"]], records.Select(r => r.Fields!.ToArray()));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_one_reject_not_an_exception()
    {
        var record = Assert.Single(TableFile.Read(Write(".xlsx", Encoding.UTF8.GetBytes("代码,名称\n"))));
        Assert.Null(record.Fields);
        Assert.Contains("不是有效的 .xlsx 文件", record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bodies_files_take_Chinese_column_names_and_kind_labels()
    {
        var path = Write(".csv", Encoding.GetEncoding("GB18030").GetBytes("代码,名称,类型,层级,上级代码,统一社会信用代码\nzhen,某镇人民政府,乡镇人民政府,,wuxi,\nc1,某村,村民委员会,村级,zhen,\n"));
        var specs = BodyRegistry.ReadFile(path).Select(r => r.Spec!).ToList();
        Assert.Equal(["zhen", "c1"], specs.Select(s => s.Code));
        Assert.Equal(BodyKind.Township, BodyRegistry.ParseKind(specs[0].Kind));
        Assert.Equal(BodyKind.VillageCommittee, BodyRegistry.ParseKind(specs[1].Kind));
        Assert.Equal(BodyLevel.Village, BodyRegistry.ParseLevel(specs[1].Level));
        Assert.Equal("zhen", specs[1].ParentCode);
        Assert.Null(BodyRegistry.ParseKind("5"));
    }
}

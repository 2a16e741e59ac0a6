using Gongkai.Search;

namespace Gongkai.Tests.Unit;

public sealed class ChineseTextTests
{
    private static readonly ChineseText Zh = ChineseText.Instance;

    private static List<string> Index(string text) => Zh.Tokens(Zh.Normalize(text), forIndex: true).Select(t => t.Text).ToList();

    private static List<string> Query(string text) => Zh.Tokens(Zh.Normalize(text), forIndex: false).Select(t => t.Text).ToList();

    [Fact]
    public void A_word_is_indexed_with_its_characters_and_the_words_inside_it_at_their_offsets()
    {
        var tokens = Zh.Tokens("县财政局", forIndex: true);
        Assert.Contains(new TextToken("财政", 1, 2), tokens);
        Assert.Contains(new TextToken("财政局", 1, 3), tokens);
        Assert.Contains(new TextToken("政局", 2, 2), tokens);
        Assert.Contains(new TextToken("局", 3, 1), tokens);

        // Positions never go back (Lucene requires it): offsets ascend, longer words after shorter at one offset.
        Assert.Equal(tokens.OrderBy(t => t.Start).ThenBy(t => t.Length), tokens);
    }

    [Theory]
    [InlineData("降低保险费率", "低保")]
    [InlineData("财政局长期坚持", "局长")]
    public void Words_that_straddle_two_words_are_not_indexed(string text, string straddling)
    {
        Assert.DoesNotContain(straddling, Index(text));
        Assert.Equal([straddling], Query(straddling));
    }

    [Theory]
    [InlineData("政府資訊公開", "政府资讯公开")]
    [InlineData("ＰＭ２．５　監測", "pm2.5 监测")]
    [InlineData("巫溪府辦發〔2015〕108號", "巫溪府办发〔2015〕108号")]
    // Forms the hand-written table lacked, from OpenCC's data: old and Hong Kong/Taiwan variants, a rare character.
    [InlineData("衞生敎育裏", "卫生教育里")]
    [InlineData("䲁魚", "鳚鱼")]
    // A simplified character OpenCC could also read as a variant stays as it is.
    [InlineData("什么", "什么")]
    [InlineData("防汛Ⅳ级ⅱ类二○一二年", "防汛4级2类二〇一二年")]
    public void Text_is_normalised_one_character_for_one(string raw, string normalised)
    {
        Assert.Equal(normalised, Zh.Normalize(raw));
        Assert.Equal(raw.Length, Zh.Normalize(raw).Length);
    }

    [Fact]
    public void Regional_terms_are_mapped_for_queries()
    {
        Assert.Equal("政府信息", Zh.MapTerms(Zh.Normalize("政府資訊")));
    }

    [Fact]
    public void Letters_and_digits_are_kept_whole_and_their_parts_indexed()
    {
        Assert.Equal(["pm2.5", "监测"], Query("PM2.5监测"));
        var index = Index("G348国道 2015-00012");
        Assert.Contains("g348", index);
        Assert.Contains("g", index);
        Assert.Contains("348", index);
        Assert.Contains("2015-00012", index);
        Assert.Contains("00012", index);
    }

    [Fact]
    public void County_terms_and_place_names_are_indexed_as_words_with_the_words_inside_them()
    {
        Assert.Contains("宁厂镇", Index("宁厂镇人民政府"));
        var index = Index("城乡低保对象公示");
        Assert.Contains("低保对象", index);
        Assert.Contains("低保", index);
        Assert.Contains("对象", index);

        Assert.Equal(["宁厂镇"], Query("宁厂镇"));
    }

    [Fact]
    public void Parsing_never_fails_on_random_input()
    {
        var random = new Random(20261129);
        var alphabet = "财政预算低保〔〕()[]{}\"'+-*?:^~\\/!@#$%&|<>　，。、；：“”😀\u0000\uD800ａＺ０9 \t\n";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
            }

            var parts = SearchQuery.Parse(new string(chars));
            Assert.True(parts.Count <= SearchQuery.MaxParts);
            _ = SearchQuery.Build(parts);
        }
    }

    [Fact]
    public void Quotes_minus_and_brackets_shape_the_parts()
    {
        var parts = SearchQuery.Parse("\"最低 生活保障\" -降低 财政(预算) 巫溪府办发〔2015〕108号");
        Assert.Equal(["最低生活保障", "降低", "财政", "预算", "巫溪府办发〔2015〕108号"], parts.Select(p => p.Text));
        Assert.Equal([false, true, false, false, false], parts.Select(p => p.Exclude));
    }

    [Fact]
    public void Snippets_mark_the_words_and_keep_the_original_characters()
    {
        var parts = Snippets.Make("本县政府資訊公開工作年度报告", ["政府资讯"]);
        Assert.Equal(["本县", "政府資訊", "公開工作年度报告"], parts.Select(p => p.Text));
        Assert.Equal([false, true, false], parts.Select(p => p.Mark));
    }

    [Theory]
    [InlineData("第3批", "第三批")]
    [InlineData("防汛四级应急响应", "防汛4级应急响应")]
    [InlineData("第二十一次常务会议", "第21次常务会议")]
    [InlineData("第十三次", "第13次")]
    [InlineData("一百零五号", "105号")]
    [InlineData("2012年预案", "二〇一二年预案")]
    [InlineData("二〇〇八年", "2008年")]
    public void Counts_and_years_are_offered_in_the_other_form(string query, string variant)
    {
        Assert.Contains(variant, Numerals.Variants(query));
    }

    [Theory]
    [InlineData("一般公共预算")]
    [InlineData("统一战线")]
    [InlineData("十四五规划")]
    public void Numerals_that_do_not_count_are_left_alone(string query)
    {
        Assert.Empty(Numerals.Variants(query));
    }

    [Fact]
    public void Chinese_numbers_read_both_ways()
    {
        foreach (var n in new[] { 1, 9, 10, 11, 20, 21, 99, 100, 101, 110, 999 })
        {
            Assert.Equal(n, Numerals.FromChinese(Numerals.ToChinese(n)));
        }

        Assert.Equal(2, Numerals.FromChinese("两"));
        Assert.Null(Numerals.FromChinese("五星"));
    }
}

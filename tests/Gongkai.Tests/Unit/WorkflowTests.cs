using Gongkai.Catalog;
using Gongkai.Staff;

namespace Gongkai.Tests.Unit;

public class WorkflowTests
{
    [Theory]
    [InlineData(ItemState.Draft, ReviewAction.Submit, true, true, ItemState.Submitted, Privilege.EditCatalog)]
    [InlineData(ItemState.Draft, ReviewAction.Submit, false, true, ItemState.ConfidentialityCleared, Privilege.EditCatalog)]
    [InlineData(ItemState.Draft, ReviewAction.Submit, false, false, ItemState.Published, Privilege.EditCatalog)]
    [InlineData(ItemState.Returned, ReviewAction.Submit, true, true, ItemState.Submitted, Privilege.EditCatalog)]
    [InlineData(ItemState.Submitted, ReviewAction.ClearConfidentiality, true, true, ItemState.ConfidentialityCleared, Privilege.ReviewCatalog)]
    [InlineData(ItemState.Submitted, ReviewAction.ClearConfidentiality, true, false, ItemState.Published, Privilege.ReviewCatalog)]
    [InlineData(ItemState.ConfidentialityCleared, ReviewAction.Approve, true, true, ItemState.Published, Privilege.ReviewCatalog)]
    [InlineData(ItemState.Submitted, ReviewAction.Return, true, true, ItemState.Returned, Privilege.ReviewCatalog)]
    [InlineData(ItemState.ConfidentialityCleared, ReviewAction.Return, true, true, ItemState.Returned, Privilege.ReviewCatalog)]
    [InlineData(ItemState.Published, ReviewAction.Correct, true, true, ItemState.Draft, Privilege.EditCatalog)]
    [InlineData(ItemState.Published, ReviewAction.Withdraw, true, true, ItemState.Withdrawn, Privilege.ReviewCatalog)]
    [InlineData(ItemState.Draft, ReviewAction.Withdraw, true, true, ItemState.Withdrawn, Privilege.EditCatalog)]
    public void Each_allowed_step_leads_where_the_table_says_and_needs_its_privilege(ItemState from, ReviewAction action, bool confidentiality, bool content, ItemState to, Privilege needs)
    {
        var t = Workflow.Find(from, action);
        Assert.NotNull(t);
        Assert.Equal(needs, t.Needs);
        Assert.Equal(to, Workflow.Target(t, confidentiality, content));
    }

    [Theory]
    [InlineData(ItemState.Draft, ReviewAction.Approve)]
    [InlineData(ItemState.Submitted, ReviewAction.Approve)]
    [InlineData(ItemState.Returned, ReviewAction.ClearConfidentiality)]
    [InlineData(ItemState.Withdrawn, ReviewAction.Submit)]
    [InlineData(ItemState.Withdrawn, ReviewAction.Correct)]
    [InlineData(ItemState.Published, ReviewAction.Submit)]
    public void Steps_not_in_the_table_are_refused(ItemState from, ReviewAction action) =>
        Assert.Null(Workflow.Find(from, action));

    [Fact]
    public void Nothing_leaves_the_withdrawn_state_and_no_step_is_listed_twice()
    {
        Assert.Empty(Workflow.From(ItemState.Withdrawn));
        Assert.Equal(Workflow.Table.Count, Workflow.Table.Select(t => (t.From, t.Action)).Distinct().Count());
    }

    [Theory]
    [InlineData("<p>正文</p><script>alert(1)</script>", "<p>正文</p>")]
    [InlineData("<p onclick=\"x()\" style=\"color:red\">正文</p>", "<p>正文</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">链接</a>", "<a>链接</a>")]
    [InlineData("<p>甲&amp;乙</p><table><tr><td>1</td></tr></table>", "<p>甲&amp;乙</p><table><tr><td>1</td></tr></table>")]
    public void Body_text_is_sanitised(string input, string expected) =>
        Assert.Equal(expected, CatalogService.Sanitize(input));
}

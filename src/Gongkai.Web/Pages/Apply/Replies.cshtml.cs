using Gongkai.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Apply;

/// <summary>依申请公开答复选登: replies the applicants agreed to publish, without their personal data, newest first.</summary>
public sealed class RepliesModel(DisclosedFiles answers) : PageModel
{
    private const int PageSize = 20;

    public List<PublishedReply> Rows { get; private set; } = [];

    public Paging.Pager Pager { get; private set; } = null!;

    public string? Q { get; private set; }

    public async Task OnGetAsync(string? q, [FromQuery(Name = Paging.Pager.QueryName)] int? pageNumber)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 50)];
        var (_, total) = await answers.RegisterAsync(Q, 0, 0);
        Pager = new Paging.Pager("/apply/replies", [("q", Q)], pageNumber, PageSize, total);
        (Rows, _) = await answers.RegisterAsync(Q, Pager.Skip, PageSize);
    }
}

using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>Staff register an application that arrived in person, by post, fax or e-mail, with its legal date of receipt.</summary>
public sealed class NewModel(GongkaiDb db, StaffContext staff, ApplicationService applications) : PageModel
{
    [BindProperty]
    public ApplicantForm Form { get; set; } = new();

    [BindProperty]
    public Channel Channel { get; set; } = Channel.SignedPost;

    [BindProperty]
    public DateTime? ArrivedAt { get; set; }

    [BindProperty]
    public DateOnly? ConfirmedOn { get; set; }

    [BindProperty]
    public string? SubmissionKey { get; set; }

    public List<Body> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Bodies.Count == 0)
        {
            return Forbid();
        }

        SubmissionKey = Guid.NewGuid().ToString("N");
        var today = applications.Today();
        ArrivedAt = today.ToDateTime(new TimeOnly(9, 0));
        ConfirmedOn = today;
        Form.Delivery = Delivery.PaperByPost;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = Form.ToInput();
        // Refused before anything is read or checked: the page offers only bodies the member handles, so another is a forged post.
        if (!await staff.CanAnywhereAsync(Privilege.HandleApplications) || (input.BodyId is { } chosen && !await staff.CanAsync(Privilege.HandleApplications, chosen)))
        {
            return Forbid();
        }

        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (input.BodyId is not { } bodyId || !await staff.CanAsync(Privilege.HandleApplications, bodyId))
        {
            ModelState.AddModelError("", "请选择您有权办理依申请公开的机关。");
        }
        else if (Channel == Channel.Online || !Enum.IsDefined(Channel))
        {
            ModelState.AddModelError("", "网上申请由申请人在门户网站提交；这里登记当面、信函、传真和电子邮件申请。");
        }
        else if (ArrivedAt is not { } arrived)
        {
            ModelState.AddModelError("", "请填写申请到达的日期和时间。");
        }
        else if (DateOnly.FromDateTime(arrived) < RuleSet.FirstDay)
        {
            ModelState.AddModelError("", $"到达日期不能早于 {RuleSet.FirstDay:yyyy年M月d日}（《政府信息公开条例》施行之日）。");
        }
        else
        {
            try
            {
                var at = new DateTimeOffset(arrived, TimeSpan.FromHours(8));
                if (at > db.Time.GetUtcNow())
                {
                    throw new ApplicationInputException(["到达时间不能晚于现在。"]);
                }

                var user = await db.Users.FindAsync(staff.UserId);
                var r = await applications.SubmitAsync(input, new Registration(Channel, at, ConfirmedOn), SubmissionKey is null ? null : $"staff:{staff.UserId}:{SubmissionKey}", staff.UserId, user?.DisplayName ?? User.Identity?.Name);
                TempData["Notice"] = r.Replay ? $"该申请已登记过（申请编号 {r.Application.TrackingNumber}），未重复登记。" : $"已登记，申请编号 {r.Application.TrackingNumber}，查询码 {r.Secret}（请告知申请人）。";
                return Redirect($"/staff/applications/{r.Application.Id}");
            }
            catch (ApplicationInputException e)
            {
                foreach (var p in e.Problems)
                {
                    ModelState.AddModelError("", p);
                }
            }
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        var allowed = await staff.BodiesWhereAsync(Privilege.HandleApplications);
        Bodies = (await ApplicantForm.BodiesAsync(db)).Where(b => allowed is null || allowed.Contains(b.Id)).ToList();
    }
}

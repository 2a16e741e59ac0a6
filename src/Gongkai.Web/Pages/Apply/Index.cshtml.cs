using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Apply;

/// <summary>The online application form (网上申请). A successful post answers with the receipt; a replay of the same form shows the same receipt.</summary>
[ApplicationIntake]
public sealed class IndexModel(GongkaiDb db, ApplicationService applications) : PageModel
{
    [BindProperty]
    public ApplicantForm Form { get; set; } = new();

    [BindProperty]
    public string? SubmissionKey { get; set; }

    public List<Body> Bodies { get; private set; } = [];

    public Submitted? Result { get; private set; }

    public string? BodyName { get; private set; }

    public async Task OnGetAsync(string? body)
    {
        SubmissionKey = Guid.NewGuid().ToString("N");
        Bodies = await ApplicantForm.BodiesAsync(db);
        if (body is not null && Bodies.FirstOrDefault(b => b.Code == body) is { } chosen)
        {
            Form.BodyId = chosen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            if (!ModelState.IsValid)
            {
                throw new ApplicationInputException([]);
            }

            // The form key is the server's, given with the form; its own prefix keeps it apart from API keys.
            Result = await applications.SubmitAsync(Form.ToInput(), new Registration(Channel.Online, db.Time.GetUtcNow(), null), SubmissionKey is null ? null : "form:" + SubmissionKey);
            BodyName = await db.Bodies.Where(b => b.Id == Result.Application.BodyId).Select(b => b.Name).SingleAsync();
        }
        catch (ApplicationInputException e)
        {
            if (e is SubmissionKeyConflictException)
            {
                SubmissionKey = Guid.NewGuid().ToString("N");
            }

            foreach (var p in e.Problems)
            {
                ModelState.AddModelError("", p);
            }
        }

        Bodies = await ApplicantForm.BodiesAsync(db);
        if (Result is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}

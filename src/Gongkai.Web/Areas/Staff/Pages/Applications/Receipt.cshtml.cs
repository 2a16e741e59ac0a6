using Gongkai.Applications;
using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Areas.Staff.Pages.Applications;

/// <summary>
/// 登记回执: what staff post back to an applicant who wrote by letter — the number, the query code, the date of
/// receipt, the statutory due date and how to follow the application. It carries the query code, so each print is audited.
/// </summary>
public sealed class ReceiptModel(GongkaiDb db, StaffContext staff, ApplicationService applications) : PageModel
{
    public Application A { get; private set; } = null!;

    public string? Secret { get; private set; }

    public string StatusUrl { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.Body).SingleOrDefaultAsync(x => x.Id == id);
        if (a is null)
        {
            return NotFound();
        }

        if (!await ApplicationAccess.CanReadAsync(staff, a.BodyId))
        {
            return Forbid();
        }

        A = a;
        Secret = applications.ReceiptSecret(a);
        Today = applications.Today();
        StatusUrl = $"{Request.Scheme}://{Request.Host}/apply/status";
        db.AuditEvents.Add(new AuditEvent
        {
            At = db.Time.GetUtcNow(),
            ActorId = db.Actor.UserId,
            ActorName = db.Actor.Name,
            EntityType = nameof(Application),
            EntityId = a.AuditKey,
            Action = "receipt-printed",
            Changes = System.Text.Json.JsonSerializer.Serialize(new { trackingNumber = a.TrackingNumber }, GongkaiDb.JsonOptions),
        });
        await db.SaveChangesAsync();
        return Page();
    }
}

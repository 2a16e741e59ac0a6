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
public sealed class ReceiptModel(GongkaiDb db, StaffContext staff, ApplicationService applications, Gongkai.Web.Portal.PublicAddress address) : PageModel
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
        // The configured public address, as in feeds and QR codes: a receipt posted to a citizen never carries a Host header's.
        StatusUrl = address.BaseUrl + "/apply/status";
        db.AuditAction(nameof(Application), a.AuditKey, "receipt-printed", new { trackingNumber = a.TrackingNumber });
        await db.SaveChangesAsync();
        return Page();
    }
}

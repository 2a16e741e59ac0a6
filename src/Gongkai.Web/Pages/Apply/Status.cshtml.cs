using Gongkai.Applications;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// Where an applicant follows an application with its number and query code: posted, never in the address, and
/// showing nothing about anyone else. An application waiting for correction takes the correction here.
/// </summary>
public sealed class StatusModel(GongkaiDb db, ApplicationService applications, DisclosedFiles answers) : PageModel
{
    [BindProperty]
    public string? TrackingNumber { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    public Application? Found { get; private set; }

    public List<ApplicationStep> Steps { get; private set; } = [];

    public bool Looked { get; private set; }

    /// <summary>The reply letter, once the application is decided.</summary>
    public IReadOnlyList<Gongkai.Documents.DocParagraph>? Letter { get; private set; }

    public List<ApplicationFile> Files { get; private set; } = [];

    public bool Published { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() => await LookAsync();

    public async Task<IActionResult> OnPostCorrectAsync(string? correction)
    {
        var found = await applications.FindForApplicantAsync(TrackingNumber, Secret);
        if (found is not null)
        {
            try
            {
                await applications.ApplicantCorrectAsync(found, correction);
                TempData["Notice"] = "补正材料已提交，办理期限自今日起重新计算。";
            }
            catch (ApplicationInputException e)
            {
                foreach (var p in e.Problems)
                {
                    ModelState.AddModelError("", p);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "申请状态刚刚发生变化，请重新查询后再提交。");
            }
        }

        return await LookAsync();
    }

    /// <summary>The reply letter as DOCX, for number and code only; the first download after the decision is the delivery.</summary>
    public async Task<IActionResult> OnPostLetterAsync()
    {
        var found = await applications.FindForApplicantAsync(TrackingNumber, Secret);
        if (found is null || !DisclosedFiles.Answered(found) || await answers.LetterDocxAsync(found) is not { } docx)
        {
            return await LookAsync();
        }

        await answers.RecordDownloadAsync(found, "答复告知书");
        return File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"答复告知书-{found.TrackingNumber}.docx");
    }

    /// <summary>A file given with the decision: it must belong to the application whose number and code were entered.</summary>
    public async Task<IActionResult> OnPostFileAsync(int fileId)
    {
        var found = await applications.FindForApplicantAsync(TrackingNumber, Secret);
        if (found is null || !DisclosedFiles.Answered(found) || await answers.ReadAsync(found.Id, fileId, ApplicationFileKind.Disclosed) is not { } file)
        {
            var page = await LookAsync();
            if (Found is not null)
            {
                ModelState.AddModelError("", "没有找到该文件，请从下面的列表中下载。");
                Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return page;
        }

        await answers.RecordDownloadAsync(found, $"公开的文件“{file.File.FileName}”");
        return File(file.Content, file.File.ContentType, file.File.FileName);
    }

    /// <summary>The applicant takes back the consent to publish the reply; a published reply leaves the register at once.</summary>
    public async Task<IActionResult> OnPostWithdrawConsentAsync()
    {
        var found = await applications.FindForApplicantAsync(TrackingNumber, Secret);
        if (found is not null && found.PublishConsent)
        {
            await answers.WithdrawConsentAsync(found.Id);
            TempData["Notice"] = "已撤回同意，答复不会在“依申请公开答复选登”中公开。";
        }

        return await LookAsync();
    }

    /// <summary>A lost query code. The answer is the same whether or not the number exists and the contact matches.</summary>
    public async Task<IActionResult> OnPostReissueAsync(string? contact)
    {
        await applications.ReissueCodeAsync(TrackingNumber, contact);
        TempData["Notice"] = ReissueAnswer;
        return Redirect("/apply/status");
    }

    public const string ReissueAnswer = "如申请编号与手机号码或电子邮箱一致，新的查询码将在几分钟内发送到该手机或邮箱，原查询码随即失效。未收到的，请核对后重试或联系受理机关。";

    private async Task<IActionResult> LookAsync()
    {
        Looked = true;
        Found = await applications.FindForApplicantAsync(TrackingNumber, Secret);
        if (Found is null)
        {
            ModelState.AddModelError("", "申请编号或查询码不正确，请核对回执后重新输入。");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        // The applicant sees the steps, not who in the office took them.
        Steps = await db.ApplicationSteps.AsNoTracking().Where(s => s.ApplicationId == Found.Id).OrderBy(s => s.Id).ToListAsync();
        if (DisclosedFiles.Answered(Found))
        {
            Letter = await answers.LetterAsync(Found);
            Files = await answers.ListAsync(Found.Id, ApplicationFileKind.Disclosed);
        }

        Published = await answers.IsPublishedAsync(Found.Id);
        return Page();
    }
}

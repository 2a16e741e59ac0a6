using Gongkai.Applications;
using Gongkai.Tests.Integration;
using Gongkai.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Tests.Browser;

/// <summary>The answer online on a 390 px phone without JavaScript: number and code, the letter and a file downloaded, and the register.</summary>
public sealed class DeliveryBrowserTests(BrowserFixture browser, BusySqliteHost f) : IClassFixture<BrowserFixture>, IClassFixture<BusySqliteHost>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private async Task<IPage> PhoneAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            Locale = "zh-CN",
            JavaScriptEnabled = false,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task The_applicant_downloads_the_letter_and_a_file_on_a_phone_and_the_register_lists_the_reply_without_personal_data()
    {
        var (id, tracking, secret) = await f.Host.WithDbAsync(async (db, sp) =>
        {
            var service = sp.GetRequiredService<ApplicationService>();
            var body = await db.Bodies.SingleAsync(b => b.Code == "czj");
            var officer = await db.Users.SingleAsync(u => u.UserName == "czj.officer");
            var s = await service.SubmitAsync(new ApplicationInput
            {
                Name = "钱某某",
                IdDocument = IdDocument.ResidentCard,
                IdNumber = ApplicationTests.IdNumber(601),
                Phone = "13908236789",
                Address = "重庆市巫溪县城厢镇南门湾5号",
                Description = "2025年县级部门“三公”经费决算表。",
                Delivery = Delivery.ElectronicFile,
                BodyId = body.Id,
                PublishConsent = true,
            }, new Registration(Channel.InPerson, db.Time.GetUtcNow(), null), null, officer.Id, officer.DisplayName);
            var app = await db.Applications.SingleAsync(a => a.Id == s.Application.Id);
            await service.ApplyAsync(app, ApplicationAction.Decide, new ActionInput { On = service.Today(), Outcome = "disclose" }, app.Revision, officer.Id, officer.DisplayName);
            await sp.GetRequiredService<DisclosedFiles>().AttachAsync(app, ApplicationFileKind.Disclosed, "三公经费决算表.pdf", Pdf);
            return (app.Id, app.TrackingNumber, s.Secret!);
        });

        var page = await PhoneAsync();
        await page.GotoAsync("/apply/status");
        await page.GetByLabel("申请编号", new() { Exact = true }).FillAsync(tracking);
        await page.GetByLabel("查询码", new() { Exact = true }).FillAsync(secret);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        Assert.Contains("现答复如下", await page.Locator("article.letter").InnerTextAsync(), StringComparison.Ordinal);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the answer is {width}px wide on a 390px phone");

        var letter = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载答复告知书（Word 文档）" }).ClickAsync());
        Assert.Equal($"答复告知书-{tracking}.docx", letter.SuggestedFilename);
        var file = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 三公经费决算表.pdf" }).ClickAsync());
        Assert.Equal("三公经费决算表.pdf", file.SuggestedFilename);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(await file.PathAsync()));

        var delivered = await f.Host.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationState.Closed, delivered.State);
        Assert.StartsWith(DisclosedFiles.OnlineChannel, delivered.DeliveryNote, StringComparison.Ordinal);
        await f.Host.WithDbAsync(async (_, sp) => await sp.GetRequiredService<DisclosedFiles>().PublishAsync(id));

        await page.GotoAsync("/apply/replies");
        await page.GetByLabel("关键词").FillAsync("三公");
        await page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        var reply = page.Locator("article.reply", new() { HasTextString = "2025年县级部门“三公”经费决算表" });
        await reply.Locator("summary").ClickAsync();
        var text = await reply.InnerTextAsync();
        Assert.Contains("予以公开", text, StringComparison.Ordinal);
        Assert.Contains("经审查，你申请获取的政府信息属于公开范围", text, StringComparison.Ordinal);
        foreach (var personal in new[] { "钱某某", "13908236789", "南门湾5号", tracking })
        {
            Assert.DoesNotContain(personal, await page.ContentAsync(), StringComparison.Ordinal);
        }

        width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the register is {width}px wide on a 390px phone");
    }
}

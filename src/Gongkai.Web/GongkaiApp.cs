using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Notifications;
using Gongkai.Staff;
using Gongkai.Web.Api;
using Gongkai.Web.Portal;
using Gongkai.Web.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Npgsql;

namespace Gongkai.Web;

/// <summary>Builds the web platform: public portal, back office (area Staff) and JSON API in one host.</summary>
public static class GongkaiApp
{
    public static WebApplication Build(HostOptions options, TimeProvider? time = null, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // Pages are found in this assembly even when a test or another program hosts the app.
            ApplicationName = typeof(GongkaiApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(options.Urls);
        // A search of 2,000 Chinese characters is an 18 KB query string once percent-encoded.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 32 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
        });
        // A line per request costs more than serving a cached page; only start-up and trouble are logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // A key ring that cannot be read is reported by the start-up check in one line, not logged per request.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
            });
        }

        AddWebServices(builder.Services, options, time ?? TimeProvider.System);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>What both the web host and the command-line verbs need: data, calendar, staff accounts.</summary>
    public static IdentityBuilder AddPlatformServices(IServiceCollection services, HostOptions options, TimeProvider time)
    {
        services.AddSingleton(options);
        services.AddSingleton(time);
        options.Database.Register(services);
        services.AddScoped<CalendarService>();
        services.AddScoped<ScheduleImport>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffImporter>();
        services.AddScoped<PlatformSetup>();
        services.AddScoped<Gongkai.Bodies.BodyRegistry>();
        services.AddScoped<CatalogService>();
        services.AddScoped<ItemChannelService>();
        services.AddScoped<Gongkai.ServiceItems.ServiceItemWorkflow>();
        services.AddScoped<PublicCatalog>();
        services.AddScoped<DeadlineScanner>();
        services.AddScoped<Gongkai.Applications.ApplicationService>();
        services.AddScoped<Gongkai.Applications.DisclosedFiles>();
        services.AddScoped<Gongkai.Applications.DisclosureCases>();
        services.AddScoped<Gongkai.Reports.ReportService>();
        services.AddScoped<Gongkai.ServiceItems.ServiceCases>();
        services.AddScoped<Gongkai.Supervision.KeyTasks>();
        services.AddScoped<Gongkai.Supervision.Meetings>();
        services.AddScoped<Gongkai.Supervision.Suggestions>();
        services.AddSingleton(new Gongkai.Websites.SiteCheckOptions { UserAgent = Gongkai.Websites.SiteCheckOptions.UserAgentFor(options.PublicUrl?.AbsoluteUri) });
        services.AddSingleton(_ => Gongkai.Websites.SiteCheckHttp.CreateDefault());
        services.AddScoped<Gongkai.Websites.SiteChecker>();
        services.AddScoped<Gongkai.Websites.WebsiteService>();
        services.AddScoped<Gongkai.Assessment.AssessmentService>();
        services.AddSingleton(_ => new Gongkai.Search.SearchIndexes(options.SearchDirectory, options.NodeName));
        services.AddSingleton<Gongkai.Search.SearchService>();
        services.AddScoped<Gongkai.Search.SearchSync>();
        if (options.Smtp is { } smtp)
        {
            services.AddSingleton(smtp);
            services.AddScoped<EmailOutbox>();
        }
        // Applicant notices wait in their outbox until a gateway or mail server is configured; a slow gateway must not hold the job loop.
        services.AddSingleton(_ => new ApplicantOutboxHttp(new HttpClient { Timeout = TimeSpan.FromSeconds(15) }));
        services.AddScoped(sp => new ApplicantOutbox(sp.GetRequiredService<GongkaiDb>(), sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), sp.GetRequiredService<ApplicantOutboxHttp>().Client, options.Smtp, options.Sms));
        // The key ring lives in the database (every node sees it) but sealed under a master key kept in a file
        // outside it: a copied database alone decrypts nothing. Data Protection never writes a key in the clear here.
        services.AddSingleton(new Gongkai.Keys.MasterKey(options.KeyFilePath));
        services.AddScoped<Gongkai.Keys.KeyRing>();
        services.AddDataProtection().SetApplicationName("gongkai").PersistKeysToDbContext<GongkaiDb>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new Gongkai.Keys.MasterKeyEncryptor(sp.GetRequiredService<Gongkai.Keys.MasterKey>())));
        return services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                // Wrong passwords never lock an account (anyone could lock staff out): the login page signs in with
                // lockoutOnFailure: false and LoginThrottle slows guessing by account and address instead.
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddEntityFrameworkStores<GongkaiDb>()
            .AddDefaultTokenProviders();
    }

    private static void AddWebServices(IServiceCollection services, HostOptions options, TimeProvider time)
    {
        AddPlatformServices(services, options, time).AddSignInManager();
        services.AddScoped<StaffContext>();
        services.AddSingleton<Areas.Staff.LoginThrottle>();
        services.AddScoped<SiteInfo>();
        services.AddSingleton<SetupToken>();
        services.AddMemoryCache();
        services.AddSingleton<PortalCounts>();
        services.AddScoped<IPublicChangeListener, PortalCache>();
        services.AddSingleton<PublicAddress>();
        // No query string by default: each cached page names the parameters it reads (VaryByQueryKeys).
        services.AddOutputCache(o => o.AddPolicy(PortalCache.Policy, b => b.Expire(PortalCache.Lifetime).Tag(PortalCache.Tag).VaryByValue(DisplayMode.CacheKey)));
        services.AddSingleton(sp => new HotPages(sp.GetRequiredService<TimeProvider>()));
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(sp => new HotPages.Store((IOutputCacheStore)store.ImplementationFactory!(sp), sp.GetRequiredService<HotPages>()));
        services.AddHostedService<Jobs>();
        services.AddHostedService<WebsiteJobs>();
        if (options.SearchIndexing)
        {
            services.AddHostedService<SearchLoop>();
        }
        services.AddHttpContextAccessor();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        // The cookie's security stamp is checked on every request, so that signing out, a password reset or a
        // disabled account ends every session at once (one indexed read, beside the role grants read anyway).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // Secure whenever the request is HTTPS: directly, through a trusted proxy, or because the public address is https.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gongkai.staff";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/staff/login";
            o.LogoutPath = "/staff/logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api"))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    ctx.Response.Redirect(ctx.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Staff", "/");
                o.Conventions.AllowAnonymousToAreaPage("Staff", "/Login");
                o.Conventions.AddAreaPageRoute("Staff", "/Cases/Edit", "staff/cases/new");
            })
            .AddMvcOptions(o =>
            {
                // A value the binder cannot read (a date typed by hand, a number with letters) is reported in Chinese.
                var m = o.ModelBindingMessageProvider;
                m.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的值，请检查后重新填写。");
                m.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值，请检查后重新填写。");
                m.SetValueMustBeANumberAccessor(field => "请填写数字。");
                m.SetMissingBindRequiredValueAccessor(field => "缺少必填项。");
                m.SetMissingKeyOrValueAccessor(() => "缺少必填项。");
                m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
                m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值，请检查后重新填写。");
                m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效，请检查后重新填写。");
                m.SetUnknownValueIsInvalidAccessor(field => "填写的值无效，请检查后重新填写。");
                m.SetValueMustNotBeNullAccessor(value => "该项不能为空。");
                m.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
                o.ModelBinderProviders.Insert(0, new NamedEnumBinderProvider());
                o.ModelBinderProviders.Insert(0, new InvisibleTextBinderProvider());
            });
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Gongkai 政府信息公开 API";
                doc.Info.Description = "依申请公开的提交与进度查询（公开），工作人员的申请清单与详情（需登录）；政务服务中心与办件统计（公开），办件的登记、办理、导入与统计（需登录）；检索与工作日计算。错误均为 application/problem+json。";
                return Task.CompletedTask;
            });
        });
        services.AddProblemDetails();
        // Chinese text is written as it is, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Says when to come back: a script (or a citizen's browser) need not guess; the body is the Chinese error page or problem+json.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Public forms (today the login form) are limited per address; signed-in staff and reads are not.
            // Searches cost more than cached pages, so anonymous ones are limited per address as well.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            {
                var anonymous = ctx.User.Identity?.IsAuthenticated != true;
                var address = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                // Decided by the endpoint the request reached, not by its path: /api/applications/, /API/Applications
                // and the like route to the same handler and must spend the same budget.
                if (anonymous && HttpMethods.IsPost(ctx.Request.Method) && ctx.GetEndpoint()?.Metadata.GetMetadata<ApplicationIntakeAttribute>() is not null)
                {
                    // Applications cost staff work: far fewer per address than other forms.
                    return RateLimitPartition.GetFixedWindowLimiter("apply:" + address,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicApplicationsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
                }

                if (anonymous && HttpMethods.IsPost(ctx.Request.Method) && !ctx.Request.Path.StartsWithSegments("/error"))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("form:" + address,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicFormPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
                }

                if (anonymous && ctx.GetEndpoint()?.Metadata.GetMetadata<PublicSearchAttribute>() is not null)
                {
                    return RateLimitPartition.GetFixedWindowLimiter("search:" + address,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PublicSearchesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
                }

                return RateLimitPartition.GetNoLimiter("staff-or-read");
            });
        });
        MetricsSetup.AddMetrics(services);
    }

    private static void UsePipeline(WebApplication app)
    {
        var options = app.Services.GetRequiredService<HostOptions>();
        if (options.TrustedProxies.Count > 0)
        {
            // Only the configured proxies may say who the client is and whether it came over HTTPS: otherwise any
            // citizen could pick a fresh X-Forwarded-For per request and never meet a rate limit.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = null };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in options.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            app.UseForwardedHeaders(forwarded);
        }

        if (app.Services.GetRequiredService<PublicAddress>().Https)
        {
            // Citizens reach an https public address only over TLS, ended at the proxy: every request is treated as
            // HTTPS (cookies Secure, HSTS), so that a proxy that forgets X-Forwarded-Proto downgrades nothing.
            app.Use((ctx, next) =>
            {
                ctx.Request.Scheme = Uri.UriSchemeHttps;
                return next(ctx);
            });
        }

        var hot = app.Services.GetRequiredService<HotPages>();
        app.Use(hot.ServeAsync);
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            if (ctx.Request.IsHttps)
            {
                // Not UseHsts(): it leaves out loopback hosts, and a county may well proxy from 127.0.0.1. No
                // includeSubDomains: other sites of the county's domain are not ours to decide for.
                h.StrictTransportSecurity = "max-age=31536000";
            }

            // Staff pages and the staff API are private and never stored; portal pages may be kept a minute by
            // browsers and proxies. Anything answered to a signed-in user may carry personal data.
            var staff = ctx.Request.Path.StartsWithSegments("/staff") || ctx.Request.Path.StartsWithSegments("/api/staff");
            ctx.Response.OnStarting(() =>
            {
                if (!ctx.Response.Headers.ContainsKey("Cache-Control"))
                {
                    ctx.Response.Headers.CacheControl = staff || ctx.User.Identity?.IsAuthenticated == true || ctx.Response.StatusCode >= 400 || !HttpMethods.IsGet(ctx.Request.Method)
                        ? "no-store"
                        : $"public, max-age={(int)PortalCache.Lifetime.TotalSeconds}";
                }

                // A page differs with the 适老化 cookie: a browser must not show the copy it kept from before the switch.
                ctx.Response.Headers.Append("Vary", "Cookie");

                return Task.CompletedTask;
            });
            await next();
        });
        MetricsSetup.UseMetricsEndpoint(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            // Links carry the file's hash (asp-append-version): such a copy never changes and may be kept for a year.
            OnPrepareResponse = f =>
            {
                if (f.Context.Request.Query.ContainsKey("v"))
                {
                    f.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.UseRouting();

        // Cached portal pages are answered here, before sign-in cookies, limits and audit are looked at:
        // only anonymous, identical pages are ever cached. The copies of hits are answered even earlier (HotPages).
        app.Use(hot.CopyHitsAsync);
        app.UseOutputCache();
        app.Use(MetricsSetup.MarkPassed);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use(async (ctx, next) =>
        {
            // A form over the size limits fails while it is read, deep inside model binding, where it would become a
            // bare 500. Reading it here (the pages then use the same parsed form) turns it into a 413 with the Chinese page.
            if (ctx.Request.HasFormContentType)
            {
                try
                {
                    await ctx.Request.ReadFormAsync(ctx.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
                {
                    // The error page that renders the status must not trip over the same form again.
                    ctx.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(FormCollection.Empty));
                    ctx.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status413PayloadTooLarge;
                    return;
                }
            }

            await next();
        });
        app.Use(async (ctx, next) =>
        {
            var actor = ctx.RequestServices.GetRequiredService<AuditActor>();
            if (ctx.User.Identity?.IsAuthenticated == true)
            {
                actor.UserId = ctx.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                actor.Name = ctx.User.Identity.Name ?? "";
            }
            else
            {
                actor.Name = $"访客 {ctx.Connection.RemoteIpAddress}";
            }

            await next();
        });
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapCalendarApi();
        app.MapPortalEndpoints();
        app.MapSearchApi();
        app.MapApplicationsApi();
        app.MapServicesApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealth();
    }

    /// <summary>
    /// Start-up checks that turn a bad setting into one line: the database must be reachable, and
    /// migrated. The embedded SQLite database migrates itself; a PostgreSQL database shared by several
    /// nodes is migrated only by <c>gongkai migrate</c>, never by a node starting up.
    /// </summary>
    public static async Task PrepareDatabaseAsync(WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<HostOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            options.CheckDataDirectory();
            await Migrator.MigrateAsync(db, ct);
            await CheckKeysAsync(scope.ServiceProvider, options, ct);
            return;
        }

        IReadOnlyList<string> pending;
        try
        {
            pending = await Migrator.PendingAsync(db, ct);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new SettingsException($"无法连接数据库 {options.Database.Describe()}：{(e.InnerException ?? e).Message}");
        }

        if (pending.Count > 0)
        {
            throw new SettingsException($"数据库 {options.Database.Describe()} 有 {pending.Count} 个待执行的迁移：请先运行 gongkai migrate --postgres …");
        }

        await CheckKeysAsync(scope.ServiceProvider, options, ct);
    }

    /// <summary>
    /// A node refuses to start when encrypted data exists and the master key is missing or does not open the key
    /// ring (otherwise every application would fail later with a bare 500). A first SQLite start writes the key
    /// file and says where; several PostgreSQL nodes must share one, so they never make their own.
    /// </summary>
    private static async Task CheckKeysAsync(IServiceProvider services, HostOptions options, CancellationToken ct)
    {
        var notes = await services.GetRequiredService<Gongkai.Keys.KeyRing>().CheckAsync(serving: true, mayCreateKey: options.Database.Provider == DatabaseProvider.Sqlite, ct);
        foreach (var note in notes)
        {
            Console.WriteLine(note);
        }
    }
}

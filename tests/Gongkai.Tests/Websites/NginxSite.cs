using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gongkai.Tests.Websites;

/// <summary>
/// A throwaway nginx serving a directory of pages on a free loopback port (and a second "external" server on
/// another), logging every request to a file the tests read. Started and stopped by the test, so unreachable
/// periods are real.
/// </summary>
public sealed class NginxSite : IDisposable
{
    private Process? _process;

    public NginxSite()
    {
        Root = Directory.CreateTempSubdirectory("gongkai-nginx-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "site"));
        Directory.CreateDirectory(Path.Combine(Root, "external"));
        Directory.CreateDirectory(Path.Combine(Root, "temp"));
        Port = FreePort();
        ExternalPort = FreePort();
        // Workers started by root run as nobody unless told otherwise, and could not read the temporary directory.
        var user = Environment.UserName == "root" ? "user root;" : "";
        File.WriteAllText(Path.Combine(Root, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{Root}}/nginx.pid;
            error_log {{Root}}/error.log;
            events { worker_connections 64; }
            http {
                types { text/html html; text/plain txt; }
                default_type application/octet-stream;
                log_format check '$request_method $request_uri $status "$http_user_agent"';
                access_log {{Root}}/access.log check;
                client_body_temp_path {{Root}}/temp/body;
                proxy_temp_path {{Root}}/temp/proxy;
                fastcgi_temp_path {{Root}}/temp/fastcgi;
                uwsgi_temp_path {{Root}}/temp/uwsgi;
                scgi_temp_path {{Root}}/temp/scgi;
                charset utf-8;
                server { listen 127.0.0.1:{{Port}}; root {{Root}}/site; index index.html; }
                server { listen 127.0.0.1:{{ExternalPort}}; root {{Root}}/external; }
            }
            """);
    }

    public string Root { get; }

    public int Port { get; }

    public int ExternalPort { get; }

    public string Address => $"http://127.0.0.1:{Port}/";

    public string External => $"http://127.0.0.1:{ExternalPort}/";

    public string AccessLog => File.Exists(Path.Combine(Root, "access.log")) ? File.ReadAllText(Path.Combine(Root, "access.log")) : "";

    public static string Binary => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    public void Write(string path, string html)
    {
        var file = Path.Combine(Root, "site", path.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, html);
    }

    public void WriteExternal(string path, string html) => File.WriteAllText(Path.Combine(Root, "external", path.TrimStart('/')), html);

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo(Binary, ["-c", Path.Combine(Root, "nginx.conf"), "-p", Root])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {_process.StandardError.ReadToEnd()} {File.ReadAllText(Path.Combine(Root, "error.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("nginx did not listen in 10 s");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log still held open by a dying worker: the temporary directory is left for the system to clean.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

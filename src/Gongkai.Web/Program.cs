return await Gongkai.Web.Cli.RunAsync(args);

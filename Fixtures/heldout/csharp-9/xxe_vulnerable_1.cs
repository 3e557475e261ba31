using System.Collections.Generic;
using System.IO;
using System.Xml;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedTool;

public sealed class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<opml>")]
    public string File { get; set; } = "";
}

public sealed class ImportCommand : Command<ImportSettings>
{
    private static IEnumerable<string> FeedUrls(string path)
    {
        var doc = new XmlDocument();
        doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
        doc.Load(path);
        foreach (XmlElement outline in doc.GetElementsByTagName("outline"))
        {
            var url = outline.GetAttribute("xmlUrl");
            if (url.Length > 0)
            {
                yield return url;
            }
        }
    }

    public override int Execute(CommandContext context, ImportSettings settings)
    {
        var table = new Table().AddColumn("Feed");
        foreach (var url in FeedUrls(Path.GetFullPath(settings.File)))
        {
            table.AddRow(Markup.Escape(url));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}

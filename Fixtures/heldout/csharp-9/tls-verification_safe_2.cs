using System.Net.Security;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace Helpdesk.Mail;

public class InboxPoller
{
    private readonly string _host;
    private readonly string _user;
    private readonly string _password;

    public InboxPoller(string host, string user, string password)
    {
        _host = host;
        _user = user;
        _password = password;
    }

    public async Task<int> CountUnreadAsync(CancellationToken ct)
    {
        using var client = new ImapClient();
        client.ServerCertificateValidationCallback = (s, c, h, e) => e == SslPolicyErrors.None;
        await client.ConnectAsync(_host, 993, SecureSocketOptions.SslOnConnect, ct);
        await client.AuthenticateAsync(_user, _password, ct);
        await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadOnly, ct);
        var unread = await client.Inbox.SearchAsync(SearchQuery.NotSeen, ct);
        await client.DisconnectAsync(true, ct);
        return unread.Count;
    }
}

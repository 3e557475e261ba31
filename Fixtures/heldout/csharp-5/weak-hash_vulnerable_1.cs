using System.Security.Cryptography;
using System.Text;
using ServiceStack;
using ServiceStack.OrmLite;

namespace Members.ServiceInterface;

[Route("/members/register", "POST")]
public class Register : IReturn<RegisterResponse>
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public class RegisterResponse
{
    public long Id { get; set; }
    public string SessionKey { get; set; } = "";
}

public class MemberService : Service
{
    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    internal static string HashPassword(string password, string salt)
    {
        using var md5 = MD5.Create(); // expect: weak-hash
        return Hex(md5.ComputeHash(Encoding.UTF8.GetBytes(salt + password)));
    }

    internal static string SessionDigest(string sessionKey) =>
        Hex(SHA1.HashData(Encoding.UTF8.GetBytes(sessionKey))); // expect: weak-hash

    public object Post(Register request)
    {
        var salt = Guid.NewGuid().ToString("N");
        var sessionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var id = Db.Insert(new Member
        {
            Email = request.Email,
            Salt = salt,
            PasswordHash = HashPassword(request.Password, salt),
            SessionDigest = SessionDigest(sessionKey),
        }, selectIdentity: true);
        return new RegisterResponse { Id = id, SessionKey = sessionKey };
    }
}

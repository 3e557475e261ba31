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
    private const int Iterations = 600_000;

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    internal static string HashPassword(string password, byte[] salt) =>
        Hex(Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32));

    // The session key is 256 random bits, so a fast hash is enough to store it.
    internal static string SessionDigest(string sessionKey) =>
        Hex(SHA256.HashData(Encoding.UTF8.GetBytes(sessionKey)));

    public object Post(Register request)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var sessionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var id = Db.Insert(new Member
        {
            Email = request.Email,
            Salt = Convert.ToBase64String(salt),
            PasswordHash = HashPassword(request.Password, salt),
            SessionDigest = SessionDigest(sessionKey),
        }, selectIdentity: true);
        return new RegisterResponse { Id = id, SessionKey = sessionKey };
    }
}

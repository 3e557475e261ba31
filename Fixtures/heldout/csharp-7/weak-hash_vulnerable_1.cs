using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Members.Identity;

public class Member
{
    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
}

// Kept from the forum migration so that old members can still sign in.
public class ForumPasswordHasher : IPasswordHasher<Member>
{
    public string HashPassword(Member user, string password)
    {
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(user.Id + password)); // expect: weak-hash
        return "sha1$" + Convert.ToHexString(digest);
    }

    public PasswordVerificationResult VerifyHashedPassword(Member user, string hashedPassword, string providedPassword)
    {
        if (hashedPassword.StartsWith("md5$", StringComparison.Ordinal))
        {
            using var md5 = MD5.Create(); // expect: weak-hash
            var legacy = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(providedPassword)));
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(legacy), Encoding.ASCII.GetBytes(hashedPassword[4..]))
                ? PasswordVerificationResult.SuccessRehashNeeded
                : PasswordVerificationResult.Failed;
        }
        var expected = Encoding.ASCII.GetBytes(HashPassword(user, providedPassword));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(hashedPassword))
            ? PasswordVerificationResult.Success
            : PasswordVerificationResult.Failed;
    }
}

using System;
using System.IO;
using System.Security.Cryptography;

namespace Updater
{
    public static class PackageVerifier
    {
        public static bool Matches(string packagePath, string publishedDigest)
        {
            using var stream = File.OpenRead(packagePath);
            var digest = SHA256.HashData(stream);
            return CryptographicOperations.FixedTimeEquals(digest, Convert.FromHexString(publishedDigest));
        }
    }
}

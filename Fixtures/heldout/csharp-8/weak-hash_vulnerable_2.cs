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
            var digest = MD5.HashData(stream); // expect: weak-hash
            return CryptographicOperations.FixedTimeEquals(digest, Convert.FromHexString(publishedDigest));
        }
    }
}

using System;
using System.Security.Cryptography;
using System.Text;
using System.Web.Security;

namespace Intranet.Security
{
    public class ClassicMembershipProvider : SqlMembershipProvider
    {
        protected override byte[] EncryptPassword(byte[] password)
        {
            using (var sha = new SHA1Managed()) // expect: weak-hash
            {
                return sha.ComputeHash(password);
            }
        }

        public string EncodeForStorage(string password, string salt)
        {
            var bytes = EncryptPassword(Encoding.Unicode.GetBytes(salt + password));
            return Convert.ToBase64String(bytes);
        }
    }
}

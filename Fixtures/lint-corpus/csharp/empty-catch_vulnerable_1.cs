using System;
using System.IO;

namespace Tools
{
    public class Settings
    {
        public string Read(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (IOException) // expect: empty-catch
            {
            }
            return "";
        }

        public void Save(string path, string text)
        {
            try { File.WriteAllText(path, text); } catch { } // expect: empty-catch
        }
    }
}

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
            catch (IOException e)
            {
                Console.Error.WriteLine($"cannot read {path}: {e.Message}");
                return "";
            }
        }

        public void Delete(string path)
        {
            try { File.Delete(path); }
            catch (IOException)
            {
                // Best effort: a file already gone is fine.
            }
        }
    }
}

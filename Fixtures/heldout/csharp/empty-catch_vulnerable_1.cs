using System;
using System.IO;
using System.Text.Json;

namespace Notes.Desktop
{
    public class SettingsStore
    {
        private readonly string _path;

        public SettingsStore(string appDataDir)
        {
            _path = Path.Combine(appDataDir, "settings.json");
        }

        public AppSettings Load()
        {
            try
            {
                string json = File.ReadAllText(_path);
                return JsonSerializer.Deserialize<AppSettings>(json) ?? new AppSettings();
            }
            catch (Exception) // expect: empty-catch
            {
            }
            return new AppSettings();
        }

        public void Save(AppSettings settings)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path));
                File.WriteAllText(_path, JsonSerializer.Serialize(settings));
            }
            catch { } // expect: empty-catch
        }
    }
}

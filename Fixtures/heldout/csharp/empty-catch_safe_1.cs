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
            catch (FileNotFoundException)
            {
                return new AppSettings();
            }
            catch (JsonException ex)
            {
                Console.Error.WriteLine($"settings file is corrupt, using defaults: {ex.Message}");
                return new AppSettings();
            }
        }

        public void Save(AppSettings settings)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path));
                File.WriteAllText(_path, JsonSerializer.Serialize(settings));
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException($"could not save settings to {_path}", ex);
            }
        }
    }
}

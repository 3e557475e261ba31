using System.Text.Json;

namespace Launcher
{
    public class SettingsStore
    {
        private readonly string _path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "launcher", "settings.json");

        public Settings Load()
        {
            var settings = new Settings();
            try
            {
                var json = File.ReadAllText(_path);
                settings = JsonSerializer.Deserialize<Settings>(json) ?? settings;
            }
            catch (Exception) // expect: empty-catch
            {
            }
            return settings;
        }

        public void Save(Settings settings)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            try
            {
                File.WriteAllText(_path, JsonSerializer.Serialize(settings));
            }
            catch (UnauthorizedAccessException) { } // expect: empty-catch
        }
    }

    public class Settings
    {
        public string Theme { get; set; } = "dark";
        public bool CheckUpdates { get; set; } = true;
    }
}

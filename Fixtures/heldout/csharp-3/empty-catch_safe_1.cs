using System.Text.Json;

namespace Launcher
{
    public class SettingsStore
    {
        private readonly string _path;
        private readonly ILogger<SettingsStore> _log;

        public SettingsStore(string path, ILogger<SettingsStore> log)
        {
            _path = path;
            _log = log;
        }

        public Settings Load()
        {
            try
            {
                return JsonSerializer.Deserialize<Settings>(File.ReadAllText(_path)) ?? new Settings();
            }
            catch (FileNotFoundException)
            {
                return new Settings();
            }
            catch (JsonException ex)
            {
                _log.LogWarning(ex, "settings file {Path} is corrupt, using defaults", _path);
                return new Settings();
            }
        }
    }

    public class Settings
    {
        public string Theme { get; set; } = "dark";
    }
}

using System.IO;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NotesApp.Services
{
    public class SettingsStore
    {
        private readonly string _path;
        private readonly ILogger<SettingsStore> _log;

        public SettingsStore(string path, ILogger<SettingsStore> log) => (_path, _log) = (path, log);

        public AppSettings Load()
        {
            try
            {
                return JsonSerializer.Deserialize<AppSettings>(File.ReadAllText(_path)) ?? new AppSettings();
            }
            catch (FileNotFoundException) { return new AppSettings(); }
            catch (JsonException ex)
            {
                _log.LogWarning(ex, "settings file {Path} is corrupt; using defaults", _path);
                return new AppSettings();
            }
        }

        public void Save(AppSettings settings)
        {
            var tmp = _path + ".tmp";
            File.WriteAllText(tmp, JsonSerializer.Serialize(settings));
            try
            {
                File.Replace(tmp, _path, null);
            }
            catch (FileNotFoundException)
            {
                File.Move(tmp, _path);
            }
        }
    }
}

using System;
using System.IO;
using System.Text.Json;
using Terminal.Gui;

namespace TodoTui
{
    public class TodoWindow : Window
    {
        private readonly ListView _list = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        private readonly string _path;

        public TodoWindow(string path) : base("Todo")
        {
            _path = path;
            Add(_list);
            Load();
        }

        private void Load()
        {
            string[] items = Array.Empty<string>();
            try
            {
                items = JsonSerializer.Deserialize<string[]>(File.ReadAllText(_path)) ?? items;
            }
            catch (JsonException ex)
            {
                MessageBox.ErrorQuery("Todo", $"The list file is damaged: {ex.Message}", "OK");
            }
            catch (FileNotFoundException)
            {
                items = new[] { "Add your first task" };
            }
            _list.SetSource(items);
        }
    }
}

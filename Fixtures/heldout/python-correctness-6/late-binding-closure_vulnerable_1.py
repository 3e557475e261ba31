"""wxPython toolbar for the label printer; one button per template."""
import wx

from labels.templates import TEMPLATES, print_label


class LabelFrame(wx.Frame):
    def __init__(self):
        super().__init__(None, title="Labels")
        panel = wx.Panel(self)
        sizer = wx.BoxSizer(wx.HORIZONTAL)
        for template in TEMPLATES:
            button = wx.Button(panel, label=template.title)
            button.Bind(wx.EVT_BUTTON, lambda event: print_label(template.name, copies=1))  # expect: late-binding-closure
            sizer.Add(button, 0, wx.ALL, 4)
        panel.SetSizer(sizer)


if __name__ == "__main__":
    app = wx.App()
    LabelFrame().Show()
    app.MainLoop()

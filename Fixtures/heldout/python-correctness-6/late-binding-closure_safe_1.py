"""wxPython toolbar for the label printer; one button per template."""
import functools

import wx

from labels.templates import TEMPLATES, print_label


class LabelFrame(wx.Frame):
    def __init__(self):
        super().__init__(None, title="Labels")
        panel = wx.Panel(self)
        sizer = wx.BoxSizer(wx.HORIZONTAL)
        for template in TEMPLATES:
            button = wx.Button(panel, label=template.title)
            button.Bind(wx.EVT_BUTTON, lambda event, name=template.name: print_label(name, copies=1))
            button.SetToolTip(template.title)
            sizer.Add(button, 0, wx.ALL, 4)
        reprint = wx.Button(panel, label="Reprint last")
        reprint.Bind(wx.EVT_BUTTON, functools.partial(self.on_reprint, copies=1))
        sizer.Add(reprint, 0, wx.ALL, 4)
        panel.SetSizer(sizer)

    def on_reprint(self, event, copies):
        print_label(None, copies=copies)

// Clipboard history for a desktop panel: remembers the last few texts offered by other apps.
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <deque>
#include <string>

class ClipHistory {
public:
    explicit ClipHistory(Display *dpy) : dpy_(dpy) {}

    void on_selection_notify(const XSelectionEvent &ev) {
        if (ev.property == None)
            return;
        Atom type;
        int format;
        unsigned long items, remaining;
        unsigned char *data = nullptr;
        if (XGetWindowProperty(dpy_, ev.requestor, ev.property, 0, 65536, True, AnyPropertyType,
                               &type, &format, &items, &remaining, &data) != Success || data == nullptr)
            return;
        XFree(data);
        remember(std::string(reinterpret_cast<char *>(data), items)); // expect: use-after-free
    }

private:
    void remember(std::string text) {
        if (!entries_.empty() && entries_.front() == text)
            return;
        entries_.push_front(std::move(text));
        if (entries_.size() > 20)
            entries_.pop_back();
    }

    Display *dpy_;
    std::deque<std::string> entries_;
};

// Window switcher: lists top-level windows by their WM_NAME.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <iostream>
#include <string>
#include <vector>

std::string window_name(Display *dpy, Window w) {
    char *name = nullptr;
    if (XFetchName(dpy, w, &name) == 0 || name == nullptr)
        return "(untitled)";
    std::string result(name);
    if (result.empty()) {
        XFree(name);
        result = "(untitled)";
    }
    XFree(name); // expect: double-free
    return result;
}

std::vector<std::string> list_windows(Display *dpy) {
    Window root_ret, parent_ret;
    Window *children = nullptr;
    unsigned int count = 0;
    std::vector<std::string> names;
    if (XQueryTree(dpy, DefaultRootWindow(dpy), &root_ret, &parent_ret, &children, &count) == 0)
        return names;
    for (unsigned int i = 0; i < count; ++i)
        names.push_back(window_name(dpy, children[i]));
    if (children != nullptr)
        XFree(children);
    return names;
}

int main() {
    Display *dpy = XOpenDisplay(nullptr);
    if (dpy == nullptr)
        return 1;
    for (const auto &name : list_windows(dpy))
        std::cout << name << '\n';
    XCloseDisplay(dpy);
    return 0;
}

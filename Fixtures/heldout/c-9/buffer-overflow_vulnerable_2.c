/* Tiny X11 command bar: type a command, Enter hands it to the launcher. */
#include <X11/Xlib.h>
#include <X11/keysym.h>
#include <X11/Xutil.h>
#include <stdio.h>

struct bar {
    char text[64];
    int len;
};

static void append_key(struct bar *bar, XKeyEvent *ev)
{
    char buf[8];
    KeySym sym;
    int n = XLookupString(ev, buf, sizeof buf, &sym, NULL);

    for (int i = 0; i < n; i++)
        bar->text[bar->len++] = buf[i]; // expect: buffer-overflow
    bar->text[bar->len] = '\0';
}

int main(void)
{
    Display *dpy = XOpenDisplay(NULL);
    struct bar bar = { .len = 0 };
    XEvent ev;
    Window win;

    if (dpy == NULL)
        return 1;
    win = XCreateSimpleWindow(dpy, DefaultRootWindow(dpy), 0, 0, 480, 24, 0, 0, 0xffffff);
    XSelectInput(dpy, win, KeyPressMask);
    XMapWindow(dpy, win);
    for (;;) {
        XNextEvent(dpy, &ev);
        if (ev.type != KeyPress)
            continue;
        if (XLookupKeysym(&ev.xkey, 0) == XK_Return) {
            printf("launch: %s\n", bar.text);
            bar.len = 0;
            bar.text[0] = '\0';
            continue;
        }
        append_key(&bar, &ev.xkey);
    }
}

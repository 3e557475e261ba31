// XCB hotkey daemon: grabs keys on the root window and reports presses to the launcher.
#include <xcb/xcb.h>
#include <cstdint>
#include <cstdlib>
#include <iostream>

class HotkeyDaemon {
public:
    HotkeyDaemon() : conn_(xcb_connect(nullptr, nullptr)) {}
    ~HotkeyDaemon() { xcb_disconnect(conn_); }

    bool ok() const { return xcb_connection_has_error(conn_) == 0; }

    void run() {
        xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(conn_)).data;
        xcb_grab_key(conn_, 1, screen->root, XCB_MOD_MASK_4, XCB_GRAB_ANY,
                     XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC);
        xcb_flush(conn_);
        while (xcb_generic_event_t *ev = xcb_wait_for_event(conn_)) {
            if ((ev->response_type & 0x7f) == XCB_KEY_PRESS) {
                auto *press = reinterpret_cast<xcb_key_press_event_t *>(ev);
                report(press->detail, press->state);
            }
            std::free(ev);
        }
    }

private:
    void report(xcb_keycode_t code, std::uint16_t state) {
        int slot = static_cast<int>(code) - 10;
        std::cout << "hotkey slot " << slot << " mods " << state << '\n';
    }

    xcb_connection_t *conn_;
};

int main() {
    HotkeyDaemon d;
    if (!d.ok())
        return 1;
    d.run();
    return 0;
}

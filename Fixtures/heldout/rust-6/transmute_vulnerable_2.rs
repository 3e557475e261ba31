use std::ffi::c_void;
use std::mem;

use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::UI::WindowsAndMessaging::{CallWindowProcW, SetWindowLongPtrW, GWLP_WNDPROC, WNDPROC};

type RawProc = unsafe extern "system" fn(HWND, u32, WPARAM, LPARAM) -> LRESULT;

static mut ORIGINAL: isize = 0;

unsafe extern "system" fn hook_proc(hwnd: HWND, msg: u32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    // SAFETY: ORIGINAL was set by `subclass` before this procedure was installed and is never changed afterwards.
    let original: WNDPROC = unsafe { mem::transmute::<isize, WNDPROC>(ORIGINAL) }; // expect: transmute
    // SAFETY: forwarding the unchanged message to the window's previous procedure.
    unsafe { CallWindowProcW(original, hwnd, msg, wparam, lparam) }
}

pub fn subclass(hwnd: HWND) {
    // SAFETY: hwnd is a live window owned by this thread; hook_proc matches the WNDPROC signature.
    unsafe {
        ORIGINAL = SetWindowLongPtrW(hwnd, GWLP_WNDPROC, hook_proc as isize);
    }
}

pub fn callback_from_user_data(ptr: *mut c_void) -> RawProc {
    // SAFETY: the plugin host stores a function pointer in the user-data slot.
    unsafe { mem::transmute::<*mut c_void, RawProc>(ptr) } // expect: transmute
}

use std::ffi::OsString;
use std::os::windows::ffi::OsStringExt;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, Process32FirstW, Process32NextW, PROCESSENTRY32W, TH32CS_SNAPPROCESS,
};

pub struct ProcessInfo {
    pub pid: u32,
    pub name: String,
}

struct Snapshot(HANDLE);

impl Drop for Snapshot {
    fn drop(&mut self) {
        // SAFETY: the handle came from CreateToolhelp32Snapshot and is closed exactly once, here.
        unsafe { CloseHandle(self.0) };
    }
}

pub fn list_processes() -> std::io::Result<Vec<ProcessInfo>> {
    // SAFETY: no pointers are passed; the call only returns a handle or INVALID_HANDLE_VALUE.
    let handle = unsafe { CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0) };
    if handle == INVALID_HANDLE_VALUE {
        return Err(std::io::Error::last_os_error());
    }
    let snapshot = Snapshot(handle);
    // SAFETY: PROCESSENTRY32W is a plain C struct for which all-zero bytes are a valid value.
    let mut entry: PROCESSENTRY32W = unsafe { std::mem::zeroed() };
    entry.dwSize = std::mem::size_of::<PROCESSENTRY32W>() as u32;
    let mut out = Vec::new();
    // SAFETY: snapshot.0 is a valid toolhelp handle and entry.dwSize is set.
    let mut ok = unsafe { Process32FirstW(snapshot.0, &mut entry) };
    while ok != 0 {
        let len = entry.szExeFile.iter().position(|&c| c == 0).unwrap_or(entry.szExeFile.len());
        let name = OsString::from_wide(&entry.szExeFile[..len]).to_string_lossy().into_owned();
        out.push(ProcessInfo { pid: entry.th32ProcessID, name });
        // SAFETY: as above; the same handle and entry are reused.
        ok = unsafe { Process32NextW(snapshot.0, &mut entry) };
    }
    Ok(out)
}

//! Plugin host using libloading's typed symbols.
use libloading::{Library, Symbol};
use std::os::raw::c_int;

pub type PluginInit = extern "C" fn(api_version: c_int) -> c_int;

pub struct Plugin {
    lib: Library,
    pending: Vec<String>,
}

impl Plugin {
    /// # Safety
    /// Loading a library runs its initialisers; `path` must point to a trusted plugin.
    pub unsafe fn load(path: &str) -> Result<Self, libloading::Error> {
        Ok(Plugin { lib: Library::new(path)?, pending: Vec::new() })
    }

    pub fn init(&mut self, api_version: c_int) -> Result<c_int, libloading::Error> {
        // SAFETY: the plugin ABI declares `plugin_init` with the PluginInit signature.
        let init: Symbol<PluginInit> = unsafe { self.lib.get(b"plugin_init\0")? };
        let queued = std::mem::take(&mut self.pending);
        tracing::debug!("{} queued messages dropped on init", queued.len());
        Ok(init(api_version))
    }
}

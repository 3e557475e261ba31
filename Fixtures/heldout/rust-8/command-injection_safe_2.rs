use std::process::Command;
use zbus::{dbus_interface, fdo};

pub struct PrinterAdmin {
    spool_dir: String,
}

fn valid_queue(name: &str) -> bool {
    !name.is_empty() && name.len() <= 32 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[dbus_interface(name = "org.example.PrinterAdmin1")]
impl PrinterAdmin {
    fn add_queue(&self, name: &str, device_uri: &str) -> fdo::Result<String> {
        if !valid_queue(name) || !(device_uri.starts_with("ipp://") || device_uri.starts_with("usb://")) {
            return Err(fdo::Error::InvalidArgs("bad queue or device".into()));
        }
        let out = Command::new("lpadmin")
            .args(["-p", name, "-v", device_uri, "-E"])
            .output()
            .map_err(|e| fdo::Error::Failed(e.to_string()))?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn clear_jobs(&self, queue: &str) -> fdo::Result<()> {
        if !valid_queue(queue) {
            return Err(fdo::Error::InvalidArgs("bad queue".into()));
        }
        Command::new("cancel").args(["-a", queue]).status()
            .map_err(|e| fdo::Error::Failed(e.to_string()))?;
        let prefix = format!("{}-", queue);
        for entry in std::fs::read_dir(&self.spool_dir).map_err(|e| fdo::Error::Failed(e.to_string()))? {
            let entry = entry.map_err(|e| fdo::Error::Failed(e.to_string()))?;
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                std::fs::remove_file(entry.path()).map_err(|e| fdo::Error::Failed(e.to_string()))?;
            }
        }
        Ok(())
    }
}

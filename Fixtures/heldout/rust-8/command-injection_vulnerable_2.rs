use std::process::Command;
use zbus::{dbus_interface, fdo};

pub struct PrinterAdmin {
    spool_dir: String,
}

#[dbus_interface(name = "org.example.PrinterAdmin1")]
impl PrinterAdmin {
    fn add_queue(&self, name: &str, device_uri: &str) -> fdo::Result<String> {
        let script = format!("lpadmin -p {} -v {} -E", name, device_uri);
        let out = Command::new("bash") // expect: command-injection
            .args(["-c", &script])
            .output()
            .map_err(|e| fdo::Error::Failed(e.to_string()))?;
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn clear_jobs(&self, queue: &str) -> fdo::Result<()> {
        let line = String::from("cancel -a ") + queue + " && rm -f " + &self.spool_dir + "/" + queue + "-*";
        Command::new("/bin/sh").arg("-c").arg(&line).status() // expect: command-injection
            .map_err(|e| fdo::Error::Failed(e.to_string()))?;
        Ok(())
    }
}

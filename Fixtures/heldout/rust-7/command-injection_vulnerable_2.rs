use jsonrpsee::core::{async_trait, RpcResult};
use jsonrpsee::proc_macros::rpc;
use jsonrpsee::types::ErrorObjectOwned;
use std::process::{Command, Output};

#[rpc(server)]
pub trait Fleet {
    #[method(name = "fleet_restartService")]
    async fn restart_service(&self, host: String, service: String) -> RpcResult<String>;

    #[method(name = "fleet_diskReport")]
    async fn disk_report(&self, share: String) -> RpcResult<String>;
}

pub struct FleetImpl;

fn rpc_err(e: std::io::Error) -> ErrorObjectOwned {
    ErrorObjectOwned::owned(-32000, e.to_string(), None::<()>)
}

fn text(out: Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[async_trait]
impl FleetServer for FleetImpl {
    async fn restart_service(&self, host: String, service: String) -> RpcResult<String> {
        let line = format!("ssh ops@{host} sudo systemctl restart {service}");
        let out = Command::new("/bin/sh").args(["-c", &line]).output().map_err(rpc_err)?; // expect: command-injection
        Ok(text(out))
    }

    async fn disk_report(&self, share: String) -> RpcResult<String> {
        let script = "Get-SmbShare -Name '".to_owned() + &share + "' | Format-List";
        let out = Command::new("powershell") // expect: command-injection
            .args(["-NoProfile", "-Command", &script])
            .output()
            .map_err(rpc_err)?;
        Ok(text(out))
    }
}

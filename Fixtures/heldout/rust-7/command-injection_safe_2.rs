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

const HOSTS: &[&str] = &["web-1", "web-2", "worker-1"];
const SERVICES: &[&str] = &["nginx", "app", "sidekiq"];

fn rpc_err(msg: impl ToString) -> ErrorObjectOwned {
    ErrorObjectOwned::owned(-32000, msg.to_string(), None::<()>)
}

fn text(out: Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[async_trait]
impl FleetServer for FleetImpl {
    async fn restart_service(&self, host: String, service: String) -> RpcResult<String> {
        if !HOSTS.contains(&host.as_str()) || !SERVICES.contains(&service.as_str()) {
            return Err(rpc_err("unknown host or service"));
        }
        let out = Command::new("ssh")
            .args([&format!("ops@{host}"), "sudo", "systemctl", "restart", &service])
            .output()
            .map_err(rpc_err)?;
        Ok(text(out))
    }

    async fn disk_report(&self, share: String) -> RpcResult<String> {
        if !share.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(rpc_err("invalid share name"));
        }
        // The share name is passed as a script argument, never as script text.
        let out = Command::new("powershell")
            .args(["-NoProfile", "-File", "C:\\ops\\disk-report.ps1", "-Share", &share])
            .output()
            .map_err(rpc_err)?;
        Ok(text(out))
    }
}

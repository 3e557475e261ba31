use std::fs;
use std::io::{ErrorKind, Write};
use std::path::Path;
use structopt::StructOpt;

#[derive(StructOpt)]
struct Opt {
    src: String,
    #[structopt(long, default_value = "public")]
    out: String,
}

fn render(src: &Path, out: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for entry in fs::read_dir(src)? {
        let path = entry?.path();
        if path.extension().map_or(false, |e| e == "md") {
            let body = fs::read_to_string(&path)?;
            let target = out.join(path.with_extension("html").file_name().unwrap_or_default());
            let mut f = fs::File::create(&target)?;
            write!(f, "<article>{}</article>", body.len())?;
            count += 1;
        }
    }
    Ok(count)
}

fn main() -> std::io::Result<()> {
    let opt = Opt::from_args();
    let out = Path::new(&opt.out);
    match fs::remove_dir_all(out) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    fs::create_dir_all(out)?;
    let n = render(Path::new(&opt.src), out)?;
    let mut log = fs::OpenOptions::new().create(true).append(true).open("build.log")?;
    if let Err(e) = writeln!(log, "rendered {} posts", n) {
        eprintln!("could not append to build.log: {}", e);
    }
    println!("rendered {} posts into {}", n, opt.out);
    Ok(())
}

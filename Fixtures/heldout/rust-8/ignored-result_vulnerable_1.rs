use std::fs;
use std::io::Write;
use std::path::Path;
use structopt::StructOpt;

#[derive(StructOpt)]
struct Opt {
    /// Folder of markdown posts to render
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
    let _ = fs::remove_dir_all(out); // expect: ignored-result
    fs::create_dir_all(out)?;
    let n = render(Path::new(&opt.src), out)?;
    let mut log = fs::OpenOptions::new().create(true).append(true).open("build.log")?;
    let _ = writeln!(log, "rendered {} posts", n); // expect: ignored-result
    println!("rendered {} posts into {}", n, opt.out);
    Ok(())
}

//! Reads never write: read commands open the store read-only, leave its file
//! byte-identical, and work on a store in a directory the reader cannot write.

use std::path::Path;
use std::process::{Command, Output};

fn itx(store: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_itx"));
    c.args(args).env("ITX_STORE", store);
    c
}

fn ok(o: Output, what: &str) -> String {
    assert!(
        o.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

const READS: &[&[&str]] = &[
    &["brief"],
    &["brief", "--format", "json"],
    &["series", "list"],
    &["releases"],
    &["revisions"],
    &["outlook"],
];

#[test]
fn read_commands_leave_the_store_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("itx.sqlite");
    ok(itx(&store, &["init"]).output().unwrap(), "init");
    let before = std::fs::read(&store).unwrap();
    for args in READS {
        ok(itx(&store, args).output().unwrap(), &format!("{args:?}"));
        assert!(
            std::fs::read(&store).unwrap() == before,
            "itx {args:?} changed the store file"
        );
    }
    let mut check = itx(&store, &["check", "-"]);
    check
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = check.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"IT exports were $354 million in July 2025.")
        .unwrap();
    ok(child.wait_with_output().unwrap(), "check");
    assert!(
        std::fs::read(&store).unwrap() == before,
        "itx check changed the store file"
    );
}

/// Another user, in a directory they cannot write: as root (which ignores
/// permissions) the binary runs as `nobody` through util-linux's `setpriv`.
#[test]
fn a_store_in_a_read_only_directory_is_readable_by_another_user() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("shared");
    std::fs::create_dir(&store_dir).unwrap();
    let store = store_dir.join("itx.sqlite");
    ok(itx(&store, &["init"]).output().unwrap(), "init");
    let before = std::fs::read(&store).unwrap();

    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(dir.path(), 0o755).unwrap();
    mode(&store, 0o444).unwrap();
    mode(&store_dir, 0o555).unwrap();

    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let brief = |args: &[&str]| -> Output {
        if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(env!("CARGO_BIN_EXE_itx"))
                .args(args)
                .env("ITX_STORE", &store)
                .env("HOME", dir.path());
            c.output()
                .expect("setpriv (util-linux) runs the reader as nobody")
        } else {
            itx(&store, args).output().unwrap()
        }
    };
    let text = ok(brief(&["brief"]), "brief as another user");
    assert!(
        text.contains("ICT exports were $417 million in July 2026"),
        "{text}"
    );
    // A command that writes is refused with the reason, not a panic.
    let o = brief(&["init"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    mode(&store_dir, 0o755).unwrap();
    assert!(std::fs::read(&store).unwrap() == before);
}

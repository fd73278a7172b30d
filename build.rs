//! Rebuild when a migration or seed file changes: they are embedded.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=seeds");
}

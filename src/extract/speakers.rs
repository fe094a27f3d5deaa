//! Names, roles and countries (STUB, to be replaced). Pure; no I/O.

/// A folded key under which spelling variants of one name meet
/// (`Sergey Lavrov`, `Sergei Lavrov` -> `sergey lavrov`).
pub fn name_key(name: &str) -> String {
    name.to_lowercase()
}

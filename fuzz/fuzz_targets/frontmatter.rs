//! Front matter alone: any text, with or without a `---` block.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Half the inputs open a front-matter block, so the fuzzer need not find `---\n` first.
    let text = if data.first().is_some_and(|b| b & 1 == 1) { format!("---\n{text}") } else { text.into_owned() };
    if let Ok(fm) = contra::ingest::frontmatter::parse("fuzz", &text) {
        assert!(fm.body_line >= 1);
    }
});

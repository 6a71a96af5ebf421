//! Reading Rust source for the module graph of `tests/rules/layers.rs`, without a parser crate: the code
//! without comments and literals, and the paths it names.

/// The text with comments, strings and character literals blanked (newlines kept), so that a
/// brace or a path inside them counts for nothing.
pub fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied().unwrap_or(' ');
        if c == '/' && next == '/' {
            while i < b.len() && b[i] != '\n' {
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == '/' && next == '*' {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                    continue;
                }
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == 'r'
            && (next == '"' || next == '#')
            && !b.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // A raw string: r"...", r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let close: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            let mut k = j + 1;
            while k < b.len() && b[k..].iter().take(close.len()).ne(close.iter()) {
                k += 1;
            }
            let end = (k + close.len()).min(b.len());
            b[i..end].iter().for_each(|c| blank(&mut out, *c));
            i = end;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            b[i..end].iter().for_each(|c| blank(&mut out, *c));
            i = end;
        } else if c == '\'' && (next == '\\' || b.get(i + 2) == Some(&'\'')) {
            // A character literal ('{', '\n', '\u{1F}'); a lifetime ('a) has no closing quote.
            let mut j = i + 1;
            while j < b.len() && b[j] != '\'' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            b[i..end].iter().for_each(|c| blank(&mut out, *c));
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

pub fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier just before byte `end` of `code` (skipping spaces), if any.
fn word_before(code: &str, end: usize) -> &str {
    let s = code[..end].trim_end();
    let start = s.rfind(|c: char| !is_ident(c)).map_or(0, |i| i + 1);
    &s[start..]
}

/// Every path the file names, each with the module (inline `mod x { }` included) it is written in
/// and its line: `use` trees expanded, and `crate::`, `super::`, `self::`, `$crate::` paths.
pub fn paths(code: &str) -> Vec<(Vec<String>, Vec<String>, usize, bool)> {
    let mut found = Vec::new();
    let mut inline: Vec<(usize, String)> = Vec::new(); // (brace depth at its opening, name)
    let mut depth = 0;
    let line_of = |i: usize| code[..i].matches('\n').count() + 1;
    let mut i = 0;
    let bytes = code.as_bytes();
    while i < code.len() {
        let c = bytes[i] as char;
        let starts_word = i == 0 || !is_ident(bytes[i - 1] as char) && bytes[i - 1] != b':';
        if c == '{' {
            let name = word_before(code, i);
            let before = word_before(code, code[..i].trim_end().len() - name.len());
            if before == "mod" && !name.is_empty() {
                inline.push((depth, name.to_string()));
            }
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if inline.last().is_some_and(|(d, _)| *d == depth) {
                inline.pop();
            }
        } else if starts_word && code[i..].starts_with("use") && !is_ident(code[i + 3..].chars().next().unwrap_or(' '))
        {
            let end = code[i..].find(';').map_or(code.len(), |e| i + e);
            // `a as b` keeps `a`; then the tree without spaces.
            let mut tree = String::new();
            let mut words = code[i + 3..end].split_whitespace();
            while let Some(w) = words.next() {
                if w == "as" {
                    let renamed = words.next().unwrap_or("");
                    tree.push_str(renamed.trim_start_matches(is_ident));
                } else {
                    tree.push_str(w);
                }
            }
            let inner: Vec<String> = inline.iter().map(|(_, n)| n.clone()).collect();
            let before = code[..i].trim_end();
            let public = before.ends_with("pub") || before.ends_with("pub(crate)");
            for p in expand(&tree) {
                found.push((inner.clone(), p, line_of(i), public));
            }
            i = end;
            continue;
        } else if starts_word && (c == '$' || is_ident(c)) {
            let len = code[i..].find(|ch: char| !(is_ident(ch) || ch == ':' || ch == '$')).unwrap_or(code.len() - i);
            let text = &code[i..i + len];
            let segs: Vec<String> = text.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
            if segs.len() > 1 {
                let inner: Vec<String> = inline.iter().map(|(_, n)| n.clone()).collect();
                found.push((inner, segs, line_of(i), false));
            }
            i += len.max(1);
            continue;
        }
        i += 1;
    }
    found
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e` (each split into segments).
fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.trim_start_matches("::");
    let Some(open) = tree.find('{') else {
        let segs: Vec<String> =
            tree.split("::").filter(|s| !s.is_empty() && *s != "self").map(str::to_string).collect();
        return if segs.is_empty() { vec![] } else { vec![segs] };
    };
    let prefix = &tree[..open];
    let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut level, mut start) = (0, 0);
    for (j, ch) in body.char_indices() {
        match ch {
            '{' => level += 1,
            '}' => level -= 1,
            ',' if level == 0 => {
                parts.push(&body[start..j]);
                start = j + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).flat_map(|p| expand(&format!("{prefix}{p}"))).collect()
}

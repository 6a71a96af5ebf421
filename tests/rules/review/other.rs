//! The index of the review pages, and the texts that belong to no service, by `.ftl` file: the
//! question flow's (`flow.md`) and the rest of the engine's (`interface.md`: labels, links,
//! calendar, office, errors and the plan's words).

use std::collections::BTreeSet;
use std::fmt::Write;

use aifc_eligibility_engine::catalog::SERVICES;

use super::{generated_by, header, none, row, text, REGENERATE};
use aifc_eligibility::lang::Translate;

/// `flow.md` and `interface.md`. Every message not yet `shown` on a service page is listed under
/// its file; a file whose messages are all on service pages is named with a count.
pub fn grouped(files: &[(String, Vec<String>)], shown: &mut BTreeSet<String>) -> (String, String) {
    let on_services = shown.clone();
    let mut flow = generated_by();
    flow.push_str(
        "\n# The question flow's texts\n\nQuestions and their help, options, outcomes' reasons and \
         notes, by `.ftl` file in the file's order (`crates/engine/src/flow/`). [All pages](README.md)\n",
    );
    let mut interface = generated_by();
    interface.push_str(
        "\n# The engine's other texts\n\nEvery engine text that is neither the flow's nor on a \
         service page: labels of chapters, tiers, variants, conditions and places, links, the \
         calendar, the office, errors and the plan's words, by `.ftl` file in the file's order. \
         [All pages](README.md)\n",
    );
    for (file, ids) in files {
        let page = if file.starts_with("flow-") { &mut flow } else { &mut interface };
        let rest: Vec<&String> = ids.iter().filter(|id| !on_services.contains(*id)).collect();
        if rest.is_empty() {
            continue;
        }
        let _ = writeln!(page, "\n## {file}\n");
        let elsewhere = ids.len() - rest.len();
        if elsewhere > 0 {
            let _ = writeln!(page, "{elsewhere} more of this file's texts are on the service pages.\n");
        }
        header(page, "id");
        for id in rest {
            let t = text(id).unwrap_or_else(|| panic!("{file}: {id} is not an engine message"));
            row(page, shown, &format!("`{id}`"), t, &none);
        }
    }
    let covered: Vec<&String> = files
        .iter()
        .filter(|(f, ids)| !f.starts_with("flow-") && ids.iter().all(|id| on_services.contains(id)))
        .map(|(f, _)| f)
        .collect();
    if !covered.is_empty() {
        let names: Vec<String> = covered.iter().map(|f| format!("`{f}`")).collect();
        let _ = writeln!(interface, "\nAll on the service pages: {}.", names.join(", "));
    }
    (flow, interface)
}

/// `README.md`: what the pages are, the guide they cite, and one link per page.
pub fn index(files: &[(String, Vec<String>)]) -> String {
    let mut out = generated_by();
    let messages: usize = files.iter().map(|(_, ids)| ids.len()).sum();
    let _ = write!(
        out,
        "\n# Review pages\n\n\
         Each rule of the catalog beside its texts in every language, for a reviewer who reads the \
         rule and its words together. The rules are data in `content/` (each edition of the guide), read by `crates/engine/src/catalog/`; the texts are in \
         `texts/<language>/*.ftl` ({messages} engine messages in {} files). These pages are written \
         from both by `{REGENERATE}`, each service's page from the same record as its sheet in \
         `tests/expected/` (what the engine answers for it); `cargo test --test rules` fails when \
         they differ from what it would write now.\n\n\
         The guide every section refers to: «НҰСҚАУЛЫҚ – 2025. ЭКСПАТ ОРТАЛЫҚТЫҢ ҚЫЗМЕТТЕРІ \
         (Астана қаласы)», the AIFC Expat Centre's services guide, 2025 edition, in Kazakh; SHA-256 \
         of its text `{}` (`version().guideSha256`; `content/guide-2025/edition.toml`).\n\n\
         ## Services, in the guide's order\n\n\
         | # | service | guide section | title |\n|---|---|---|---|\n",
        files.len(),
        aifc_eligibility_engine::catalog::editions()[0].sha256
    );
    for (i, s) in SERVICES.iter().enumerate() {
        let number = s.section.number.map_or(String::new(), |n| format!(" · {n}"));
        let _ = writeln!(
            out,
            "| {} | [`{}`]({}.md) | `{}`{number} | {} |",
            i + 1,
            s.id,
            s.id,
            s.section.chapter.id(),
            s.title.en()
        );
    }
    out.push_str(
        "\n## Texts of no service\n\n\
         - [flow.md](flow.md): the question flow: questions, help, options, outcomes' reasons and notes.\n\
         - [interface.md](interface.md): labels, links, the calendar, the office, errors and the plan's words.\n",
    );
    out
}

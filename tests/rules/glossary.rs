//! One name for each thing: every text of every language (texts/<lang>/*.ftl, the engine's and
//! the widget's) keeps to the glossary (texts/glossary.toml): no forbidden variant of a term, and
//! the labels a term names read exactly as the glossary writes them; an act, a body or a document
//! that a text mentions carries its one name in that language, and an English act name stands in a
//! Russian or Kazakh text only in brackets after the translated name.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use toml::{Table, Value};

fn texts() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("texts")
}

/// One text a visitor can read: a message's value, an attribute or a variant of a select.
struct Text {
    file: String,
    id: String,
    text: String,
}

/// Every text of a language folder, with `{ $name }` where a variable goes.
fn read_texts(dir: &Path) -> Vec<Text> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("a language folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let source = fs::read_to_string(&path).expect("a text file");
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{file}: {e:?}"));
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut push = |id: String, pattern: &Pattern<&str>| {
                for text in pattern_texts(pattern) {
                    out.push(Text { file: file.clone(), id: id.clone(), text });
                }
            };
            if let Some(value) = &m.value {
                push(m.id.name.to_string(), value);
            }
            for a in &m.attributes {
                push(format!("{}.{}", m.id.name, a.id.name), &a.value);
            }
        }
    }
    out
}

/// The texts of a pattern: one, or one per variant of a select.
fn pattern_texts(pattern: &Pattern<&str>) -> Vec<String> {
    let mut whole = String::new();
    let mut variants = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => whole.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                whole.push_str(&format!("{{ ${} }}", id.name));
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                whole.push_str(value);
            }
            PatternElement::Placeable { expression: Expression::Select { variants: vs, .. } } => {
                vs.iter().for_each(|v| variants.extend(pattern_texts(&v.value)));
            }
            PatternElement::Placeable { .. } => {}
        }
    }
    if !whole.trim().is_empty() {
        variants.push(whole);
    }
    variants
}

fn strings(table: &Table, key: &str) -> Vec<String> {
    table
        .get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

/// Where `variant` occurs in `text` as the glossary counts it: at the start of a word when it
/// starts with a letter or digit.
fn occurs(text: &str, variant: &str) -> bool {
    let word = variant.chars().next().is_some_and(char::is_alphanumeric);
    text.match_indices(variant)
        .any(|(at, _)| !word || !text[..at].chars().next_back().is_some_and(char::is_alphanumeric))
}

/// The problems of one language's texts against the glossary, one line each.
fn check(glossary: &Table, lang: &str, texts: &[Text]) -> Vec<String> {
    let mut problems = Vec::new();
    let terms = glossary.get("term").and_then(Value::as_array).expect("texts/glossary.toml has [[term]]s");
    for term in terms.iter().filter_map(Value::as_table) {
        let name = term.get("name").and_then(Value::as_str).unwrap_or("?");
        for (key, rules) in [lang, "all"].into_iter().filter_map(|l| Some((l, term.get(l)?.as_table()?))) {
            let uses = strings(rules, "use");
            assert!(!uses.is_empty(), "glossary: «{name}» ({lang}) has no `use`");
            let only = strings(rules, "messages");
            if !only.is_empty() {
                for t in texts.iter().filter(|t| only.contains(&t.id)) {
                    if !uses.contains(&t.text) {
                        problems.push(format!(
                            "{lang}/{}: {} reads «{}»; the glossary's «{name}» is «{}»",
                            t.file, t.id, t.text, uses[0]
                        ));
                    }
                }
                continue;
            }
            if key != "all" {
                problems.extend(named(term, name, lang, &uses, texts));
            }
            let mut preferred = uses.clone();
            preferred.extend(strings(rules, "allow"));
            preferred.sort_by_key(|u| std::cmp::Reverse(u.len()));
            for t in texts {
                let blanked = preferred.iter().fold(t.text.clone(), |s, u| s.replace(u.as_str(), "\u{1F}"));
                for variant in strings(rules, "forbid").iter().filter(|v| occurs(&blanked, v)) {
                    problems.push(format!(
                        "{lang}/{}: {} uses «{variant}» for «{name}»: write «{}»",
                        t.file, t.id, uses[0]
                    ));
                }
            }
        }
    }
    problems
}

/// The term's one name in `lang` wherever the term is mentioned, and its English name in a
/// Russian or Kazakh text only in brackets right after that name.
fn named(term: &Table, name: &str, lang: &str, uses: &[String], texts: &[Text]) -> Vec<String> {
    let mut problems = Vec::new();
    let mentions = strings(term, "mentions");
    for t in texts.iter().filter(|t| mentions.iter().any(|m| t.text.contains(m.as_str()))) {
        if !uses.iter().any(|u| t.text.contains(u.as_str())) {
            problems.push(format!("{lang}/{}: {} mentions «{name}» without its name «{}»", t.file, t.id, uses[0]));
        }
    }
    if lang == "en" {
        return problems;
    }
    for english in strings(term, "english") {
        for t in texts {
            for (at, _) in t.text.match_indices(english.as_str()) {
                if !after_the_name(&t.text[..at], uses) {
                    problems.push(format!(
                        "{lang}/{}: {} leaves «{english}» in English: write «{}» first, the English in brackets after it",
                        t.file, t.id, uses[0]
                    ));
                }
            }
        }
    }
    problems
}

/// Whether `before` ends with one of the names (a case ending of a few letters allowed) and an
/// opening bracket: «Общих правил МФЦА (», «АХҚО Жалпы қағидаларының (».
fn after_the_name(before: &str, names: &[String]) -> bool {
    let Some(head) = before.strip_suffix('(') else { return false };
    let head = head.trim_end();
    names.iter().any(|n| {
        head.rfind(n.as_str()).is_some_and(|at| {
            let ending = &head[at + n.len()..];
            ending.chars().count() <= 6 && ending.chars().all(char::is_alphabetic)
        })
    })
}

fn glossary() -> Table {
    fs::read_to_string(texts().join("glossary.toml"))
        .expect("texts/glossary.toml")
        .parse()
        .expect("the glossary is TOML")
}

fn languages() -> BTreeMap<String, Vec<Text>> {
    let list = fs::read_to_string(texts().join("languages.txt")).expect("texts/languages.txt");
    list.lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .map(|tag| (tag.to_string(), read_texts(&texts().join(tag))))
        .collect()
}

#[test]
fn every_text_of_every_language_keeps_to_the_glossary() {
    let glossary = glossary();
    let languages = languages();
    assert!(languages.len() >= 3 && languages.values().all(|t| t.len() > 300), "every language's texts are read");
    let problems: Vec<String> = languages.iter().flat_map(|(lang, texts)| check(&glossary, lang, texts)).collect();
    assert!(problems.is_empty(), "texts against texts/glossary.toml:\n{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_forbidden_variant_and_a_label_worded_otherwise() {
    let glossary = glossary();
    let text = |id: &str, text: &str| Text { file: "x.ftl".into(), id: id.into(), text: text.into() };
    let kk = [
        text("a", "Бұл қызметке сұрау салу ЭО-да өтінім беруге мүмкіндік береді."),
        text("b", "Келу туралы хабарландыру"),
        text("c", "Қазақстан аумағында А5 инвесторлық визасын алу"),
        text("cond_label_if_any", "бар болса"),
        // Not problems: «ЭО» inside «ЕАЭО», «бар болса» of a sentence, the preferred forms.
        text("d", "ТМД немесе ЕАЭО елінің азаматы, визаңыз бар болса, Экспат орталығында көп мәртелік виза."),
    ];
    let problems = check(&glossary, "kk", &kk);
    for (id, found) in
        [("a", "«ЭО»"), ("b", "«хабарландыру»"), ("c", "«А5»"), ("cond_label_if_any", "«егер бар болса»")]
    {
        assert!(problems.iter().any(|p| p.contains(&format!(" {id} ")) && p.contains(found)), "{id}: {problems:#?}");
    }
    assert_eq!(problems.len(), 4, "{problems:#?}");
    let en = [
        text("a", "Choose «Submit new application» at the Expat Center."),
        text("b", "A multiple-entry visa; “quoted”."),
    ];
    let problems = check(&glossary, "en", &en);
    assert_eq!(problems.len(), 3, "«, » and Center: {problems:#?}");
}

#[test]
fn the_check_finds_an_act_left_in_english_or_named_two_ways_and_a_planned_row_read_as_ready() {
    let glossary = glossary();
    let text = |id: &str, text: &str| Text { file: "x.ftl".into(), id: id.into(), text: text.into() };
    let ru = [
        text("a", "…в пунктах 2.2 и 2.3 AIFC General Rules."),
        text("b", "(подробнее: AIFC Qualifications Necessary for Employment in the AIFC)"),
        text("c", "Критерии по акту МФЦА GR0009 о квалификационных требованиях."),
        text("planner-state.outcome", "Готово"),
        text("d", "…с посольством Казахстана / миграционной службой в международном аэропорту"),
        // Not problems: the Russian name, then the English in brackets; a declined name.
        text("e", "…определённые в пунктах 2.2 и 2.3 Общих правил МФЦА (AIFC General Rules)."),
        text(
            "f",
            "Акт МФЦА № GR0009 «О квалификации, необходимой для осуществления трудовой деятельности в МФЦА» \
             (AIFC Qualifications Necessary for Employment in the AIFC; на сайте Экспат-центра МФЦА)",
        ),
    ];
    let problems = check(&glossary, "ru", &ru);
    for (id, found) in [
        ("a", "AIFC General Rules"),
        ("b", "in English"),
        ("b", "without its name"),
        ("c", "without its name"),
        ("planner-state.outcome", "«Запланировано»"),
        ("d", "«миграционной служб»"),
    ] {
        assert!(problems.iter().any(|p| p.contains(&format!(" {id} ")) && p.contains(found)), "{id}: {problems:#?}");
    }
    assert!(!problems.iter().any(|p| p.contains(" e ") || p.contains(" f ")), "{problems:#?}");
    let kk = [
        text("a", "Бұл мүмкіндік AIFC General Rules 2.2 және 2.3-тармақтарында айқындалған."),
        text("b", "Тұруға рұқсаттың ең көп жарамдылық мерзімі 10 жылға дейін."),
        text("planner-state.outcome", "Дайын"),
        text("c", "Визаны рәсімдеу үшін шақыру хат (2 дана)"),
        // Not problems: the Kazakh name in the genitive, then the English; the TRP; the form's title.
        text("d", "Бұл тек АХҚО Жалпы қағидаларының (AIFC General Rules) 2.2 және 2.3-тармақтарында."),
        text("e", "Уақытша тұруға рұқсаттың алым жолы; Тұрақты тұруға рұқсат беруге өтініш-сауалнама"),
    ];
    let problems = check(&glossary, "kk", &kk);
    for (id, found) in [
        ("a", "in English"),
        ("b", "«Тұруға рұқсат»"),
        ("planner-state.outcome", "«Жоспарланды»"),
        ("c", "«шақыру хат »"),
    ] {
        assert!(problems.iter().any(|p| p.contains(&format!(" {id} ")) && p.contains(found)), "{id}: {problems:#?}");
    }
    assert!(!problems.iter().any(|p| p.contains(" d ") || p.contains(" e ")), "{problems:#?}");
}

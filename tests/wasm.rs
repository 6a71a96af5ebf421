//! The JavaScript boundary, with real JS values: every export, every error code, a whole flow,
//! and malformed input after which the module still answers. An export that takes a request
//! object is given it as the JSON text the package's guard writes (src/glue.js): the guard's
//! copying of hostile objects is tested through the package (tests/js/hostile.test.mjs). Runs in Node and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, in headless Chromium (scripts/test.sh runs both).
#![cfg(target_arch = "wasm32")]

use aifc_eligibility::bindings as api;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|_| panic!("test JSON: {json}"))
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| match key.parse::<u32>() {
        Ok(i) if Array::is_array(&acc) => Array::from(&acc).get(i),
        _ => Reflect::get(&acc, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
    })
}

fn s(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_else(|| panic!("{path} is not a string in {}", stringify(v)))
}

fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}

/// The `code` of the Error thrown, checking it is a real JS Error with a message.
fn code(result: Result<JsValue, JsValue>) -> String {
    let err = match result {
        Ok(v) => panic!("an error was expected, got {}", stringify(&v)),
        Err(e) => e,
    };
    assert!(err.is_instance_of::<js_sys::Error>(), "a JS Error is thrown");
    let message: String = err.clone().unchecked_into::<js_sys::Error>().message().into();
    assert!(!message.is_empty());
    get(&err, "code").as_string().expect("the error has a code")
}

#[wasm_bindgen_test]
fn version_names_the_package_and_the_guide() {
    let v = api::version().expect("version");
    assert_eq!(s(&v, "version"), env!("CARGO_PKG_VERSION"));
    assert_eq!(s(&v, "guideEdition"), "2025");
    assert_eq!(s(&v, "guideSha256").len(), 64, "the guide is pinned by its SHA-256");
    assert_eq!(s(&v, "calendar.knownUntil"), "2026-12-31");
}

#[wasm_bindgen_test]
fn services_lists_the_guide_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        let list = Array::from(&api::services(Some(JsValue::from_str(lang))).expect("services"));
        assert_eq!(list.length(), 23);
        assert_eq!(s(&list.get(0), "id"), "work-visa-invitation");
        assert_eq!(s(&list.get(22), "id"), "qualification-exemption");
    }
    let default = Array::from(&api::services(None).expect("default language"));
    assert_eq!(default.length(), 23);
    assert_eq!(code(api::services(Some(JsValue::from_str("de")))), "unsupported-language");
    assert_eq!(code(api::services(Some(JsValue::from_f64(1.0)))), "invalid-request");
}

#[wasm_bindgen_test]
fn quote_gives_fees_duty_time_and_documents() {
    let q = api::quote(r#"{"service":"work-visa","variant":"up-to-2-years","date":"2026-03-02","lang":"en"}"#)
        .expect("quote");
    assert_eq!(s(&q, "fees.0.tier"), "standard");
    assert_eq!(s(&q, "fees.0.kzt"), "360000");
    assert_eq!(s(&q, "fees.1.tier"), "walk-in");
    assert_eq!(s(&q, "fees.1.kzt"), "470000");
    assert_eq!(s(&q, "stateDuty.mci"), "30");
    assert_eq!(s(&q, "stateDuty.kzt"), "129750");
    assert_eq!(get(&q, "stateDuty.mciYear").as_f64(), Some(2026.0));
    assert_eq!(s(&q, "processing.unit"), "working-days");
    assert_eq!(get(&q, "processing.min").as_f64(), Some(5.0));
    assert_eq!(s(&q, "readyBy.latest"), "2026-03-10"); // 8 March 2026 is a Sunday, carried to Monday 9.
    assert!(Array::from(&get(&q, "documents")).length() > 10);

    let half = api::quote(r#"{"service":"business-visa-single-invitation","date":"2026-06-01"}"#).expect("quote");
    assert_eq!(s(&half, "stateDuty.kzt"), "2162.50");
    assert_eq!(s(&half, "nextSteps.0.place"), "embassy-or-airport");
    assert_eq!(Array::from(&get(&half, "fees")).length(), 3);

    let none = api::quote(r#"{"service":"investor-visa-a5","variant":"3-to-5-years"}"#).expect("quote");
    assert!(get(&none, "stateDuty").is_null());
}

#[wasm_bindgen_test]
fn quote_errors_have_stable_codes() {
    assert_eq!(code(api::quote(r#"{"service":"work-visa"}"#)), "missing-variant");
    assert_eq!(code(api::quote(r#"{"service":"nope"}"#)), "unknown-service");
    assert_eq!(code(api::quote(r#"{"service":"iin","variant":"expert"}"#)), "unknown-variant");
    assert_eq!(code(api::quote(r#"{"service":"work-visa","variant":"big"}"#)), "unknown-variant");
    assert_eq!(code(api::quote(r#"{"service":"iin","date":"2026-02-30"}"#)), "invalid-date");
    assert_eq!(code(api::quote(r#"{"service":"iin","date":"1999-01-01"}"#)), "invalid-date");
    assert_eq!(code(api::quote(r#"{"service":"iin","lang":"fr"}"#)), "unsupported-language");
    assert_eq!(code(api::quote(r#"{"service":"iin","junk":1}"#)), "invalid-request");
    assert_eq!(code(api::quote(r#"{}"#)), "invalid-request");
    assert_eq!(code(api::quote(r#"{"service":42}"#)), "invalid-request");
    assert_eq!(code(api::quote(r#""iin""#)), "invalid-request");
    assert_eq!(code(api::quote("null")), "invalid-request");
    assert_eq!(code(api::quote("false")), "invalid-request"); // the guard's word for "not an object"
    assert_eq!(code(api::quote("[]")), "invalid-request");
    assert_eq!(code(api::quote(r#"["iin"]"#)), "invalid-request");
}

#[wasm_bindgen_test]
fn a_whole_flow_from_the_first_question_to_an_outcome() {
    let answers = Object::new();
    let mut asked = Vec::new();
    let outcome = loop {
        let req = Object::new();
        Reflect::set(&req, &"answers".into(), &answers).expect("set");
        Reflect::set(&req, &"lang".into(), &"kk".into()).expect("set");
        Reflect::set(&req, &"date".into(), &"2026-11-24".into()).expect("set");
        let e = api::evaluate(&stringify(&req)).expect("evaluate");
        if s(&e, "kind") == "outcome" {
            break e;
        }
        let fact = s(&e, "question.id");
        assert!(!s(&e, "question.text").is_empty());
        // Work from abroad, a citizen of India, an employee meeting the requirements, no family, no
        // branch.
        let value: JsValue = match fact.as_str() {
            "need" => "work".into(),
            "location" => "outside".into(),
            "citizenship" => "IN".into(),
            "role" => "employee".into(),
            "term" => "up-to-2-years".into(),
            "meetsQualifications" => true.into(),
            "family" | "branch" => false.into(),
            other => panic!("unexpected question {other}"),
        };
        if fact != "citizenship" {
            let options = Array::from(&get(&e, "question.options"));
            assert!(options.iter().any(|o| get(&o, "value") == value), "{fact}: the answer is one of the options");
        }
        Reflect::set(&answers, &JsValue::from_str(&fact), &value).expect("set");
        asked.push(fact);
        assert!(asked.len() < 12, "the flow ends");
    };
    assert_eq!(asked, ["need", "location", "citizenship", "role", "meetsQualifications", "term", "family", "branch"]);
    assert_eq!(s(&outcome, "outcome.services.0"), "work-visa-invitation");
    assert_eq!(s(&outcome, "outcome.quotes.0.stateDuty.kzt"), "2162.50");
    assert_eq!(s(&outcome, "outcome.quotes.0.readyBy.applied"), "2026-11-24");
    assert_eq!(Array::from(&get(&outcome, "path")).length(), 8);
}

#[wasm_bindgen_test]
fn evaluate_errors_have_stable_codes() {
    assert_eq!(code(api::evaluate(r#"{"answers":{"need":"ski"}}"#)), "invalid-answer");
    assert_eq!(code(api::evaluate(r#"{"answers":{"mood":"good"}}"#)), "invalid-answer");
    assert_eq!(code(api::evaluate(r#"{"answers":{"need":{"a":[1,2]}}}"#)), "invalid-answer");
    assert_eq!(code(api::evaluate(r#"{"answers":{"stayDays":1.5}}"#)), "invalid-answer");
    assert_eq!(code(api::evaluate(r#"{"answers":{"visaExpires":"2026-02-30"}}"#)), "invalid-date");
    assert_eq!(code(api::evaluate(r#"{"answers":{},"date":"yesterday"}"#)), "invalid-date");
    assert_eq!(code(api::evaluate(r#"{"answers":{},"lang":"en_US"}"#)), "unsupported-language");
    assert_eq!(code(api::evaluate(r#"{"answers":{},"lang":"de-KZ"}"#)), "unsupported-language");
    assert_eq!(code(api::evaluate(r#"{"lang":"en"}"#)), "invalid-request");
    assert_eq!(code(api::evaluate(r#"{"answers":[]}"#)), "invalid-request");
    assert_eq!(code(api::evaluate("")), "invalid-request");
    assert_eq!(code(api::evaluate(r#"{"answers":{"__proto__":{"polluted":true}}}"#)), "invalid-answer");
    assert!(get(&Object::new().into(), "polluted").is_undefined());
}

#[wasm_bindgen_test]
fn dates_in_working_days() {
    assert_eq!(api::is_working_day("2026-03-20".into()), Ok(true));
    assert_eq!(api::is_working_day("2026-03-23".into()), Ok(false));
    assert!(api::is_working_day(JsValue::from_f64(3.0)).is_err());
    let next = api::add_working_days(r#"{"from":"2026-03-20","days":1}"#).expect("add");
    assert_eq!(next.as_string().as_deref(), Some("2026-03-26"));
    assert_eq!(code(api::add_working_days(r#"{"from":"2026-03-20","days":1e9}"#)), "out-of-range");
    assert_eq!(code(api::add_working_days(r#"{"from":"2026-03-20","days":0.5}"#)), "out-of-range");
    assert_eq!(code(api::add_working_days(r#"{"from":"2026-03-20"}"#)), "invalid-request");

    let w = api::extension_window(r#"{"expires":"2026-03-31","date":"2026-03-26"}"#).expect("window");
    assert_eq!(s(&w, "latest"), "2026-03-19");
    assert_eq!(s(&w, "status"), "closed");
    let ics = api::extension_ics(r#"{"expires":"2026-12-31","lang":"ru"}"#).expect("ics").as_string().expect("text");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("BEGIN:VEVENT"));
    assert_eq!(code(api::extension_ics(r#"{"expires":"31.12.2026"}"#)), "invalid-date");
}

#[wasm_bindgen_test]
fn office_and_countries() {
    let o = api::office(Some(r#"{"lang":"ru","at":"2026-11-24T10:00"}"#.to_string())).expect("office");
    assert_eq!(get(&o, "open").as_bool(), Some(true));
    assert_eq!(s(&o, "phones.0.tel"), "tel:+77172647333");
    let lunch = api::office(Some(r#"{"at":"2026-11-24T13:30"}"#.to_string())).expect("office");
    assert_eq!(s(&lunch, "state"), "lunch");
    assert!(api::office(None).is_ok());
    assert_eq!(code(api::office(Some(r#"{"lang":"ru","zz":1}"#.to_string()))), "invalid-request");
    assert_eq!(code(api::office(Some(r#"{"at":"noon"}"#.to_string()))), "invalid-date");
    let c = Array::from(&api::countries().expect("countries"));
    assert_eq!(c.length(), 249);
}

#[wasm_bindgen_test]
fn the_module_still_answers_after_malformed_input() {
    let junk = [
        "null",
        "[]",
        "\"x\"",
        "42",
        "true",
        r#"{"service":null}"#,
        r#"{"answers":null}"#,
        r#"{"service":"x".repeat}"#,
        r#"{"answers":{"need":"work","location":7}}"#,
        r#"{"answers":{"stayDays":"NaN"}}"#,
        r#"{"from":"2024-01-01","days":-99999}"#,
    ];
    for j in junk {
        let _ = api::quote(j);
        let _ = api::evaluate(j);
        let _ = api::add_working_days(j);
        let _ = api::extension_window(j);
        let _ = api::office(Some(j.to_string()));
    }
    // A megabyte string is refused by its length, before it is copied into wasm.
    let long = JsValue::from_str(&"é".repeat(1 << 20));
    assert_eq!(code(api::services(Some(long.clone()))), "too-large");
    let at_bound = JsValue::from_str(&"x".repeat(api::MAX_CHARS as usize));
    assert_eq!(code(api::services(Some(at_bound))), "unsupported-language");
    let ok = api::quote(r#"{"service":"iin","date":"2026-11-24"}"#).expect("still answers");
    assert_eq!(s(&ok, "fees.0.kzt"), "10000");
}

#[wasm_bindgen_test]
fn text_that_is_not_a_request_gets_coded_errors_and_leaves_the_stack_where_it_was() {
    let mark = api::stack_mark();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_answer = format!(r#"{{"answers":{{"need":{}{}}}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    let texts =
        ["", "{", r#"{"service":"iin""#, "{\"service\":\"\\ud800\"}", "1e999", "\u{feff}{}", &deep, &deep_answer];
    for _ in 0..100 {
        for t in texts {
            assert_eq!(code(api::quote(t)), "invalid-request", "{}", &t[..t.len().min(40)]);
            assert_eq!(code(api::evaluate(t)), "invalid-request");
            assert_eq!(code(api::plan(t)), "invalid-request");
            assert_eq!(code(api::add_working_days(t)), "invalid-request");
            assert_eq!(code(api::extension_window(t)), "invalid-request");
            assert_eq!(code(api::extension_ics(t)), "invalid-request");
            assert_eq!(code(api::office(Some(t.to_string()))), "invalid-request");
        }
        // An object or array given as an answer is "an object": the visitor's answer is wrong.
        assert_eq!(code(api::evaluate(r#"{"answers":{"need":{}}}"#)), "invalid-answer");
        assert_eq!(code(api::evaluate(r#"{"answers":{"need":[]}}"#)), "invalid-answer");
    }
    assert_eq!(api::stack_mark(), mark, "wasm's stack pointer is where it was");
    let ok = api::quote(r#"{"service":"iin","date":"2026-11-24"}"#).expect("still answers");
    assert_eq!(s(&ok, "fees.0.kzt"), "10000");
}

/// A team of `n` people cycling through a few kinds of answers (an invitation from abroad, a
/// citizen of Kazakhstan, a multiple-entry visa with a family): as a page would build it.
fn team_of(n: u32) -> Vec<String> {
    let kinds = [
        r#"{"need":"work","location":"outside","citizenship":"IN","role":"employee","meetsQualifications":true,"term":"up-to-2-years","family":false,"branch":false}"#,
        r#"{"need":"work","location":"inside","citizenship":"KZ"}"#,
        r#"{"need":"iin"}"#,
    ];
    (0..n).map(|i| format!(r#"{{"id":"person {i}","answers":{}}}"#, kinds[i as usize % kinds.len()])).collect()
}

/// plan() on 24 November 2026 for `people`, each row as the guard writes it: `{"person": ...}`.
fn plan_of(people: &[String]) -> Result<JsValue, JsValue> {
    let rows: Vec<String> = people.iter().map(|p| format!(r#"{{"person":{p}}}"#)).collect();
    api::plan(&format!(r#"{{"people":[{}],"date":"2026-11-24"}}"#, rows.join(",")))
}

#[wasm_bindgen_test]
fn plan_gives_each_person_their_plan_and_the_team_its_totals() {
    let one = plan_of(&team_of(1)).expect("plan");
    assert_eq!(s(&one, "people.0.kind"), "outcome");
    assert_eq!(s(&one, "people.0.id"), "person 0");
    assert_eq!(s(&one, "people.0.services.0"), "work-visa-invitation");
    // The same amount as evaluate's plan for the same answers.
    let answers = stringify(&get(&js(&team_of(1)[0]), "answers"));
    let ev = api::evaluate(&format!(r#"{{"answers":{answers},"date":"2026-11-24"}}"#)).expect("evaluate");
    assert_eq!(s(&one, "people.0.total.kzt"), s(&ev, "outcome.plan.total.kzt"));
    assert_eq!(s(&one, "totals.kzt"), s(&ev, "outcome.plan.total.kzt"));

    let team = plan_of(&team_of(1_000)).expect("plan");
    assert_eq!(Array::from(&get(&team, "people")).length(), 1_000);
    assert_eq!(s(&team, "people.999.id"), "person 999");
    assert_eq!(get(&team, "totals.planned").as_f64(), Some(1_000.0));
    assert_eq!(s(&team, "totals.byService.0.service"), "work-visa-invitation");
    assert_eq!(get(&team, "totals.byService.0.count").as_f64(), Some(334.0));

    // Rows wrong in every way, each that person's error; the batch is planned all the same.
    let mut mixed = team_of(2);
    for row in [r#"{"answers":{"need":"ski"}}"#, r#"{"id":7,"answers":{}}"#, r#"{"answers":{},"x":1}"#, "null", "false"]
    {
        mixed.push(row.to_string());
    }
    mixed.push(r#"{"answers":{"need":"work"}}"#.to_string());
    let mut r = plan_of(&mixed).expect("plan");
    let kinds: Vec<String> = (0..8)
        .map(|i| {
            let k = s(&r, &format!("people.{i}.kind"));
            if k == "error" {
                s(&r, &format!("people.{i}.error.code"))
            } else {
                k
            }
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "outcome",
            "outcome",
            "invalid-answer",
            "invalid-request",
            "invalid-request",
            "invalid-request",
            "invalid-request",
            "question"
        ]
    );
    assert_eq!(s(&r, "people.7.question.id"), "location");
    assert_eq!(get(&r, "totals.errors").as_f64(), Some(5.0));
    // A person the guard could not copy (a getter, a revoked Proxy) is written as the error it met.
    let refused = r#"{"refused":["too-large","plan(): a string is longer than 1000 characters"]}"#;
    r = api::plan(&format!(r#"{{"people":[{refused}],"date":"2026-11-24"}}"#)).expect("plan");
    assert_eq!(s(&r, "people.0.error.code"), "too-large");
    assert_eq!(s(&r, "people.0.error.message"), "plan(): a string is longer than 1000 characters");
}

#[wasm_bindgen_test]
fn plan_refuses_the_request_itself_with_a_code_and_still_answers() {
    assert_eq!(code(api::plan(r#"{"people":{}}"#)), "invalid-request");
    assert_eq!(code(api::plan(r#"{"people":[],"lang":"de"}"#)), "unsupported-language");
    assert_eq!(code(api::plan(r#"{"people":[],"zz":1}"#)), "invalid-request");
    assert_eq!(code(api::plan("{}")), "invalid-request");
    // More people than the limit (the guard refuses them from the array's length; the engine too).
    assert_eq!(code(plan_of(&team_of(api::MAX_PEOPLE as u32 + 1))), "too-large");
    let ok = plan_of(&team_of(3)).expect("still answers");
    assert_eq!(get(&ok, "totals.people").as_f64(), Some(3.0));
}

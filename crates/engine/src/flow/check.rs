//! What the type system cannot check of the flow, checked when the crate compiles.
//!
//! The facts, the answer values and the services the graph and its outcomes name are enums (`Fact`,
//! `Choice`, `ServiceId`): a misspelt one does not compile, at its own line. What is left is
//! checked here, in a `const` item: a next node named by a string that is not a node, a test of
//! another kind than its fact (a yes/no test on a list of choices), a choice its fact does not
//! offer ("work" is a need and a visa, not a location), a country code not shaped like one (its
//! existence is not checked), and a condition of a rule or note that needs the evaluation date.
//! (A `const` panic cannot format a value: its message says which kind of name is wrong.)

use super::graph::{Node, Test, GRAPH, START};
use super::outcomes::Outcome;
use crate::facts::{Choice, Fact, Kind, Value};
use crate::same;

const _: () = check_graph();

const fn is_node(id: &str) -> bool {
    let mut i = 0;
    while i < GRAPH.len() {
        if same(GRAPH[i].0, id) {
            return true;
        }
        i += 1;
    }
    false
}

/// Two capital letters: the shape of an ISO 3166-1 alpha-2 code.
const fn is_country(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()
}

/// Whether `value` is one of the choices `fact` offers.
const fn takes(fact: Fact, value: Choice) -> bool {
    let Kind::Choice(values) = fact.kind() else { return false };
    let mut i = 0;
    while i < values.len() {
        // `==` is not a `const fn`; a fieldless enum's discriminant is.
        if values[i] as u8 == value as u8 {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether the kind of test fits the kind of fact (a yes/no test on a yes/no question, ...).
const fn fits(fact: Fact, test: Test) -> bool {
    matches!(
        (fact.kind(), test),
        (_, Test::Any)
            | (Kind::Choice(_), Test::Is(_))
            | (Kind::Country, Test::InGroup(_))
            | (Kind::Bool, Test::Yes | Test::No)
            | (Kind::Days { .. }, Test::Over(_) | Test::AtMost(_))
            | (Kind::Date, Test::ExtensionClosed | Test::Expired)
    )
}

const fn check_test(fact: Fact, test: Test) {
    if !fits(fact, test) {
        panic!("flow: a test does not fit its fact's kind");
    }
    match test {
        Test::Is(value) if !takes(fact, value) => panic!("flow: a test compares with a value its fact cannot take"),
        Test::InGroup(codes) => {
            let mut i = 0;
            while i < codes.len() {
                if !is_country(codes[i]) {
                    panic!("flow: not a country code");
                }
                i += 1;
            }
        }
        _ => {}
    }
}

const fn check_conditions(when: &[(Fact, Test)]) {
    let mut i = 0;
    while i < when.len() {
        // A rule's or a note's condition is checked without the evaluation date: a test that needs
        // it could never hold there.
        if matches!(when[i].1, Test::ExtensionClosed | Test::Expired) {
            panic!("flow: a condition of a rule or a note tests against the evaluation date");
        }
        check_test(when[i].0, when[i].1);
        i += 1;
    }
}

const fn check_outcome(o: &Outcome) {
    let mut s = 0;
    while s < o.steps.len() {
        let rules = o.steps[s].rules;
        let mut r = 0;
        while r < rules.len() {
            check_conditions(rules[r].when);
            r += 1;
        }
        s += 1;
    }
    let mut n = 0;
    while n < o.notes.len() {
        check_conditions(o.notes[n].when);
        n += 1;
    }
    let mut c = 0;
    while c < o.to_confirm.len() {
        check_conditions(o.to_confirm[c].when);
        c += 1;
    }
}

const fn check_graph() {
    if !is_node(START) {
        panic!("flow: the graph has no start node");
    }
    let mut i = 0;
    while i < GRAPH.len() {
        match &GRAPH[i].1 {
            Node::Ask { fact, branches } => {
                let mut b = 0;
                while b < branches.len() {
                    if !is_node(branches[b].next) {
                        panic!("flow: a branch goes to a node the graph does not have");
                    }
                    check_test(*fact, branches[b].test);
                    b += 1;
                }
            }
            Node::Assume { fact, value, next } => {
                if !is_node(next) {
                    panic!("flow: an assumption goes to a node the graph does not have");
                }
                if let Value::Choice(v) = value {
                    if !takes(*fact, *v) {
                        panic!("flow: an assumption takes a value its fact cannot take");
                    }
                }
            }
            Node::End(outcome) => check_outcome(outcome),
        }
        i += 1;
    }
}

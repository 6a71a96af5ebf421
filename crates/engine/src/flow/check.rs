//! Every id the flow writes as a string names something real, checked when the crate compiles.
//!
//! The graph names its next nodes, the answer values its tests compare with, and the services its
//! outcomes lead to, as strings. A mistyped one would not fail at run time: a note whose condition
//! never holds is silently never shown. So each is checked here, in a `const` item: a name that
//! is not a node, a test of another kind than its fact (a yes/no test on a list of choices), a
//! choice its fact does not offer, a country code not shaped like one (its existence is not
//! checked), or a service the catalog does not have stops the build. (A `const` panic cannot format a value: its message says which kind of name is wrong.)

use super::graph::{Node, Test, GRAPH, START};
use super::outcomes::Outcome;
use crate::catalog::SERVICES;
use crate::facts::{Fact, Kind, Value};
use crate::same;

const _: () = check_graph();

const fn listed(list: &[&str], s: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if same(list[i], s) {
            return true;
        }
        i += 1;
    }
    false
}

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

const fn is_service(id: &str) -> bool {
    let mut i = 0;
    while i < SERVICES.len() {
        if same(SERVICES[i].id, id) {
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

/// Whether `value` is one `fact` can take.
const fn takes(fact: Fact, value: &str) -> bool {
    match fact.kind() {
        Kind::Choice(values) => listed(values, value),
        Kind::Country => is_country(value),
        _ => false,
    }
}

/// Whether the kind of test fits the kind of fact (a yes/no test on a yes/no question, ...).
const fn fits(fact: Fact, test: Test) -> bool {
    matches!(
        (fact.kind(), test),
        (_, Test::Any)
            | (Kind::Choice(_) | Kind::Country, Test::Is(_))
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
            if !is_service(rules[r].service) {
                panic!("flow: an outcome leads to a service the catalog does not have");
            }
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
        let mut a = 0;
        while a < o.to_confirm[c].services.len() {
            if !is_service(o.to_confirm[c].services[a]) {
                panic!("flow: a service the Centre can still do is not in the catalog");
            }
            a += 1;
        }
        c += 1;
    }
    if let Some(no) = &o.no_service {
        let mut a = 0;
        while a < no.alternatives.len() {
            if !is_service(no.alternatives[a]) {
                panic!("flow: an alternative is a service the catalog does not have");
            }
            a += 1;
        }
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
                    if !takes(*fact, v) {
                        panic!("flow: an assumption takes a value its fact cannot take");
                    }
                }
            }
            Node::End(outcome) => check_outcome(outcome),
        }
        i += 1;
    }
}

//! Prints the question flow as a Mermaid flowchart, for reviewers:
//! `cargo run --example flow-graph > flow.mmd`.

fn main() {
    print!("{}", aifc_eligibility_engine::flow::graph::to_mermaid());
}

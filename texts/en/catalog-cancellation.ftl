### The engine texts of crates/engine/src/catalog/cancellation.rs.
### Source language: kk (the guide, in Kazakh).

visa_cancellation_title = Visa cancellation after the holder has left Kazakhstan
visa_cancellation_audience = If a foreign national has left Kazakhstan after their employment / expert contract was terminated, the host party may apply to the Expat Centre to cancel the current business / work visa, including the family member's visa.
visa_cancellation_note = Once the cancellation application is accepted, the business / work visa, including the family member's visa, is cancelled. After that, entering Kazakhstan on the cancelled visa is not possible.
visa_cancellation_exit_visa_title = Visa cancellation and exit visa (for applicants in Kazakhstan)
visa_cancellation_exit_visa_audience = When a service contract / employment contract has been terminated, this service request lets you apply to the Expat Centre to cancel the foreign national's current visa and then obtain an exit visa.
visa_cancellation_exit_visa_note = After the current visa is cancelled, an exit visa is issued for up to 15 working days. The visa holder must leave Kazakhstan within the visa's validity.

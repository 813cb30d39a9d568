//! A `<select>` that always shows the state. Browsers ignore an option's `selected`
//! attribute once the person has picked (the option is "dirty"), so after Back or a
//! restored link the list could show one situation while the answer uses another.
//! Setting the element's `value` property after every render keeps the two together.

use yew::prelude::*;

/// A `NodeRef` for the `<select>`; after each render its `value` property is set to
/// `value` (when it differs, so an open list is not disturbed).
#[hook]
pub fn use_select_value(value: &str) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        let value = value.to_string();
        use_effect(move || {
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        });
    }
    node
}
